import ReckonCore
import ReckonUnits

/// One problem with a catalog entry: where it is (file, entry, key), the value and what is allowed.
public struct CatalogProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file, or `built-in` for a shipped entry.
    public var file: String
    /// The entry within the file (`models[2] 'my-model'`), nil for a problem with the whole file.
    public var entry: String?
    /// The key as written in a catalog file (`kv_heads`).
    public var key: String
    public var value: String
    /// What is allowed instead.
    public var allowed: String

    public init(file: String, entry: String?, key: String, value: String, allowed: String) {
        self.file = file
        self.entry = entry
        self.key = key
        self.value = value
        self.allowed = allowed
    }

    /// Where, as one phrase: `file.yaml: models[2] 'my-model'`.
    public var location: String { entry.map { "\(file): \($0)" } ?? file }

    /// The problem as the error the loader throws.
    public var inputError: InputError { InputError(field: key, value: value, allowed: allowed, hint: location) }

    public var description: String { inputError.description }
}

/// The checks every catalog entry passes, built-in or loaded: each numeric field inside its
/// ``CatalogBounds`` range, and the fields consistent with each other (KV heads dividing heads, heads dividing
/// the hidden size when no head size is given, active parameters at most the total, routed experts per token at
/// most the experts, a reference price inside its range, a source). Every problem is reported, not only the first.
public enum CatalogValidation {
    /// Problems with `m`; `location` names the entry in messages.
    public static func problems(in m: ModelSpec, file: String, entry: String) -> [CatalogProblem] {
        var list = ProblemList(file: file, entry: entry)
        let ints: [(String, Int?)] = [
            ("layers", m.layers), ("hidden", m.hiddenSize), ("heads", m.heads), ("kv_heads", m.kvHeads),
            ("head_dim", m.headDim), ("ffn", m.ffnSize), ("vocab", m.vocabulary), ("context", m.contextLength),
            ("experts", m.experts), ("active_experts", m.activeExperts), ("year", m.year),
            ("mtp_modules", m.multiTokenPredictionModules),
        ]
        for (key, value) in ints { list.check(CatalogBounds.model(key)!, value.map(Double.init)) }
        list.check(CatalogBounds.model("params")!, m.totalParameters.value)
        list.check(CatalogBounds.model("active_params")!, m.activeParameters.value)
        list.check(CatalogBounds.model("tokens")!, m.trainingTokens?.value)
        if m.activeParameters.value > m.totalParameters.value {
            list.add("active_params", m.activeParameters.formatted, "at most params (\(m.totalParameters.formatted))")
        }
        if m.activeExperts > m.experts {
            list.add("active_experts", String(m.activeExperts), "at most experts (\(m.experts))")
        }
        if let h = m.heads, let kv = m.kvHeads, h >= 1, kv >= 1, kv > h || h % kv != 0 {
            list.add("kv_heads", String(kv), "a divisor of heads (\(h))")
        }
        if let h = m.heads, let d = m.hiddenSize, h >= 1, m.headDim == nil, m.latentAttention == nil,
            d % h != 0 || d < h
        {
            list.add("heads", String(h), "a divisor of hidden (\(d)), or give head_dim")
        }
        if let moe = m.moe { moeProblems(moe, layers: m.layers, into: &list) }
        if let mla = m.latentAttention {
            list.check(CatalogBounds.model("kv_lora_rank")!, Double(mla.keyValueRank))
            list.check(CatalogBounds.model("q_lora_rank")!, mla.queryRank.map(Double.init))
            list.check(CatalogBounds.model("rope_head_dim")!, Double(mla.ropeHeadDim))
            list.check(CatalogBounds.model("nope_head_dim")!, Double(mla.noRopeHeadDim))
            list.check(CatalogBounds.model("v_head_dim")!, Double(mla.valueHeadDim))
        }
        if let w = m.slidingWindow {
            list.check(CatalogBounds.model("sliding_window")!, Double(w.window))
            list.check(CatalogBounds.model("local_per_global")!, w.localPerGlobal.map(Double.init))
        }
        if m.name.trimmingCharacters(in: .whitespaces).isEmpty { list.add("name", "missing", "non-empty text") }
        if m.source.trimmingCharacters(in: .whitespaces).isEmpty { list.add("source", "missing", "non-empty text") }
        return list.problems
    }

