import ReckonCore

/// Mixtures of experts and latent attention: the shape fields beyond layers, hidden, heads and FFN (each overrides
/// the catalog's ``MoEShape`` or ``LatentAttention``), and how a plan runs them.
extension Field {
    public static let sharedExperts = Field(
        "shared_experts", "Shared experts", .integer(unit: nil), bounds: .integers(0...1024), group: .model,
        help: "Shared experts every token passes through in each MoE layer (DeepSeek-V3: 1).")
    public static let sharedExpertFFN = Field(
        "shared_expert_ffn", "Shared-expert FFN", .integer(unit: nil), bounds: SpecBounds.ffn, group: .model,
        help: "Inner size of one shared expert (the routed expert's when not given).")
    public static let denseLayers = Field(
        "dense_layers", "Leading dense layers", .integer(unit: "layers"), bounds: .integers(0...100_000),
        group: .model, help: "Leading layers with a dense MLP before the MoE layers (DeepSeek-V3: 3).")
    public static let denseFFN = Field(
        "dense_ffn", "Dense-layer FFN", .integer(unit: nil), bounds: SpecBounds.ffn, group: .model,
        help: "Inner size of the MLP of the dense layers of a mixture of experts (DeepSeek-V3: 18432).")
    public static let moeLayerStride = Field(
        "moe_layer_stride", "MoE layer stride", .integer(unit: nil), bounds: .integers(1...1000), group: .model,
        help: "Every n-th layer after the leading dense ones is an MoE layer (1: all; Llama 4 Maverick: 2).")
    public static let capacityFactor = Field(
        "capacity_factor", "Capacity factor", .number(unit: nil), bounds: .closed(1, 64), group: .model,
        help: "Capacity factor of token-dropping training: each expert's buffer is padded to this many times its "
            + "fair share (dropless when not given).")
    public static let nodeLimit = Field(
        "node_limit", "Node-limited routing", .integer(unit: "domains"), bounds: .integers(1...100_000),
        group: .model, help: "Each token's experts lie on at most this many scale-up domains (DeepSeek-V3: 4).")
    public static let headDim = Field(
        "head_dim", "Head dimension", .integer(unit: nil), bounds: SpecBounds.headDim, group: .model,
        help: "Per-head dimension of queries, keys and values where it is not hidden/heads (Qwen3: 128).")
    public static let qRank = Field(
        "q_rank", "Query rank", .integer(unit: nil), bounds: SpecBounds.hidden, group: .model,
        help: "Latent attention: compression rank of the queries (DeepSeek-V3: 1536).")
    public static let kvRank = Field(
        "kv_rank", "Key/value rank", .integer(unit: nil), bounds: SpecBounds.hidden, group: .model,
        help: "Latent attention: compression rank of keys and values, what the KV cache holds (DeepSeek-V3: 512).")
    public static let ropeDim = Field(
        "rope_dim", "RoPE head dimension", .integer(unit: nil), bounds: SpecBounds.headDim, group: .model,
        help: "Latent attention: per-head dimension of the decoupled rotary queries and keys (DeepSeek-V3: 64).")
    public static let nopeDim = Field(
        "nope_dim", "Non-RoPE head dimension", .integer(unit: nil), bounds: SpecBounds.headDim, group: .model,
        help: "Latent attention: per-head dimension of the non-rotary queries and keys (DeepSeek-V3: 128).")
    public static let vHeadDim = Field(
        "v_head_dim", "Value head dimension", .integer(unit: nil), bounds: SpecBounds.headDim, group: .model,
        help: "Latent attention: per-head dimension of the values (DeepSeek-V3: 128).")
    public static let mtp = Field(
        "mtp", "MTP modules", .integer(unit: nil), bounds: .integers(0...16), group: .model,
        help: "Multi-token-prediction modules trained with the model (DeepSeek-V3: 1).")
    public static let expertImbalance = Field(
        "expert_imbalance", "Expert load imbalance", .number(unit: "×"), bounds: .closed(1, 64), group: .plan,
        help: "Tokens of the busiest expert-parallel rank ÷ the mean (1: balanced routing, as the Megatron-Bridge "
            + "benchmarks force it).")
    public static let etp = Field(
        "etp", "Expert tensor parallel", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Expert tensor-parallel ways (each expert's weights split over ETP ranks).")
    public static let expertOverlap = Field(
        "expert_overlap", "All-to-all overlap", .flag, group: .plan,
        help: "The framework's overlapped all-to-all schedule (Megatron-Core --overlap-moe-expert-parallel-comm, "
            + "DualPipe): true or false.")
    public static let a2aOverlap = Field(
        "a2a_overlap", "A2A overlap fraction", .number(unit: nil), bounds: .closedFraction, group: .plan,
        help: "Fraction of the MoE all-to-all the overlapped schedule hides behind computation, in [0, 1].")
    public static let tpOverlap = Field(
        "tp_overlap", "TP overlap", .number(unit: nil), bounds: .closedFraction, group: .plan,
        help: "Fraction of tensor-parallel communication hidden behind the GEMMs, in [0, 1].")
    public static let paramGatherOverlap = Field(
        "param_gather_overlap", "Parameter-gather overlap", .number(unit: nil), bounds: .closedFraction,
        group: .plan,
        help: "Fraction of the parameter all-gather (distributed optimizer, ZeRO-3/FSDP) hidden "
            + "behind the forward pass, in [0, 1].")
    public static let ppOverlap = Field(
        "pp_overlap", "PP overlap", .number(unit: nil), bounds: .closedFraction, group: .plan,
        help: "Fraction of pipeline send/receive hidden behind computation, in [0, 1].")
    public static let fp8ParamGather = Field(
        "fp8_param_gather", "FP8 parameter gather", .flag, group: .plan,
        help: "Keep weights in FP8 and all-gather them in FP8 when training in FP8 (Megatron-Core "
            + "--fp8-param-gather): true or false.")
    public static let fp8Recipe = Field(
        "fp8_recipe", "FP8 recipe", .choice(FP8Recipe.allCases.map(\.label)), group: .plan,
        help: "FP8 scaling: delayed (per-tensor history), tensorwise (per-tensor current), mxfp8 (32-element "
            + "blocks, Blackwell) or blockwise (1×128 / 128×128 tiles, DeepSeek-V3).")
}

extension ModelSpec {
    /// Applies the mixture-of-experts and latent-attention fields (`experts`, `active_experts`, `shared_experts`,
    /// `shared_expert_ffn`, `dense_layers`, `dense_ffn`, `moe_layer_stride`, `capacity_factor`, `node_limit`,
    /// `head_dim`, `q_rank`, `kv_rank`, `rope_dim`, `nope_dim`, `v_head_dim`, `mtp`) on top of the catalog's shape.
    /// A latent attention the model does not have needs all of its dimensions (missing ones are refused, not
    /// guessed); experts per token above the experts are refused naming `active_experts`.
    mutating func applyExpertOverrides(_ fields: InputFields) throws {
        try applyRouting(fields)
        if let v = try fields.integer(.headDim) { headDim = v }
        if let v = try fields.integer(.mtp) { multiTokenPredictionModules = v }
        try applyLatentAttention(fields)
    }

    private mutating func applyRouting(_ fields: InputFields) throws {
        let e = try fields.integer(.experts)
        let k = try fields.integer(.activeExperts)
        if let e { experts = e }
        if let k { activeExperts = k }
        var shape = moe
        if shape == nil, experts > 1 {
            shape = MoEShape(routedExperts: experts, expertsPerToken: activeExperts, expertFFNSize: ffnSize)
        }
        if var s = shape {
            if let e { s.routedExperts = e }
            if let k { s.expertsPerToken = k }
            if let v = try fields.integer(.sharedExperts) { s.sharedExperts = v }
            if let v = try fields.integer(.sharedExpertFFN) { s.sharedExpertFFNSize = v }
            if let v = try fields.integer(.denseLayers) { s.leadingDenseLayers = v }
            if let v = try fields.integer(.denseFFN) { s.denseFFNSize = v }
            if let v = try fields.integer(.moeLayerStride) { s.layerStride = v }
            if let v = try fields.number(.capacityFactor) { s.capacityFactor = v }
            if let v = try fields.integer(.nodeLimit) { s.routedDomainLimit = v }
            if let f = try fields.integer(.ffn) { s.expertFFNSize = f }
            experts = s.routedExperts
            activeExperts = s.expertsPerToken
            moe = s
        } else {
            for field in [
                Field.sharedExperts, .sharedExpertFFN, .denseLayers, .denseFFN, .moeLayerStride,
                .capacityFactor, .nodeLimit,
            ] where fields.has(field) {
                throw InputError(
                    field: field.key, value: Field.shown(fields[field.key]!),
                    allowed: "only for a mixture of experts (give --experts above 1)")
            }
        }
        guard activeExperts >= 1, activeExperts <= max(1, experts) else {
            throw InputError(
                field: "active_experts", value: "\(activeExperts)",
                allowed: "from 1 to the \(experts) experts (experts routed per token)")
        }
    }

    private mutating func applyLatentAttention(_ fields: InputFields) throws {
        let given: [Field] = [.qRank, .kvRank, .ropeDim, .nopeDim, .vHeadDim]
        guard given.contains(where: { fields.has($0) }) else { return }
        var mla = latentAttention
        if mla == nil {
            func need(_ f: Field) throws -> Int {
                guard let v = try fields.integer(f) else {
                    throw InputError(
                        field: f.key, value: "missing",
                        allowed: "a whole number: latent attention needs kv_rank, rope_dim, nope_dim "
                            + "and v_head_dim (q_rank optional)",
                        hint: "\(id) has no latent attention in the catalog")
                }
                return v
            }
            mla = LatentAttention(
                queryRank: try fields.integer(.qRank), keyValueRank: try need(.kvRank),
                ropeHeadDim: try need(.ropeDim), noRopeHeadDim: try need(.nopeDim),
                valueHeadDim: try need(.vHeadDim))
        } else if var m = mla {
            if let v = try fields.integer(.qRank) { m.queryRank = v }
            if let v = try fields.integer(.kvRank) { m.keyValueRank = v }
            if let v = try fields.integer(.ropeDim) { m.ropeHeadDim = v }
            if let v = try fields.integer(.nopeDim) { m.noRopeHeadDim = v }
            if let v = try fields.integer(.vHeadDim) { m.valueHeadDim = v }
            mla = m
        }
        if let m = mla, let h = hiddenSize {
            for (rank, field) in [(m.keyValueRank, "kv_rank"), (m.queryRank ?? 1, "q_rank")] where rank > h {
                throw InputError(
                    field: field, value: "\(rank)",
                    allowed: "at most the hidden size (\(h)): a compression rank")
            }
        }
        latentAttention = mla
    }
}
