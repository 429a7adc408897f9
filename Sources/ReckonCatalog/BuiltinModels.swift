import ReckonCore
import ReckonUnits

/// Models shipped with Reckon, with the source of their shapes and token counts.
///
/// Shapes come first from `shared/ground-truth/training_runs.csv`, otherwise from the developers' papers
/// (table named in `source`) or released configuration files. A field that could not be sourced is `nil`.
/// Parameter counts are the developers' own published figures (often rounded, e.g. "70B"), not recomputed.
///
/// Entries live in `BuiltinModels+Dense.swift` (GPT-3 era dense models and the GPT-4 estimate),
/// `BuiltinModels+Llama.swift`, `BuiltinModels+MoE.swift` and `BuiltinModels+Megatron.swift`
/// (the Megatron-LM 2021 benchmark shapes used by the parallel-plan model).
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
        "mixtral": "mixtral-8x7b", "mixtral8x7b": "mixtral-8x7b",
        "deepseek-v3-671b": "deepseek-v3", "deepseekv3": "deepseek-v3", "dsv3": "deepseek-v3",
        "megatron-1.7": "megatron-1.7b", "megatron-18.4b": "megatron-18b", "megatron-1008b": "megatron-1t",
        "megatron-3.6": "megatron-3.6b", "megatron-7.5": "megatron-7.5b",
    ]

    /// Every built-in model: the dense models of the GPT-3 era, the Llama families, mixtures of experts,
    /// the GPT-4 estimate, then the Megatron-LM benchmark shapes.
    public static let all: [ModelSpec] = [
        gpt3, gopher, chinchilla, palm, opt175B, bloom176B,
        llama7B, llama13B, llama33B, llama65B, llama2_7B, llama2_13B, llama2_70B,
        llama31_8B, llama31_70B, llama31_405B,
        mixtral8x7B, deepSeekV3, gpt4,
    ] + megatron
}
