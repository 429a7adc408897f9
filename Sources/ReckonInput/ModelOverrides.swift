import ReckonCore
import ReckonUnits

extension ModelSpec {
    /// Applies the size and shape fields a user may put on top of a catalog entry (or a custom model) —
    /// `active_params`, `layers`, `hidden`, `heads`, `kv_heads`, `seq_len` — each checked and named in its error,
    /// then checks that the shape holds together (KV heads ≤ heads, heads dividing the hidden size).
    /// A command's own key list decides which of these fields can reach here.
    mutating func applyShapeOverrides(_ fields: InputFields) throws {
        if let a = try fields.quantity("active_params", Dimensions.ParameterCount.self) {
            try Check.positive(a.value, "active_params", max: 1e16)
            guard a.value <= totalParameters.value else {
                throw InputError(field: "active_params", value: a.formatted, allowed: "at most the total parameters (\(totalParameters.formatted))")
            }
            activeParameters = a
        }
        if let l = try fields.int("layers") { try Check.integer(l, "layers", in: 1...100_000); layers = l }
        if let h = try fields.int("hidden") { try Check.integer(h, "hidden", in: 1...10_000_000); hiddenSize = h }
        if let h = try fields.int("heads") { try Check.integer(h, "heads", in: 1...100_000); heads = h }
        if let h = try fields.int("kv_heads") { try Check.integer(h, "kv_heads", in: 1...100_000); kvHeads = h }
        if let s = try fields.int("seq_len") { try Check.integer(s, "seq_len", in: 1...100_000_000); contextLength = s }
        if let h = heads, let kv = kvHeads, kv > h {
            throw InputError(field: "kv_heads", value: "\(kv)", allowed: "at most the attention heads (\(h))")
        }
        if let h = heads, let d = hiddenSize, d % h != 0 || d < h {
            throw InputError(field: "heads", value: "\(h)", allowed: "a divisor of the hidden size \(d)")
        }
    }
}
