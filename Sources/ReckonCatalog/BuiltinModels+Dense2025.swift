import ReckonCore
import ReckonUnits

/// Dense models of 2024–2025 with published shapes: Qwen3 dense, Gemma 3, Mistral Large 2.
extension BuiltinModels {
    public static let qwen3_8B = ModelSpec(
        id: "qwen3-8b", name: "Qwen3-8B", year: 2025, layers: 36, hiddenSize: 4096, heads: 32, kvHeads: 8,
        ffnSize: 12288, vocabulary: 151_936, contextLength: 32768, totalParameters: Parameters(8.2e9),
        trainingTokens: Tokens(36e12),
        source: qwen3Source + " Qwen3-8B card: 'Number of Parameters: 8.2B', non-embedding 6.95B, 36 layers, 32 Q / "
            + "8 KV heads; config: hidden 4096, intermediate_size 12288.",
        asOf: "2025-04"
    )
    .with(headDim: 128, gated: true, tied: false)

    public static let qwen3_32B = ModelSpec(
        id: "qwen3-32b", name: "Qwen3-32B", year: 2025, layers: 64, hiddenSize: 5120, heads: 64, kvHeads: 8,
        ffnSize: 25600, vocabulary: 151_936, contextLength: 32768, totalParameters: Parameters(32.8e9),
        trainingTokens: Tokens(36e12),
        source: qwen3Source + " Qwen3-32B card: 32.8B parameters, non-embedding 31.2B, 64 layers, 64 Q / 8 KV "
            + "heads; config: hidden 5120, intermediate_size 25600.",
        asOf: "2025-04"
    )
    .with(headDim: 128, gated: true, tied: false)

    public static let gemma3_27B = ModelSpec(
        id: "gemma-3-27b", name: "Gemma 3 27B (text)", year: 2025, layers: 62, hiddenSize: 5376, heads: 32,
        kvHeads: 16, ffnSize: 21504, vocabulary: 262_208, contextLength: 32768,
        totalParameters: Parameters(27.016e9), trainingTokens: Tokens(14e12),
        source: """
            Gemma Team 2025, Gemma 3 Technical Report, arXiv:2503.19786: Table 1, 27B = 417M vision encoder + \
            1,416M embedding + 25,600M non-embedding parameters (the text model, stored here, is 27.016B); 'the \
            27B with 14T tokens'; 5 local (1024-token sliding window) layers per global layer; pre-training at 32K \
            sequences, extended to 128K. Released config (google/gemma-3-27b-pt text_config): 62 layers, hidden \
            5376, 32 heads of 128, 16 KV heads, intermediate_size 21504, sliding_window 1024; vocab_size 262208 by \
            Gemma3TextConfig default; GeGLU, tied embeddings, query/key norms.
            """,
        asOf: "2025-03"
    )
    .with(headDim: 128, gated: true, tied: true, window: SlidingWindowAttention(window: 1024, localPerGlobal: 5))

    public static let mistralLarge2 = ModelSpec(
        id: "mistral-large-2", name: "Mistral Large 2 (2407)", year: 2024, layers: 88, hiddenSize: 12288, heads: 96,
        kvHeads: 8, ffnSize: 28672, vocabulary: 32768, contextLength: 131_072,
        totalParameters: Parameters(123e9),
        source: """
            Mistral AI, 'Large Enough' (2024-07-24): 'Mistral Large 2 has 123 billion parameters' and 'a 128k \
            context window'. Released config (mistralai/Mistral-Large-Instruct-2407): 88 layers, hidden 12288, 96 \
            heads of 128, 8 KV heads, intermediate_size 28672, vocab_size 32768, max_position_embeddings 131072, \
            untied, SwiGLU. Training tokens not disclosed.
            """,
        asOf: "2024-07"
    )
    .with(gated: true, tied: false)
}
