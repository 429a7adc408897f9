import ReckonCore
import ReckonUnits

/// The model families ``ModelConfigReader`` understands, each with the keys its `transformers` configuration
/// class defines and the defaults that class uses when a key is absent.
enum ModelFamily {
    case llama, mistral, qwen2, qwen3, gemma2, gemma3, mixtral, qwen2Moe, qwen3Moe, deepseek, gptOss, llama4, dbrx

    /// The `transformers` configuration class whose defaults apply.
    var configClass: String {
        switch self {
        case .llama: "LlamaConfig"
        case .mistral: "MistralConfig"
        case .qwen2: "Qwen2Config"
        case .qwen3: "Qwen3Config"
        case .gemma2: "Gemma2Config"
        case .gemma3: "Gemma3TextConfig"
        case .mixtral: "MixtralConfig"
        case .qwen2Moe: "Qwen2MoeConfig"
        case .qwen3Moe: "Qwen3MoeConfig"
        case .deepseek: "DeepseekV3Config"
        case .gptOss: "GptOssConfig"
        case .llama4: "Llama4TextConfig"
        case .dbrx: "DbrxConfig"
        }
    }

    /// What a family's code fixes that its config does not state.
    struct Built {
        var spec: ModelSpec
        var details: ParameterCountDetails
    }

    func build(_ f: inout ModelConfigFields, top: inout ModelConfigFields, architecture: String) throws -> Built {
        if self == .dbrx { return try buildDBRX(&f) }
        var spec = try core(&f, top: &top)
        var details = ParameterCountDetails()
        spec.gatedFFN = true
        f.assumed.append(
            .init(
                key: "(architecture)", value: "gated MLP",
                reason: "\(architecture) MLPs have gate, up and down projections (SwiGLU/GeGLU)"))
        switch self {
        case .llama, .mistral:
            if self == .llama {
                details.qkvBias = try f.bool(
                    "attention_bias", meaning: "biases on Q, K, V, O", default: false,
                    reason: "\(configClass) default")
                details.outputBias = details.qkvBias
                details.mlpBias = try f.bool(
                    "mlp_bias", meaning: "MLP biases", default: false,
                    reason: "\(configClass) default")
            }
            spec.ffnSize = try f.requiredInt("intermediate_size", field: "ffn")
            if let w = try f.int("sliding_window", field: "sliding_window", meaning: "sliding window (every layer)") {
                spec.slidingWindow = SlidingWindowAttention(window: w)
            }
        case .qwen2, .qwen3:
            details.qkvBias = self == .qwen2
            if self == .qwen3 {
                details.qkvBias = try f.bool(
                    "attention_bias", meaning: "biases on Q, K, V, O", default: false,
                    reason: "\(configClass) default")
                details.outputBias = details.qkvBias
                details.queryKeyNorm = true
            }
            spec.ffnSize = try f.requiredInt("intermediate_size", field: "ffn")
            try qwenWindow(&f)
        case .gemma2, .gemma3:
            details.normsPerLayer = 4
            details.queryKeyNorm = self == .gemma3
            spec.ffnSize = try f.requiredInt("intermediate_size", field: "ffn")
            spec.slidingWindow = try gemmaWindow(&f, layers: spec.layers!)
        case .mixtral:
            let experts = try f.requiredInt("num_local_experts", field: "experts", meaning: "routed experts")
            let k = try activeExperts(&f, "num_experts_per_tok", experts: experts, expertsKey: "num_local_experts")
            let ffn = try f.requiredInt("intermediate_size", field: "expert_ffn", meaning: "expert FFN")
            spec.ffnSize = ffn
            setMoE(&spec, MoEShape(routedExperts: experts, expertsPerToken: k, expertFFNSize: ffn))
            if let w = try f.int("sliding_window", field: "sliding_window", meaning: "sliding window (every layer)") {
                spec.slidingWindow = SlidingWindowAttention(window: w)
            }
        case .qwen2Moe, .qwen3Moe:
            try buildQwenMoE(&f, &spec, &details)
            try qwenWindow(&f)
        case .deepseek:
            try buildDeepSeek(&f, &spec, &details)
        case .gptOss:
            try buildGptOss(&f, &spec, &details)
        case .llama4:
            try buildLlama4(&f, &spec)
        case .dbrx:
            break
        }
        return Built(spec: spec, details: details)
    }

