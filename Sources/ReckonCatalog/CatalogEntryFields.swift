import ReckonCore
import ReckonUnits

/// The fields of a catalog entry as (catalog-file key, value as text) pairs, in a fixed order, with absent
/// fields left out: what ``CatalogDiff`` compares and what a user would write in a catalog file.
public enum CatalogEntryFields {
    public static func fields(of a: AcceleratorSpec) -> [(key: String, value: String)] {
        var f: [(key: String, value: String)] = [("name", a.name), ("vendor", a.vendor)]
        if a.year != 0 { f.append(("year", String(a.year))) }
        for p in Precision.allCases {
            if let v = a.peak[p] { f.append(("peak_\(p.rawValue)", v.formatted)) }
        }
        func add(_ key: String, _ text: String?) { if let text { f.append((key, text)) } }
        add("memory", a.memory.map { $0.formatted(.si) })
        add("memory_bandwidth", a.memoryBandwidth?.formatted)
        add("scale_up_bandwidth", a.scaleUpBandwidth?.formatted)
        add("scale_out_bandwidth", a.scaleOutBandwidth?.formatted)
        add("scale_up_domain", a.scaleUpDomain.map(String.init))
        add("tdp", a.tdp?.formatted)
        add("cloud_price_per_hour", a.cloudPrice?.formatted)
        add("cloud_price_low_per_hour", a.cloudPriceRange?.low.formatted)
        add("cloud_price_high_per_hour", a.cloudPriceRange?.high.formatted)
        add("purchase_price", a.purchasePrice?.formatted)
        add("mtbf_hours", a.mtbf.map { NumberFormat.compact($0.inHours) })
        f.append(("source", a.source))
        f.append(("as_of", a.asOf))
        return f
    }

    public static func fields(of m: ModelSpec) -> [(key: String, value: String)] {
        var f: [(key: String, value: String)] = [("name", m.name)]
        func add(_ key: String, _ value: Int?) { if let value { f.append((key, String(value))) } }
        add("year", m.year)
        f.append(("params", m.totalParameters.formatted))
        if m.activeParameters != m.totalParameters { f.append(("active_params", m.activeParameters.formatted)) }
        add("layers", m.layers)
        add("hidden", m.hiddenSize)
        add("heads", m.heads)
        add("kv_heads", m.kvHeads)
        add("head_dim", m.headDim)
        add("ffn", m.ffnSize)
        add("vocab", m.vocabulary)
        add("context", m.contextLength)
        if m.experts != 1 { add("experts", m.experts) }
        if m.activeExperts != 1 { add("active_experts", m.activeExperts) }
        if let moe = m.moe {
            if moe.sharedExperts != 0 { add("shared_experts", moe.sharedExperts) }
            add("expert_ffn", moe.expertFFNSize)
            add("shared_expert_ffn", moe.sharedExpertFFNSize)
            add("dense_ffn", moe.denseFFNSize)
            if moe.leadingDenseLayers != 0 { add("leading_dense_layers", moe.leadingDenseLayers) }
            if moe.layerStride != 1 { add("moe_layer_stride", moe.layerStride) }
        }
        if let g = m.gatedFFN { f.append(("gated_ffn", String(g))) }
        if let t = m.tiedEmbeddings { f.append(("tied_embeddings", String(t))) }
        if let mla = m.latentAttention {
            add("kv_lora_rank", mla.keyValueRank)
            add("q_lora_rank", mla.queryRank)
            add("rope_head_dim", mla.ropeHeadDim)
            add("nope_head_dim", mla.noRopeHeadDim)
            add("v_head_dim", mla.valueHeadDim)
        }
        if let w = m.slidingWindow {
            add("sliding_window", w.window)
            add("local_per_global", w.localPerGlobal)
        }
        if m.multiTokenPredictionModules != 0 { add("mtp_modules", m.multiTokenPredictionModules) }
        if let t = m.trainingTokens { f.append(("tokens", t.formatted)) }
        if m.isEstimate { f.append(("estimate", "true")) }
        f.append(("source", m.source))
        f.append(("as_of", m.asOf))
        return f
    }
}
