import ReckonCore
import ReckonUnits

/// Dense models of the GPT-3 era, and the GPT-4 outside estimate.
extension BuiltinModels {
    public static let gpt3 = ModelSpec(
        id: "gpt-3", name: "GPT-3 175B", year: 2020, layers: 96, hiddenSize: 12288, heads: 96, kvHeads: 96,
        ffnSize: 49152, vocabulary: 50257, contextLength: 2048,
        totalParameters: Parameters(175e9), trainingTokens: Tokens(300e9),
        source: """
            Brown et al. 2020, Language Models are Few-Shot Learners, arXiv:2005.14165, Table 2.1 (96 layers, d_model \
            12288, 96 heads, n_ctx 2048, 300B tokens; d_ff = 4 d_model = 49152). \
            Vocabulary 50257: the GPT-2 byte-level BPE, which the paper reuses.
            """,
        asOf: "2020-05")

    public static let gopher = ModelSpec(
        id: "gopher", name: "Gopher 280B", year: 2021, layers: 80, hiddenSize: 16384, heads: 128, kvHeads: 128,
        ffnSize: 65536, vocabulary: 32000, contextLength: 2048,
        totalParameters: Parameters(280e9), trainingTokens: Tokens(300e9),
        source: """
            Rae et al. 2021, Scaling Language Models: Methods, Analysis & Insights from Training Gopher, \
            arXiv:2112.11446, Table 1 (80 layers, 128 heads, key/value size 128, d_model 16384; 300B training tokens); \
            SentencePiece vocabulary of 32,000 and 2048-token context (Sec. 3); Rae et al. 2021 Table A27 / compute \
            appendix (80/16384/128, seq 2048, 300e9 tokens, 4096 TPU v3). d_ff = 4 d_model is not printed in the \
            table; it is consistent with the stated size once the Transformer-XL relative-position key projection (one \
            more d x d per layer) is counted: 13 L d^2 + V d = 279.7B (derived).
            """,
        asOf: "2021-12")

    public static let chinchilla = ModelSpec(
        id: "chinchilla", name: "Chinchilla 70B", year: 2022, layers: 80, hiddenSize: 8192, heads: 64, kvHeads: 64,
        totalParameters: Parameters(70e9), trainingTokens: Tokens(1.4e12),
        source: """
            Hoffmann et al. 2022, Training Compute-Optimal Large Language Models, arXiv:2203.15556, Table 4 (80 \
            layers, 64 heads, key/value size 128, d_model 8192) as reproduced by chanys.github.io and Wikipedia; \
            70B parameters and 1.4T tokens (llmreference.com chinchilla-70b). The paper says only that its \
            SentencePiece vocabulary is 'very similar' to Gopher's: vocabulary, FFN size and context length are not \
            stated in stored material and are left out.
            """,
        asOf: "2022-03")

    public static let palm = ModelSpec(
        id: "palm", name: "PaLM 540B", year: 2022, layers: 118, hiddenSize: 18432, heads: 48, kvHeads: 1,
        ffnSize: 73728, vocabulary: 256_000, contextLength: 2048,
        totalParameters: Parameters(540.35e9), trainingTokens: Tokens(780e9),
        source: """
            Chowdhery et al. 2022, PaLM: Scaling Language Modeling with Pathways, arXiv:2204.02311, Table 1 (118 \
            layers, 48 heads, d_model 18432, 540.35B parameters) and Sec. 2: SwiGLU MLP with d_ff = 4 d_model, \
            multi-query attention (one shared key/value head, kvHeads 1; head size 256, so 48 heads span 12288, not \
            d_model), shared input/output embeddings, 256k SentencePiece vocabulary, 2048-token sequences, 780B \
            training tokens (Sec. 3).
            """,
        asOf: "2022-04")

    public static let opt175B = ModelSpec(
        id: "opt-175b", name: "OPT-175B", year: 2022, layers: 96, hiddenSize: 12288, heads: 96, kvHeads: 96,
        ffnSize: 49152, vocabulary: 50272, contextLength: 2048,
        totalParameters: Parameters(175e9), trainingTokens: Tokens(180e9),
        source: """
            Zhang et al. 2022, OPT: Open Pre-trained Transformer Language Models, arXiv:2205.01068, Table 1 (175B: 96 \
            layers, 96 heads, embedding size 12288; GPT-3's shape) and Sec. 3 (about 180B training tokens); \
            vocabulary 50272 and 2048-token sequences from the facebook/opt model card ('GPT2 byte-level BPE ... \
            vocabulary size of 50272. The inputs are sequences of 2048 consecutive tokens'); ffn_dim 4 x 12288 as in \
            the released OPT configs.
            """,
        asOf: "2022-05")

    public static let bloom176B = ModelSpec(
        id: "bloom-176b", name: "BLOOM 176B", year: 2022, layers: 70, hiddenSize: 14336, heads: 112, kvHeads: 112,
        ffnSize: 57344, vocabulary: 250_880, contextLength: 2048,
        totalParameters: Parameters(176e9), trainingTokens: Tokens(366e9),
        source: """
            bigscience/bloom model card: '176 billion parameters: 70 layers, 112 attention heads; Hidden layers are \
            14336-dimensional; Sequence length of 2048 tokens'; trained on 366B tokens of the ROOTS corpus (model \
            card and BigScience 2022, arXiv:2211.05100). Vocabulary 250,880 = the embedding matrix rows in the \
            released config (tokenizer 250,680 padded for tensor parallelism); GELU MLP with d_ff = 4 d_model.
            """,
        asOf: "2022-07")

    public static let gpt4 = ModelSpec(
        id: "gpt-4-estimate", name: "GPT-4 (estimate)", year: 2023, layers: 120,
        totalParameters: Parameters(1.8e12), activeParameters: Parameters(280e9), experts: 16, activeExperts: 2,
        trainingTokens: Tokens(13e12),
        isEstimate: true,
        source: """
            ESTIMATE, not disclosed by OpenAI: 1.8T parameters per Faraboschi et al. 2024 Sec. 1.2 ('rumored'); 120 \
            layers, 16 experts of ~111B with 2 routed per token (~280B active with the shared attention), ~13T tokens, \
            ~2.15e25 training FLOP, per the SemiAnalysis July 2023 GPT-4 report (secondary translation). \
            6 x 280e9 x 13e12 = 2.18e25 FLOP agrees with that report. The paper's own projections treat it through \
            120 P^2 / K.
            """,
        asOf: "2023-07")
}
