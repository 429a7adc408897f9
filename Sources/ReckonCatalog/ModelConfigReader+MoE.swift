import ReckonCore
import ReckonUnits

/// The mixture-of-experts families: how each lays out its MoE and dense layers and names its sizes.
extension ModelFamily {
    /// Qwen2-MoE and Qwen3-MoE: layer `i` is sparse unless listed in `mlp_only_layers`, and when
    /// `(i + 1) % decoder_sparse_step == 0` (transformers' `Qwen3MoeDecoderLayer`).
    func buildQwenMoE(_ f: inout ModelConfigFields, _ spec: inout ModelSpec, _ details: inout ParameterCountDetails)
        throws
    {
        let layers = spec.layers!
        if self == .qwen2Moe {
            details.qkvBias = true
            details.sharedExpertGate = true
        } else {
            details.qkvBias = try f.bool(
                "attention_bias", meaning: "biases on Q, K, V, O", default: false,
                reason: "\(configClass) default")
            details.outputBias = details.qkvBias
            details.queryKeyNorm = true
        }
        let experts = try f.requiredInt("num_experts", field: "experts", meaning: "routed experts")
        let k = try activeExperts(&f, "num_experts_per_tok", experts: experts, expertsKey: "num_experts")
        let expertFFN = try f.requiredInt("moe_intermediate_size", field: "expert_ffn", meaning: "expert FFN")
        let denseFFN = try f.int("intermediate_size", field: "dense_ffn", meaning: "dense FFN (non-MoE layers)")
        let step = try f.int(
            "decoder_sparse_step", field: "moe_layer_stride", default: 1,
            reason: "\(configClass) default (every layer is sparse)")
        let dense = try f.indexList("mlp_only_layers", below: layers, meaning: "dense layers") ?? []
        var leading = step - 1
        if !dense.isEmpty {
            guard step == 1, dense == Array(0..<dense.count) else {
                throw f.error(
                    "mlp_only_layers", "\(dense)",
                    "a leading run of layers [0, 1, …] with decoder_sparse_step 1 "
                        + "(the layouts Reckon models)")
            }
            leading = dense.count
        }
        var shared = 0
        var sharedFFN: Int?
        if self == .qwen2Moe,
            let s = try f.int(
                "shared_expert_intermediate_size", field: "shared_expert_ffn",
                meaning: "shared expert FFN")
        {
            shared = 1
            sharedFFN = s
        }
        spec.ffnSize = expertFFN
        setMoE(
            &spec,
            MoEShape(
                routedExperts: experts, expertsPerToken: k, expertFFNSize: expertFFN,
                sharedExperts: shared, sharedExpertFFNSize: sharedFFN, leadingDenseLayers: leading,
                layerStride: step, denseFFNSize: denseFFN))
        if spec.moe!.moeLayers(of: layers) < layers, denseFFN == nil {
            throw f.error("intermediate_size", "missing", "the dense FFN size (some layers are not MoE)")
        }
    }

