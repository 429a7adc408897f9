import ReckonCore

/// The allowed range of every numeric field of a catalog entry, in one table, so that a user catalog, a
/// Hugging Face config and a command-line flag accept the same values: the fields that have a flag take the
/// field registry's ``SpecBounds`` (scaled to the catalog's base units); the architecture fields only catalogs and
/// configs carry are added here.
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
            // The same phrase a flag's bounds give (``FieldBounds/phrase``), so both refusals read alike.
            let bounds = FieldBounds(lower: lower, lowerIncluded: !lowerExcluded, upper: upper, integer: whole)
            return bounds.phrase + (unit.isEmpty ? "" : " (\(unit))")
        }

        /// Throws an ``InputError`` naming `key` unless `x` is allowed.
        public func check(_ x: Double, hint: String? = nil) throws {
            guard contains(x) else {
                throw InputError(field: key, value: Check.shown(x), allowed: allowed, hint: hint)
            }
        }
    }

    static func count(_ key: String, _ range: ClosedRange<Int>) -> Bound {
        Bound(
            key: key, lower: Double(range.lowerBound), upper: Double(range.upperBound), lowerExcluded: false,
            whole: true, unit: "")
    }

    /// A bound of the input layer's ``SpecBounds`` (in the unit a bare number is typed in), scaled to the
    /// catalog's base unit (`TFLOP/s` × 10¹² = FLOP/s, `GB` × 10⁹ = bytes).
    static func spec(_ key: String, _ b: FieldBounds, scale: Double = 1, unit: String = "") -> Bound {
        Bound(
            key: key, lower: (b.lower ?? -Double.greatestFiniteMagnitude) * scale,
            upper: (b.upper ?? Double.greatestFiniteMagnitude) * scale, lowerExcluded: !b.lowerIncluded,
            whole: b.integer, unit: unit)
    }

    /// Model fields: the flags' ``SpecBounds`` where a flag exists, and the architecture fields only a catalog
    /// entry or a config file carries (experts' sizes, MoE layout, latent-attention ranks, windows).
    public static let model: [Bound] = [
        spec("layers", SpecBounds.layers), spec("hidden", SpecBounds.hidden), spec("heads", SpecBounds.heads),
        spec("kv_heads", SpecBounds.kvHeads), spec("head_dim", SpecBounds.headDim), spec("ffn", SpecBounds.ffn),
        spec("vocab", SpecBounds.vocabulary, unit: "tokens"), spec("context", SpecBounds.contextLength, unit: "tokens"),
        spec("experts", SpecBounds.experts), spec("active_experts", SpecBounds.experts),
        count("shared_experts", 0...1_000_000), spec("expert_ffn", SpecBounds.ffn),
        spec("shared_expert_ffn", SpecBounds.ffn), spec("dense_ffn", SpecBounds.ffn),
        count("leading_dense_layers", 0...100_000), count("moe_layer_stride", 1...100_000),
        spec("sliding_window", SpecBounds.contextLength), count("local_per_global", 1...100_000),
        count("kv_lora_rank", 1...10_000_000), count("q_lora_rank", 1...10_000_000),
        spec("rope_head_dim", SpecBounds.headDim), spec("nope_head_dim", SpecBounds.headDim),
        spec("v_head_dim", SpecBounds.headDim), count("mtp_modules", 0...1_000), spec("year", SpecBounds.year),
        spec("params", SpecBounds.parameters),
        spec("active_params", SpecBounds.parameters),
        spec("tokens", SpecBounds.tokens),
    ]

    /// Accelerator fields, in the catalog's base units, from ``SpecBounds``: peaks up to 10²¹ FLOP/s, memory up to
    /// 10¹⁵ bytes, bandwidths up to 10¹⁶ B/s, 1 MW, $10⁶ per hour.
    public static let accelerator: [Bound] = {
        var bounds = Precision.allCases.map {
            spec("peak_\($0.rawValue)", SpecBounds.peakTFLOPS, scale: 1e12, unit: "FLOP/s")
        }
        bounds += [
            spec("memory", SpecBounds.memoryGB, scale: 1e9, unit: "bytes"),
            spec("memory_bandwidth", SpecBounds.bandwidthGBps, scale: 1e9, unit: "B/s"),
            spec("scale_up_bandwidth", SpecBounds.bandwidthGBps, scale: 1e9, unit: "B/s"),
            spec("scale_out_bandwidth", SpecBounds.bandwidthGBps, scale: 1e9, unit: "B/s"),
            spec("scale_up_domain", SpecBounds.scaleUpDomain), spec("tdp", SpecBounds.tdpWatts, unit: "W"),
            spec("cloud_price_per_hour", SpecBounds.pricePerHour, unit: "USD/h"),
            spec("cloud_price_low_per_hour", SpecBounds.pricePerHour, unit: "USD/h"),
            spec("cloud_price_high_per_hour", SpecBounds.pricePerHour, unit: "USD/h"),
            spec("purchase_price", SpecBounds.purchasePrice, unit: "USD"),
            spec("mtbf_hours", SpecBounds.mtbfHours, unit: "h"), spec("year", SpecBounds.year),
        ]
        return bounds
    }()

    /// Every bound, keyed `model.layers`, `accelerator.tdp`, …
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
