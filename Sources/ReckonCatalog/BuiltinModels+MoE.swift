import ReckonCore
import ReckonUnits

/// Mixtures of experts: `ffnSize` is the inner size of one expert; `activeParameters` counts what one
/// token passes through (attention, embeddings, routed and shared experts).
extension BuiltinModels {
    public static let mixtral8x7B = ModelSpec(
        id: "mixtral-8x7b", name: "Mixtral 8x7B", year: 2023, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8,
        ffnSize: 14336, vocabulary: 32000, contextLength: 32768,
        totalParameters: Parameters(46.7e9), activeParameters: Parameters(12.9e9), experts: 8, activeExperts: 2,
        source: """
            Jiang et al. 2024, Mixtral of Experts, arXiv:2401.04088, Table 1 (dim 4096, n_layers 32, head_dim 128, \
            hidden_dim 14336, n_heads 32, n_kv_heads 8, context_len 32768, vocab_size 32000, num_experts 8, top_k_experts \
            2); 46.7B total / 12.9B active parameters per Mistral AI's announcement (Dec 2023; the paper rounds to \
            '47B' and '13B'). Training tokens not disclosed: left out.
            """,
        asOf: "2024-01")

    public static let deepSeekV3 = ModelSpec(
        id: "deepseek-v3", name: "DeepSeek-V3", year: 2024, layers: 61, hiddenSize: 7168, heads: 128, kvHeads: 128,
        ffnSize: 2048, vocabulary: 129_280, contextLength: 4096,
        totalParameters: Parameters(671e9), activeParameters: Parameters(37e9), experts: 256, activeExperts: 8,
        trainingTokens: Tokens(14.8e12),
        source: """
            DeepSeek-AI 2024, DeepSeek-V3 Technical Report, arXiv:2412.19437: 671B total, 37B activated per token, \
            14.8T pre-training tokens (abstract); Sec. 4.2: 61 layers, hidden 7168, 128 heads, multi-head latent \
            attention (KV compression dim 512, query compression 1536, per-head dim 128), all FFNs but the first 3 \
            are MoE with 1 shared + 256 routed experts of intermediate size 2048, 8 routed experts per token; 4K \
            pre-training sequences, later extended to 128K. Released config (inference/configs/config_671B.json): \
            vocab_size 129280, dense inter_dim 18432. kvHeads is 128 decompressed heads, but MLA caches one 512+64 \
            latent per token per layer, far less than 128 KV heads would: do not size its KV cache from kvHeads. \
            The 14B multi-token-prediction module (685B on disk) is not counted.
            """,
        asOf: "2024-12")
}