    /// DeepSeek-V2/V3 (and Kimi K2): latent attention, `first_k_dense_replace` dense layers, then MoE layers
    /// with `n_shared_experts` shared and `n_routed_experts` routed experts (transformers' `DeepseekV3Config`).
    func buildDeepSeek(_ f: inout ModelConfigFields, _ spec: inout ModelSpec, _ details: inout ParameterCountDetails)
        throws
    {
        let layers = spec.layers!
        let experts = try f.requiredInt("n_routed_experts", field: "experts", meaning: "routed experts")
        let k = try activeExperts(&f, "num_experts_per_tok", experts: experts, expertsKey: "n_routed_experts")
        let expertFFN = try f.requiredInt("moe_intermediate_size", field: "expert_ffn", meaning: "expert FFN")
        let shared = try f.int(
            "n_shared_experts", field: "shared_experts", default: 0,
            reason: "absent: no shared experts")
        let leading = try f.int(
            "first_k_dense_replace", field: "leading_dense_layers", default: 0,
            reason: "\(configClass) default (no leading dense layers)")
        guard leading <= layers else {
            throw f.error("first_k_dense_replace", String(leading), "at most num_hidden_layers (\(layers))")
        }
        let frequency = try f.int(
            "moe_layer_freq", field: "moe_layer_stride", default: 1,
            reason: "\(configClass) default (every layer after the dense ones is MoE)")
        guard frequency == 1 else {
            throw f.error("moe_layer_freq", String(frequency), "1 (every released DeepSeek model; others not modelled)")
        }
        let denseFFN = try f.int("intermediate_size", field: "dense_ffn", meaning: "dense FFN (leading layers)")
        if leading > 0, denseFFN == nil {
            throw f.error("intermediate_size", "missing", "the dense FFN size of the first_k_dense_replace layers")
        }
        var queryRank: Int?
        if f.object["q_lora_rank"] == nil {
            queryRank = 1536
            f.assumed.append(.init(key: f.prefix + "q_lora_rank", value: "1536", reason: "\(configClass) default"))
        } else {
            queryRank = try f.int("q_lora_rank", field: "q_lora_rank", meaning: "query compression rank")
            if queryRank == nil {
                f.read.append(.init(key: f.prefix + "q_lora_rank", value: "null", meaning: "queries not compressed"))
            }
        }
        let kvRank = try f.requiredInt("kv_lora_rank", field: "kv_lora_rank", meaning: "key/value compression rank")
        let rope = try f.requiredInt("qk_rope_head_dim", field: "rope_head_dim", meaning: "RoPE head dim")
        let nope = try f.requiredInt("qk_nope_head_dim", field: "nope_head_dim", meaning: "non-RoPE head dim")
        let value = try f.requiredInt("v_head_dim", field: "v_head_dim", meaning: "value head dim")
        spec.latentAttention = LatentAttention(
            queryRank: queryRank, keyValueRank: kvRank, ropeHeadDim: rope,
            noRopeHeadDim: nope, valueHeadDim: value)
        spec.headDim = nope + rope
        spec.kvHeads = spec.heads
        spec.multiTokenPredictionModules =
            try f.int(
                "num_nextn_predict_layers", field: "mtp_modules",
                meaning: "multi-token-prediction modules (not counted)") ?? 0
        if try f.string("topk_method", meaning: "router method") == "noaux_tc" { details.routerBias = true }
        spec.ffnSize = expertFFN
        setMoE(
            &spec,
            MoEShape(
                routedExperts: experts, expertsPerToken: k, expertFFNSize: expertFFN,
                sharedExperts: shared, leadingDenseLayers: leading, denseFFNSize: denseFFN))
    }

    /// GPT-OSS: every layer MoE, biases on attention, experts and router, alternating banded (sliding) and
    /// full attention (transformers' `GptOssConfig`).
    func buildGptOss(_ f: inout ModelConfigFields, _ spec: inout ModelSpec, _ details: inout ParameterCountDetails)
        throws
    {
        let experts = try f.requiredInt("num_local_experts", field: "experts", meaning: "routed experts")
        let perTokenKey = f.object["num_experts_per_tok"] != nil ? "num_experts_per_tok" : "experts_per_token"
        let k = try activeExperts(&f, perTokenKey, experts: experts, expertsKey: "num_local_experts")
        f.consume("experts_per_token", "num_experts_per_tok")
        let expertFFN = try f.requiredInt("intermediate_size", field: "expert_ffn", meaning: "expert FFN")
        details.qkvBias = try f.bool(
            "attention_bias", meaning: "biases on Q, K, V, O", default: true,
            reason: "\(configClass) default")
        details.outputBias = details.qkvBias
        details.mlpBias = true
        details.routerBias = true
        f.assumed.append(
            .init(
                key: "(architecture)", value: "expert and router biases",
                reason: "GptOssExperts and GptOssTopKRouter carry biases"))
        _ = try f.int("initial_context_length", field: "context", meaning: "initial context length")
        if let window = try f.int("sliding_window", field: "sliding_window", meaning: "banded attention window") {
            if let types = try f.stringList("layer_types", meaning: "banded/full layer pattern") {
                spec.slidingWindow = try windowFromLayerTypes(&f, types, window: window, layers: spec.layers!)
            } else {
                spec.slidingWindow = SlidingWindowAttention(window: window, localPerGlobal: 1)
                f.assumed.append(
                    .init(
                        key: f.prefix + "layer_types", value: "1 banded per full",
                        reason: "GPT-OSS alternates banded and full attention layers"))
            }
        }
        spec.ffnSize = expertFFN
        setMoE(&spec, MoEShape(routedExperts: experts, expertsPerToken: k, expertFFNSize: expertFFN))
    }

