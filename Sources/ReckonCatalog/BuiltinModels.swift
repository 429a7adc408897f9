import ReckonCore
import ReckonUnits

/// Models shipped with Reckon, with the source of their shapes and token counts.
///
/// Shapes come first from `shared/ground-truth/training_runs.csv`, otherwise from the developers' papers
/// (table named in `source`) or released configuration files. A field that could not be sourced is `nil`.
/// Parameter counts are the developers' own published figures (often rounded, e.g. "70B"), not recomputed.
///
/// Entries live in `BuiltinModels+Dense.swift` (GPT-3 era dense models and the GPT-4 estimate),
/// `BuiltinModels+Llama.swift`, `BuiltinModels+Dense2025.swift` (Qwen3, Gemma 3, Mistral Large 2),
/// `BuiltinModels+MoE.swift` (Mixtral, DeepSeek, Kimi, Llama 4, Qwen3 MoE, GPT-OSS, DBRX) and
/// `BuiltinModels+Megatron.swift` (the Megatron-LM 2021 benchmark shapes used by the parallel-plan model).
/// Where a developer publishes them, the architecture fields (head size, gated MLP, tied embeddings, MoE
/// and latent-attention shapes, sliding windows) are set, so ``ModelParameterCount`` can recount the total.
public enum BuiltinModels {
    /// Common spellings → catalog ID. Keys are already normalized (lower case, dashes).
    public static let aliases: [String: String] = [
        "gpt3": "gpt-3", "gpt-3-175b": "gpt-3", "gpt3-175b": "gpt-3", "davinci": "gpt-3",
        "gpt4": "gpt-4-estimate", "gpt-4": "gpt-4-estimate",
        "gopher-280b": "gopher", "chinchilla-70b": "chinchilla", "palm-540b": "palm",
        "opt": "opt-175b", "opt175b": "opt-175b", "bloom": "bloom-176b", "bloom176b": "bloom-176b",
        "llama-1-7b": "llama-7b", "llama1-7b": "llama-7b", "llama-1-13b": "llama-13b", "llama1-13b": "llama-13b",
        "llama-30b": "llama-33b", "llama-1-33b": "llama-33b", "llama1-33b": "llama-33b",
        "llama-1-65b": "llama-65b", "llama1-65b": "llama-65b",
        "llama2-7b": "llama-2-7b", "llama2-13b": "llama-2-13b", "llama2-70b": "llama-2-70b",
        "llama3.1-8b": "llama-3.1-8b", "llama31-8b": "llama-3.1-8b", "llama-31-8b": "llama-3.1-8b",
        "llama3.1-70b": "llama-3.1-70b", "llama31-70b": "llama-3.1-70b", "llama-31-70b": "llama-3.1-70b",
        "llama3.1-405b": "llama-3.1-405b", "llama31-405b": "llama-3.1-405b", "llama-31-405b": "llama-3.1-405b",
        "llama-405b": "llama-3.1-405b",
        "mixtral": "mixtral-8x7b", "mixtral8x7b": "mixtral-8x7b", "dbrx-base": "dbrx", "dbrx-132b": "dbrx",
        "deepseek-v3-671b": "deepseek-v3", "deepseekv3": "deepseek-v3", "dsv3": "deepseek-v3",
        "megatron-1.7": "megatron-1.7b", "megatron-18.4b": "megatron-18b", "megatron-1008b": "megatron-1t",
        "megatron-3.6": "megatron-3.6b", "megatron-7.5": "megatron-7.5b",
        "llama4-scout": "llama-4-scout", "llama-4-scout-17b-16e": "llama-4-scout", "scout": "llama-4-scout",
        "llama4-maverick": "llama-4-maverick", "llama-4-maverick-17b-128e": "llama-4-maverick",
        "maverick": "llama-4-maverick",
        "qwen3-235b": "qwen3-235b-a22b", "qwen3-30b": "qwen3-30b-a3b",
        "gpt-oss": "gpt-oss-120b", "gptoss-120b": "gpt-oss-120b", "gptoss-20b": "gpt-oss-20b",
        "deepseek-v31": "deepseek-v3.1", "deepseekv3.1": "deepseek-v3.1", "r1": "deepseek-r1",
        "deepseekr1": "deepseek-r1", "kimi": "kimi-k2", "kimik2": "kimi-k2",
        "gemma3-27b": "gemma-3-27b", "gemma-3": "gemma-3-27b",
        "mistral-large": "mistral-large-2", "mistral-large-2407": "mistral-large-2",
    ]

    /// Every built-in model: the dense models of the GPT-3 era, the Llama families, mixtures of experts,
    /// the GPT-4 estimate, then the Megatron-LM benchmark shapes.
    public static let all: [ModelSpec] =
        [
            gpt3, gopher, chinchilla, palm, opt175B, bloom176B,
            llama7B, llama13B, llama33B, llama65B, llama2_7B, llama2_13B, llama2_70B,
            llama31_8B, llama31_70B, llama31_405B,
            mixtral8x7B, deepSeekV3, gpt4,
            llama4Scout, llama4Maverick, qwen3_8B, qwen3_32B, qwen3_30B_A3B, qwen3_235B_A22B, gptOss20B, gptOss120B,
            deepSeekV31, deepSeekR1, kimiK2, gemma3_27B, mistralLarge2, dbrx,
        ] + megatron
}

extension ModelSpec {
    /// This spec with its architecture fields set (``ModelSpec/init`` predates them). Used by the built-in
    /// entries whose source publishes these details.
    func with(
        headDim: Int? = nil, gated: Bool? = nil, tied: Bool? = nil, moe: MoEShape? = nil,
        latent: LatentAttention? = nil, window: SlidingWindowAttention? = nil, mtp: Int = 0
    ) -> ModelSpec {
        var m = self
        m.headDim = headDim
        m.gatedFFN = gated
        m.tiedEmbeddings = tied
        m.moe = moe
        m.latentAttention = latent
        m.slidingWindow = window
        m.multiTokenPredictionModules = mtp
        return m
    }
}
