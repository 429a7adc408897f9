import ReckonCore
import ReckonUnits

extension ModelSpec {
    /// Applies the size and shape fields a user may put on top of a catalog entry (or a custom model) —
    /// `active_params`, `layers`, `hidden`, `heads`, `kv_heads`, `seq_len` — each bounded by its registry field,
    /// then checks that the shape holds together (active ≤ total, KV heads ≤ heads, heads dividing the hidden size).
    /// A command's own field list decides which of these fields can reach here.
    mutating func applyShapeOverrides(_ fields: InputFields) throws {
        if let a = try fields.quantity(.activeParams, Dimensions.ParameterCount.self) {
            guard a.value <= totalParameters.value else {
                throw InputError(
                    field: "active_params", value: a.formatted,
                    allowed: "at most the total parameters (\(totalParameters.formatted))")
            }
            activeParameters = a
        }
        if let l = try fields.integer(.layers) { layers = l }
        if let h = try fields.integer(.hidden) { hiddenSize = h }
        if let h = try fields.integer(.heads) { heads = h }
        if let h = try fields.integer(.kvHeads) { kvHeads = h }
        if let s = try fields.integer(.seqLen) { contextLength = s }
        try checkShape()
    }

    /// KV heads at most the heads, and heads dividing the hidden size.
    func checkShape() throws {
        if let h = heads, let kv = kvHeads, kv > h {
            throw InputError(field: "kv_heads", value: "\(kv)", allowed: "at most the attention heads (\(h))")
        }
        if let h = heads, let d = hiddenSize, d % h != 0 || d < h {
            throw InputError(field: "heads", value: "\(h)", allowed: "a divisor of the hidden size \(d)")
        }
    }
}
