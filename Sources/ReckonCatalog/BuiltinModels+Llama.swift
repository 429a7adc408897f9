import ReckonCore
import ReckonUnits

/// Meta's LLaMA-1, Llama 2 and Llama 3.1 families. All use SwiGLU MLPs (three d x d_ff matrices),
/// rotary positions and untied input/output embeddings (LLaMA-1 Sec. 2.2; Llama 3 Sec. 3.2), recorded as
/// `gatedFFN` and `tiedEmbeddings`.
extension BuiltinModels {
    static let llama1Source = """
        Touvron et al. 2023a, LLaMA: Open and Efficient Foundation Language Models, arXiv:2302.13971, Table 2 \
        (parameters 6.7B/13.0B/32.5B/65.2B, dimension, heads, layers, 1.0T/1.0T/1.4T/1.4T tokens) and Sec. 2 (32k BPE \
        vocabulary; SwiGLU with hidden size 2/3 x 4d); meta-llama/llama MODEL_CARD.md (commit 1076b9c, Table 1: dims, \
        2048-token context). d_ff = 2/3 x 4d rounded up to a multiple of 256, as in the released model code \
        (multiple_of = 256): 11008, 13824, 17920, 22016 (derived).
        """

    public static let llama7B = ModelSpec(
        id: "llama-7b", name: "LLaMA-1 7B", year: 2023, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32,
        ffnSize: 11008, vocabulary: 32000, contextLength: 2048,
        totalParameters: Parameters(6.7e9), trainingTokens: Tokens(1.0e12),
        source: llama1Source, asOf: "2023-02"
    )
    .with(gated: true, tied: false)

    public static let llama13B = ModelSpec(
        id: "llama-13b", name: "LLaMA-1 13B", year: 2023, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40,
        ffnSize: 13824, vocabulary: 32000, contextLength: 2048,
        totalParameters: Parameters(13.0e9), trainingTokens: Tokens(1.0e12),
        source: llama1Source, asOf: "2023-02"
    )
    .with(gated: true, tied: false)

    public static let llama33B = ModelSpec(
        id: "llama-33b", name: "LLaMA-1 33B", year: 2023, layers: 60, hiddenSize: 6656, heads: 52, kvHeads: 52,
        ffnSize: 17920, vocabulary: 32000, contextLength: 2048,
        totalParameters: Parameters(32.5e9), trainingTokens: Tokens(1.4e12),
        source: llama1Source + " Released as 'LLaMA 30B'.", asOf: "2023-02"
    )
    .with(gated: true, tied: false)

    public static let llama65B = ModelSpec(
        id: "llama-65b", name: "LLaMA-1 65B", year: 2023, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 64,
        ffnSize: 22016, vocabulary: 32000, contextLength: 2048,
        totalParameters: Parameters(65.2e9), trainingTokens: Tokens(1.4e12),
        source: llama1Source, asOf: "2023-02"
    )
    .with(gated: true, tied: false)

    static let llama2Source = """
        Touvron et al. 2023b, Llama 2: Open Foundation and Fine-Tuned Chat Models, arXiv:2307.09288, Table 1 (4k \
        context, 2.0T tokens, GQA for 70B) and Sec. 2.2 ('We adopt most of the pretraining setting and model \
        architecture from Llama 1'); meta-llama/llama MODEL_CARD.md (Llama 2) for 7B/13B/70B (4096 context, 2.0e12 \
        tokens).
        """

    public static let llama2_7B = ModelSpec(
        id: "llama-2-7b", name: "Llama 2 7B", year: 2023, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 32,
        ffnSize: 11008, vocabulary: 32000, contextLength: 4096,
        totalParameters: Parameters(6.7e9), trainingTokens: Tokens(2.0e12),
        source: llama2Source + """
             Shape identical to LLaMA-1 7B, so the parameter count is LLaMA-1 Table 2's 6.7B (the Llama 2 paper \
            rounds it to '7B').
            """,
        asOf: "2023-07"
    )
    .with(gated: true, tied: false)

    public static let llama2_13B = ModelSpec(
        id: "llama-2-13b", name: "Llama 2 13B", year: 2023, layers: 40, hiddenSize: 5120, heads: 40, kvHeads: 40,
        ffnSize: 13824, vocabulary: 32000, contextLength: 4096,
        totalParameters: Parameters(13.0e9), trainingTokens: Tokens(2.0e12),
        source: llama2Source + " Shape identical to LLaMA-1 13B (Table 2: 13.0B).", asOf: "2023-07"
    )
    .with(gated: true, tied: false)

    public static let llama2_70B = ModelSpec(
        id: "llama-2-70b", name: "Llama 2 70B", year: 2023, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8,
        ffnSize: 28672, vocabulary: 32000, contextLength: 4096,
        totalParameters: Parameters(70e9), trainingTokens: Tokens(2.0e12),
        source: llama2Source + """
             70B: 80 layers, d_model 8192, 64 heads, 8 key/value heads, intermediate size 28672 (meta-llama \
            Llama-2-70b released config). '70B' is the paper's rounded figure; the shape gives 68.98B (derived).
            """,
        asOf: "2023-07"
    )
    .with(gated: true, tied: false)

    static let llama3Source = """
        Llama Team 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Table 3 (8B/70B/405B: layers 32/80/126, \
        model dimension 4096/8192/16384, FFN dimension 14336/28672/53248, attention heads 32/64/128, key/value \
        heads 8) and Sec. 3 (8K-token pre-training sequences, extended to 128K at the end). Vocabulary 128,256 = \
        the paper's '128K' tokens (100K tiktoken + 28K added) plus 256 reserved special tokens, as in the released \
        configs.
        """

    public static let llama31_8B = ModelSpec(
        id: "llama-3.1-8b", name: "Llama 3.1 8B", year: 2024, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8,
        ffnSize: 14336, vocabulary: 128_256, contextLength: 8192,
        totalParameters: Parameters(8e9), trainingTokens: Tokens(15e12),
        source: llama3Source + """
             Tokens: '15T+' (meta-llama/llama-models models/llama3/MODEL_CARD.md, Llama 3 8B), stored as \
            the lower bound 15e12.
            """,
        asOf: "2024-07"
    )
    .with(gated: true, tied: false)

    public static let llama31_70B = ModelSpec(
        id: "llama-3.1-70b", name: "Llama 3.1 70B", year: 2024, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 8,
        ffnSize: 28672, vocabulary: 128_256, contextLength: 8192,
        totalParameters: Parameters(70e9), trainingTokens: Tokens(15e12),
        source: llama3Source + """
             Tokens: '15T+' (Llama 3 70B, same model card), stored as the lower bound 15e12.
            """,
        asOf: "2024-07"
    )
    .with(gated: true, tied: false)

    public static let llama31_405B = ModelSpec(
        id: "llama-3.1-405b", name: "Llama 3.1 405B", year: 2024, layers: 126, hiddenSize: 16384, heads: 128,
        kvHeads: 8, ffnSize: 53248, vocabulary: 128_256, contextLength: 8192,
        totalParameters: Parameters(405e9), trainingTokens: Tokens(15.6e12),
        source: llama3Source + " Tokens: the 405B flagship was pre-trained on 15.6T tokens (Sec. 1).",
        asOf: "2024-07"
    )
    .with(gated: true, tied: false)
}