    // MARK: - Shared core

    /// Layers, hidden, heads, KV heads, head size, vocabulary, context and tied embeddings.
    func core(_ f: inout ModelConfigFields, top: inout ModelConfigFields) throws -> ModelSpec {
        let layers = try f.requiredInt("num_hidden_layers", field: "layers")
        let hidden = try f.requiredInt("hidden_size", field: "hidden")
        let heads = try f.requiredInt("num_attention_heads", field: "heads")
        let kv = try f.int(
            "num_key_value_heads", field: "kv_heads", default: heads,
            reason: "\(configClass) default: multi-head attention (as many KV heads as heads)")
        guard kv <= heads, heads % kv == 0 else {
            throw f.error("num_key_value_heads", String(kv), "a divisor of num_attention_heads (\(heads))")
        }
        var headDim = try f.int("head_dim", field: "head_dim")
        if headDim == nil, let fallback = defaultHeadDim {
            headDim = fallback
            f.assumed.append(
                .init(
                    key: f.prefix + "head_dim", value: String(fallback),
                    reason: "\(configClass) default"))
        }
        if headDim == nil, self != .deepseek {
            guard hidden % heads == 0 else {
                throw f.error(
                    "num_attention_heads", String(heads),
                    "a divisor of hidden_size (\(hidden)) when head_dim is not given")
            }
        }
        let vocabulary: Int
        if let v = try f.int("vocab_size", field: "vocab") {
            vocabulary = v
        } else if let fallback = defaultVocabulary {
            vocabulary = fallback
            f.assumed.append(
                .init(
                    key: f.prefix + "vocab_size", value: String(fallback),
                    reason: "\(configClass) default"))
        } else {
            throw f.error("vocab_size", "missing", CatalogBounds.model("vocab")!.allowed)
        }
        var context = try contextLength(&f, key: "max_position_embeddings")
        if context == nil, self == .gemma3 {
            context = 131_072
            f.assumed.append(
                .init(
                    key: f.prefix + "max_position_embeddings", value: "131072",
                    reason: "\(configClass) default"))
        }
        var spec = ModelSpec(
            id: "model-config", name: "model-config", layers: layers, hiddenSize: hidden,
            heads: heads, kvHeads: kv, vocabulary: vocabulary, contextLength: context,
            totalParameters: Parameters(1), source: "", asOf: "unknown")
        spec.headDim = headDim
        spec.tiedEmbeddings = try tiedEmbeddings(&f, top: &top)
        return spec
    }

    var defaultHeadDim: Int? {
        switch self {
        case .gemma2, .gemma3: 256
        case .qwen3, .qwen3Moe: 128
        default: nil
        }
    }

    var defaultVocabulary: Int? {
        switch self {
        case .gemma3: 262_208
        case .gemma2: 256_000
        default: nil
        }
    }

    var defaultTied: Bool {
        switch self {
        case .gemma2, .gemma3: true
        default: false
        }
    }

    /// `tie_word_embeddings` from the text settings, else the top level, else the class default.
    func tiedEmbeddings(_ f: inout ModelConfigFields, top: inout ModelConfigFields) throws -> Bool {
        if let b = try f.bool("tie_word_embeddings", meaning: "tied input/output embeddings") { return b }
        if f.prefix != "", let b = try top.bool("tie_word_embeddings", meaning: "tied input/output embeddings") {
            return b
        }
        f.assumed.append(
            .init(
                key: f.prefix + "tie_word_embeddings", value: defaultTied ? "true" : "false",
                reason: "\(configClass) default"))
        return defaultTied
    }

