import ReckonCore
import ReckonUnits

/// Models shipped with Reckon, with the source of their shapes and token counts.
public enum BuiltinModels {
    /// Common spellings → catalog ID.
    public static let aliases: [String: String] = [
        "gpt3": "gpt-3", "gpt-3-175b": "gpt-3", "gpt4": "gpt-4-estimate", "gpt-4": "gpt-4-estimate",
    ]

    public static let all: [ModelSpec] = [gpt3, gpt4]

    public static let gpt3 = ModelSpec(
        id: "gpt-3", name: "GPT-3 175B", year: 2020, layers: 96, hiddenSize: 12288, heads: 96, kvHeads: 96,
        ffnSize: 49152, vocabulary: 50257, contextLength: 2048,
        totalParameters: Parameters(175e9), trainingTokens: Tokens(300e9),
        source: "Brown et al. 2020, Language Models are Few-Shot Learners, arXiv:2005.14165, Table 2.1 (96 layers, d_model 12288, 96 heads, n_ctx 2048, 300B tokens); training_runs.csv row 'GPT-3 175B'",
        asOf: "2020-05")

    public static let gpt4 = ModelSpec(
        id: "gpt-4-estimate", name: "GPT-4 (estimate)", year: 2023, layers: 120,
        totalParameters: Parameters(1.8e12), activeParameters: Parameters(1.8e12), trainingTokens: Tokens(13e12),
        isEstimate: true,
        source: "ESTIMATE, not disclosed by OpenAI: 1.8T parameters per Faraboschi et al. 2024 Sec. 1.2 ('rumored'); 120 layers, ~13T tokens per the SemiAnalysis July 2023 report as summarized in shared/framework.md §5.6. Treated as dense (the paper's 120·P² reading).",
        asOf: "2023-07")
}
