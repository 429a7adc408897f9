import ReckonCore

/// The allowed range of every numeric field of a catalog entry, in one table, so that a user catalog, a
/// Hugging Face config and a command-line flag accept the same values (the input layer's field registry
/// reads ``CatalogBounds/all``).
///
/// Bounds are wide on purpose: they reject what no model or accelerator can have (zero or negative sizes,
/// counts past any plausible machine, sizes near `Int.max` that overflow products), not what is merely
/// unusual. Whole-number bounds match the flags of the same name (`layers` 1…100,000, `hidden` 1…10,000,000,
/// `heads`/`kv_heads` 1…100,000, `seq_len`/`context` 1…100,000,000).
public enum CatalogBounds {
    /// One field's range and what it means.
    public struct Bound: Sendable, Hashable {
        /// Key as written in a catalog file (`kv_heads`).
        public var key: String
        /// Smallest allowed value.
        public var lower: Double
        /// Largest allowed value.
        public var upper: Double
        /// True when the lower bound itself is excluded (`peak_bf16 > 0`).
        public var lowerExcluded: Bool
        /// True for counts (no fraction allowed).
        public var whole: Bool
        /// Unit of `lower`/`upper` (the catalog's base unit: FLOP/s, bytes, W, USD/h, …), empty for counts.
        public var unit: String

        /// True when `x` is finite, inside the range and whole where the field is a count.
        public func contains(_ x: Double) -> Bool {
            guard x.isFinite else { return false }
            if whole && x.rounded() != x { return false }
            let aboveLower = lowerExcluded ? x > lower : x >= lower
            return aboveLower && x <= upper
        }

        /// What is allowed, as a phrase for an ``InputError``: "a whole number from 1 to 100000".
        public var allowed: String {
            let unitText = unit.isEmpty ? "" : " " + unit
            if whole {
                return "a whole number from \(Check.shown(lower)) to \(Check.shown(upper))"
            }
            let low = lowerExcluded ? "greater than \(Check.shown(lower))" : "at least \(Check.shown(lower))"
            return "a number \(low) and at most \(Check.shown(upper))\(unitText)"
        }

        /// Throws an ``InputError`` naming `key` unless `x` is allowed.
        public func check(_ x: Double, hint: String? = nil) throws {
            guard contains(x) else {
                throw InputError(field: key, value: Check.shown(x), allowed: allowed, hint: hint)
            }
        }
    }

    static func count(_ key: String, _ range: ClosedRange<Int>) -> Bound {
        Bound(key: key, lower: Double(range.lowerBound), upper: Double(range.upperBound), lowerExcluded: false,
              whole: true, unit: "")
    }

    static func positive(_ key: String, max: Double, unit: String) -> Bound {
        Bound(key: key, lower: 0, upper: max, lowerExcluded: true, whole: false, unit: unit)
    }

    /// Model fields. Parameter counts are capped at 1e16 as the `active_params` flag is.
    public static let model: [Bound] = [
        count("layers", 1...100_000), count("hidden", 1...10_000_000), count("heads", 1...100_000),
        count("kv_heads", 1...100_000), count("head_dim", 1...100_000), count("ffn", 1...100_000_000),
        count("vocab", 1...100_000_000), count("context", 1...100_000_000), count("experts", 1...1_000_000),
        count("active_experts", 1...1_000_000), count("shared_experts", 0...1_000_000),
        count("expert_ffn", 1...100_000_000), count("shared_expert_ffn", 1...100_000_000),
        count("dense_ffn", 1...100_000_000), count("leading_dense_layers", 0...100_000),
        count("moe_layer_stride", 1...100_000), count("sliding_window", 1...100_000_000),
        count("local_per_global", 1...100_000), count("kv_lora_rank", 1...10_000_000),
        count("q_lora_rank", 1...10_000_000), count("rope_head_dim", 1...100_000),
        count("nope_head_dim", 1...100_000), count("v_head_dim", 1...100_000), count("mtp_modules", 0...1_000),
        count("year", 1900...2200),
        positive("params", max: 1e16, unit: "parameters"), positive("active_params", max: 1e16, unit: "parameters"),
        positive("tokens", max: 1e18, unit: "tokens"),
    ]

    /// Accelerator fields, in the catalog's base units. The caps are far above any part: 1e21 FLOP/s
    /// (a zettaFLOP/s per chip), 1e15 bytes of memory, 1e16 B/s of bandwidth, 1e6 W, $1e6 per hour.
    public static let accelerator: [Bound] = {
        var bounds = Precision.allCases.map { positive("peak_\($0.rawValue)", max: 1e21, unit: "FLOP/s") }
        bounds += [
            positive("memory", max: 1e15, unit: "bytes"), positive("memory_bandwidth", max: 1e16, unit: "B/s"),
            positive("scale_up_bandwidth", max: 1e16, unit: "B/s"), positive("scale_out_bandwidth", max: 1e16, unit: "B/s"),
            count("scale_up_domain", 1...100_000_000), positive("tdp", max: 1e6, unit: "W"),
            positive("cloud_price_per_hour", max: 1e6, unit: "USD/h"),
            positive("cloud_price_low_per_hour", max: 1e6, unit: "USD/h"),
            positive("cloud_price_high_per_hour", max: 1e6, unit: "USD/h"),
            positive("purchase_price", max: 1e10, unit: "USD"), positive("mtbf_hours", max: 1e12, unit: "h"),
            count("year", 1900...2200),
        ]
        return bounds
    }()

    /// Every bound, keyed `model.layers`, `accelerator.tdp`, … for the input layer's registry.
    public static let all: [String: Bound] = {
        var table: [String: Bound] = [:]
        for b in model { table["model." + b.key] = b }
        for b in accelerator { table["accelerator." + b.key] = b }
        return table
    }()

    static let modelByKey: [String: Bound] = Dictionary(uniqueKeysWithValues: model.map { ($0.key, $0) })
    static let acceleratorByKey: [String: Bound] =
        Dictionary(uniqueKeysWithValues: accelerator.map { ($0.key, $0) })

    /// The bound of model field `key` (`layers`, `kv_heads`, …).
    public static func model(_ key: String) -> Bound? { modelByKey[key] }

    /// The bound of accelerator field `key` (`peak_bf16`, `tdp`, …).
    public static func accelerator(_ key: String) -> Bound? { acceleratorByKey[key] }
}