    /// Llama 4: MoE layers `interleave_moe_layer_step − 1, 2·step − 1, …` with one shared expert of
    /// `intermediate_size`; the other layers are dense MLPs of `intermediate_size_mlp` (transformers'
    /// `Llama4TextConfig`, `moe_layers`).
    func buildLlama4(_ f: inout ModelConfigFields, _ spec: inout ModelSpec) throws {
        let layers = spec.layers!
        let experts = try f.requiredInt("num_local_experts", field: "experts", meaning: "routed experts")
        let k = try activeExperts(&f, "num_experts_per_tok", experts: experts, expertsKey: "num_local_experts")
        let expertFFN = try f.requiredInt("intermediate_size", field: "expert_ffn", meaning: "expert and shared FFN")
        let denseFFN = try f.int("intermediate_size_mlp", field: "dense_ffn", meaning: "dense FFN (non-MoE layers)")
        let step = try f.int(
            "interleave_moe_layer_step", field: "moe_layer_stride", default: 1,
            reason: "\(configClass) default (every layer is MoE)")
        let expected = Array(stride(from: step - 1, to: layers, by: step))
        if let listed = try f.indexList("moe_layers", below: layers, meaning: "MoE layers"), listed != expected {
            throw f.error(
                "moe_layers", "\(listed)",
                "every interleave_moe_layer_step-th layer (\(step)) starting at layer \(step - 1)")
        }
        if expected.count < layers, denseFFN == nil {
            throw f.error("intermediate_size_mlp", "missing", "the dense FFN size (some layers are not MoE)")
        }
        f.assumed.append(
            .init(
                key: "(architecture)", value: "1 shared expert of intermediate_size",
                reason: "Llama4TextMoe always adds a shared expert"))
        spec.ffnSize = expertFFN
        setMoE(
            &spec,
            MoEShape(
                routedExperts: experts, expertsPerToken: k, expertFFNSize: expertFFN,
                sharedExperts: 1, leadingDenseLayers: step - 1, layerStride: step,
                denseFFNSize: denseFFN))
    }

    /// DBRX: its own key names (`d_model`, `n_layers`, `attn_config`, `ffn_config`); every layer MoE with
    /// gated experts (transformers' `DbrxConfig`).
    func buildDBRX(_ f: inout ModelConfigFields) throws -> Built {
        let layers = try f.requiredInt("n_layers", field: "layers")
        let hidden = try f.requiredInt("d_model", field: "hidden")
        let heads = try f.requiredInt("n_heads", field: "heads")
        guard hidden % heads == 0 else {
            throw f.error("n_heads", String(heads), "a divisor of d_model (\(hidden))")
        }
        let vocabulary = try f.requiredInt("vocab_size", field: "vocab")
        let context = try f.int("max_seq_len", field: "context", meaning: "context")
        guard var attention = try f.nested("attn_config") else {
            throw f.error("attn_config", "missing", "an object with kv_n_heads")
        }
        let kv = try attention.int("kv_n_heads", field: "kv_heads", default: 1, reason: "DbrxAttentionConfig default")
        guard kv <= heads, heads % kv == 0 else {
            throw attention.error("kv_n_heads", String(kv), "a divisor of n_heads (\(heads))")
        }
        f.absorb(attention)
        guard var ffn = try f.nested("ffn_config") else {
            throw f.error("ffn_config", "missing", "an object with ffn_hidden_size, moe_num_experts, moe_top_k")
        }
        let expertFFN = try ffn.requiredInt("ffn_hidden_size", field: "expert_ffn", meaning: "expert FFN")
        let experts = try ffn.requiredInt("moe_num_experts", field: "experts", meaning: "routed experts")
        let k = try activeExperts(&ffn, "moe_top_k", experts: experts, expertsKey: "moe_num_experts")
        f.absorb(ffn)
        var spec = ModelSpec(
            id: "model-config", name: "model-config", layers: layers, hiddenSize: hidden,
            heads: heads, kvHeads: kv, ffnSize: expertFFN, vocabulary: vocabulary,
            contextLength: context, totalParameters: Parameters(1), source: "", asOf: "unknown")
        var top = f
        spec.tiedEmbeddings = try tiedEmbeddings(&f, top: &top)
        spec.gatedFFN = true
        f.assumed.append(
            .init(
                key: "(architecture)", value: "gated experts",
                reason: "DbrxExpertGLU has w1, v1 and w2 matrices"))
        setMoE(&spec, MoEShape(routedExperts: experts, expertsPerToken: k, expertFFNSize: expertFFN))
        return Built(spec: spec, details: ParameterCountDetails())
    }
}