    /// The pre-training context: `rope_scaling.original_max_position_embeddings` when the context was
    /// extended by RoPE scaling (Llama 3.1: 8192 → 131072), else the maximum position.
    func contextLength(_ f: inout ModelConfigFields, key: String) throws -> Int? {
        let maximum = try f.int(key, field: "context", meaning: "longest context the model supports")
        if var scaling = try f.nested("rope_scaling") {
            let original = try scaling.int(
                "original_max_position_embeddings", field: "context",
                meaning: "context (pre-training length, before RoPE scaling)")
            f.absorb(scaling)
            if let original { return original }
        }
        return maximum
    }

    func activeExperts(_ f: inout ModelConfigFields, _ key: String, experts: Int, expertsKey: String) throws -> Int {
        let k = try f.requiredInt(key, field: "active_experts", meaning: "routed experts per token")
        guard k <= experts else { throw f.error(key, String(k), "at most \(expertsKey) (\(experts))") }
        return k
    }

    func setMoE(_ spec: inout ModelSpec, _ moe: MoEShape) {
        spec.moe = moe
        spec.experts = moe.routedExperts
        spec.activeExperts = moe.expertsPerToken
    }

    /// Qwen's optional sliding window does not change the parameter count; Reckon does not model its per-layer
    /// rule, so it says so when the file turns it on.
    func qwenWindow(_ f: inout ModelConfigFields) throws {
        let on = try f.bool("use_sliding_window", meaning: "sliding window switch") ?? false
        f.consume("sliding_window", "max_window_layers")
        if on {
            f.assumed.append(
                .init(
                    key: f.prefix + "use_sliding_window", value: "true",
                    reason: "Qwen's per-layer window is not modelled: every layer is treated as global"))
        }
    }

    /// Gemma 2 alternates local and global layers; Gemma 3 has `sliding_window_pattern − 1` local layers per
    /// global one (or a `layer_types` list).
    func gemmaWindow(_ f: inout ModelConfigFields, layers: Int) throws -> SlidingWindowAttention? {
        guard let window = try f.int("sliding_window", field: "sliding_window", meaning: "local attention window")
        else { return nil }
        if let types = try f.stringList("layer_types", meaning: "local/global layer pattern") {
            f.consume("sliding_window_pattern")
            return try windowFromLayerTypes(&f, types, window: window, layers: layers)
        }
        if self == .gemma2 {
            f.assumed.append(
                .init(
                    key: f.prefix + "(layer pattern)", value: "1 local per global",
                    reason: "Gemma 2 alternates local and global attention layers"))
            return SlidingWindowAttention(window: window, localPerGlobal: 1)
        }
        let pattern = try f.int(
            "sliding_window_pattern", field: "local_per_global", default: 6,
            reason: "\(configClass) default (5 local layers per global one)")
        guard pattern >= 2 else {
            throw f.error("sliding_window_pattern", String(pattern), "at least 2 (n − 1 local layers per global)")
        }
        return SlidingWindowAttention(window: window, localPerGlobal: pattern - 1)
    }

    /// `layer_types` as a repeating pattern of local layers per global one.
    func windowFromLayerTypes(_ f: inout ModelConfigFields, _ types: [String], window: Int, layers: Int) throws
        -> SlidingWindowAttention?
    {
        guard types.count == layers else {
            throw f.error("layer_types", "\(types.count) entries", "one entry per layer (\(layers))")
        }
        var local = 0
        var global = 0
        for t in types {
            switch t {
            case "sliding_attention": local += 1
            case "full_attention": global += 1
            default: throw f.error("layer_types", "\"\(t)\"", "\"sliding_attention\" or \"full_attention\"")
            }
        }
        if local == 0 { return nil }
        if global == 0 { return SlidingWindowAttention(window: window) }
        let ratio = max(1, Int((Double(local) / Double(global)).rounded()))
        if local != ratio * global {
            f.assumed.append(
                .init(
                    key: f.prefix + "layer_types", value: "\(ratio) local per global",
                    reason: "\(local) local and \(global) global layers, rounded to a "
                        + "repeating pattern"))
        }
        return SlidingWindowAttention(window: window, localPerGlobal: ratio)
    }
}