    static func moeProblems(_ moe: MoEShape, layers: Int?, into list: inout ProblemList) {
        list.check(CatalogBounds.model("experts")!, Double(moe.routedExperts))
        list.check(CatalogBounds.model("active_experts")!, Double(moe.expertsPerToken))
        if moe.expertsPerToken > moe.routedExperts {
            list.add("active_experts", String(moe.expertsPerToken), "at most experts (\(moe.routedExperts))")
        }
        list.check(CatalogBounds.model("shared_experts")!, Double(moe.sharedExperts))
        list.check(CatalogBounds.model("expert_ffn")!, moe.expertFFNSize.map(Double.init))
        list.check(CatalogBounds.model("shared_expert_ffn")!, moe.sharedExpertFFNSize.map(Double.init))
        list.check(CatalogBounds.model("dense_ffn")!, moe.denseFFNSize.map(Double.init))
        list.check(CatalogBounds.model("leading_dense_layers")!, Double(moe.leadingDenseLayers))
        list.check(CatalogBounds.model("moe_layer_stride")!, Double(moe.layerStride))
        if let layers, moe.leadingDenseLayers > layers {
            list.add("leading_dense_layers", String(moe.leadingDenseLayers), "at most layers (\(layers))")
        }
    }

    /// Problems with `a`; `location` names the entry in messages.
    public static func problems(in a: AcceleratorSpec, file: String, entry: String) -> [CatalogProblem] {
        var list = ProblemList(file: file, entry: entry)
        if a.peak.isEmpty { list.add("peak_bf16", "missing", "at least one peak, e.g. peak_bf16: 989 TFLOP/s") }
        for p in Precision.allCases {
            list.check(CatalogBounds.accelerator("peak_\(p.rawValue)")!, a.peak[p]?.value)
        }
        list.check(CatalogBounds.accelerator("memory")!, a.memory?.value)
        list.check(CatalogBounds.accelerator("memory_bandwidth")!, a.memoryBandwidth?.value)
        list.check(CatalogBounds.accelerator("scale_up_bandwidth")!, a.scaleUpBandwidth?.value)
        list.check(CatalogBounds.accelerator("scale_out_bandwidth")!, a.scaleOutBandwidth?.value)
        list.check(CatalogBounds.accelerator("scale_up_domain")!, a.scaleUpDomain.map(Double.init))
        list.check(CatalogBounds.accelerator("tdp")!, a.tdp?.value)
        list.check(CatalogBounds.accelerator("cloud_price_per_hour")!, a.cloudPrice?.inDollarsPerHour)
        list.check(CatalogBounds.accelerator("cloud_price_low_per_hour")!, a.cloudPriceRange?.low.inDollarsPerHour)
        list.check(CatalogBounds.accelerator("cloud_price_high_per_hour")!, a.cloudPriceRange?.high.inDollarsPerHour)
        list.check(CatalogBounds.accelerator("purchase_price")!, a.purchasePrice?.value)
        list.check(CatalogBounds.accelerator("mtbf_hours")!, a.mtbf?.inHours)
        if a.year != 0 { list.check(CatalogBounds.accelerator("year")!, Double(a.year)) }
        if let r = a.cloudPriceRange {
            if r.low.value > r.high.value {
                list.add(
                    "cloud_price_low_per_hour", r.low.formatted,
                    "at most cloud_price_high_per_hour (\(r.high.formatted))")
            } else if let p = a.cloudPrice, !r.contains(p) {
                list.add(
                    "cloud_price_per_hour", p.formatted,
                    "inside the price range \(r.low.formatted)–\(r.high.formatted)")
            }
        }
        if a.name.trimmingCharacters(in: .whitespaces).isEmpty { list.add("name", "missing", "non-empty text") }
        if a.source.trimmingCharacters(in: .whitespaces).isEmpty { list.add("source", "missing", "non-empty text") }
        return list.problems
    }

    /// Problems with every entry of `catalog` (each entry named by its ID; `file` for all of them).
    public static func problems(in catalog: Catalog, file: String = "built-in") -> [CatalogProblem] {
        var all: [CatalogProblem] = []
        for a in catalog.accelerators {
            all += problems(in: a, file: catalog.acceleratorOrigins[a.id] ?? file, entry: "accelerator '\(a.id)'")
        }
        for m in catalog.models {
            all += problems(in: m, file: catalog.modelOrigins[m.id] ?? file, entry: "model '\(m.id)'")
        }
        return all
    }
}

/// Problems collected for one entry.
struct ProblemList {
    let file: String
    let entry: String
    var problems: [CatalogProblem] = []

    mutating func add(_ key: String, _ value: String, _ allowed: String) {
        problems.append(CatalogProblem(file: file, entry: entry, key: key, value: value, allowed: allowed))
    }

    mutating func check(_ bound: CatalogBounds.Bound, _ value: Double?) {
        guard let value, !bound.contains(value) else { return }
        add(bound.key, Check.shown(value), bound.allowed)
    }
}
