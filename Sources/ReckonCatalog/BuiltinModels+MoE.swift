import ReckonCore
import ReckonUnits

/// Mixtures of experts: `ffnSize` is the inner size of one expert; `activeParameters` counts what one
/// token passes through (attention, embeddings, routed and shared experts), as each developer publishes it
/// (DeepSeek, Moonshot and OpenAI leave the input embedding out; see ``ModelParameterCount``).
extension BuiltinModels {
    public static let mixtral8x7B = ModelSpec(
        id: "mixtral-8x7b", name: "Mixtral 8x7B", year: 2023, layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8,
        ffnSize: 14336, vocabulary: 32000, contextLength: 32768,
        totalParameters: Parameters(46.7e9), activeParameters: Parameters(12.9e9), experts: 8, activeExperts: 2,
        source: """
            Jiang et al. 2024, Mixtral of Experts, arXiv:2401.04088, Table 1 (dim 4096, n_layers 32, head_dim 128, \
            hidden_dim 14336, n_heads 32, n_kv_heads 8, context_len 32768, vocab_size 32000, num_experts 8, \
            top_k_experts \
            2); 46.7B total / 12.9B active parameters per Mistral AI's announcement (Dec 2023; the paper rounds to \
            '47B' and '13B'). Sec. 2: every FFN is a set of 8 SwiGLU experts, 2 per token; untied embeddings \
            (mistralai/Mixtral-8x7B-v0.1 config.json: tie_word_embeddings false). Training tokens not disclosed.
            """,
        asOf: "2024-01"
    )
    .with(gated: true, tied: false, moe: MoEShape(routedExperts: 8, expertsPerToken: 2, expertFFNSize: 14336))

    /// DeepSeek-V3's shape, shared by V3.1 and R1 (same architecture and weights layout).
    static let deepSeekV3Shape = (
        moe: MoEShape(
            routedExperts: 256, expertsPerToken: 8, expertFFNSize: 2048, sharedExperts: 1,
            leadingDenseLayers: 3, denseFFNSize: 18432, routedDomainLimit: 4),
        latent: LatentAttention(
            queryRank: 1536, keyValueRank: 512, ropeHeadDim: 64, noRopeHeadDim: 128,
            valueHeadDim: 128)
    )

    public static let deepSeekV3 = ModelSpec(
        id: "deepseek-v3", name: "DeepSeek-V3", year: 2024, layers: 61, hiddenSize: 7168, heads: 128, kvHeads: 128,
        ffnSize: 2048, vocabulary: 129_280, contextLength: 4096,
        totalParameters: Parameters(671e9), activeParameters: Parameters(37e9), experts: 256, activeExperts: 8,
        trainingTokens: Tokens(14.8e12),
        source: """
            DeepSeek-AI 2024, DeepSeek-V3 Technical Report, arXiv:2412.19437: 671B total, 37B activated per token, \
            14.8T pre-training tokens (abstract); Sec. 4.2: 61 layers, hidden 7168, 128 heads, multi-head latent \
            attention (KV compression dim 512, query compression 1536, per-head dim 128, decoupled RoPE dim 64), all \
            FFNs but the first 3 are MoE with 1 shared + 256 routed experts of intermediate size 2048, 8 routed \
            experts per token; 4K pre-training sequences, later extended to 128K; Sec. 2.1.2 node-limited \
            routing, 'each token will be sent to at most M nodes', M = 4 (Sec. 4.2). Released config \
            (inference/configs/config_671B.json): vocab_size 129280, dense inter_dim 18432, v_head_dim 128, untied. \
            kvHeads is 128 decompressed heads, but MLA caches one 512+64 latent per token per layer (latentAttention): \
            do not size its KV cache from kvHeads. headDim 192 = 128 + 64 query/key dims. The 14B \
            multi-token-prediction module (685B on disk) is not counted (mtp 1).
            """,
        asOf: "2024-12"
    )
    .with(headDim: 192, gated: true, tied: false, moe: deepSeekV3Shape.moe, latent: deepSeekV3Shape.latent, mtp: 1)

    public static let deepSeekV31 = ModelSpec(
        id: "deepseek-v3.1", name: "DeepSeek-V3.1", year: 2025, layers: 61, hiddenSize: 7168, heads: 128,
        kvHeads: 128, ffnSize: 2048, vocabulary: 129_280, contextLength: 4096,
        totalParameters: Parameters(671e9), activeParameters: Parameters(37e9), experts: 256, activeExperts: 8,
        source: """
            deepseek-ai/DeepSeek-V3.1 model card (2025-08): 671B total, 37B activated, the DeepSeek-V3 architecture \
            (config.json as V3's: 61 layers, 256+1 experts of 2048, 3 dense layers, MLA 1536/512/64/128/128); built \
            on the V3 base checkpoint with a two-phase long-context extension (32K phase 630B tokens, 128K phase \
            209B tokens). Its own training tokens are that extension on top of V3's 14.8T: not one figure, left out; \
            contextLength is V3's pre-training 4K.
            """,
        asOf: "2025-08"
    )
    .with(headDim: 192, gated: true, tied: false, moe: deepSeekV3Shape.moe, latent: deepSeekV3Shape.latent, mtp: 1)

    public static let deepSeekR1 = ModelSpec(
        id: "deepseek-r1", name: "DeepSeek-R1", year: 2025, layers: 61, hiddenSize: 7168, heads: 128, kvHeads: 128,
        ffnSize: 2048, vocabulary: 129_280, contextLength: 4096,
        totalParameters: Parameters(671e9), activeParameters: Parameters(37e9), experts: 256, activeExperts: 8,
        source: """
            DeepSeek-AI 2025, DeepSeek-R1, arXiv:2501.12948, and the deepseek-ai/DeepSeek-R1 model card: 'Total \
            Params 671B, Activated Params 37B', trained from DeepSeek-V3-Base by reinforcement learning, so the shape \
            is V3's (released config identical). Pre-training tokens are V3's 14.8T; R1's own RL and SFT data are \
            not a token count: left out.
            """,
        asOf: "2025-01"
    )
    .with(headDim: 192, gated: true, tied: false, moe: deepSeekV3Shape.moe, latent: deepSeekV3Shape.latent, mtp: 1)

    public static let kimiK2 = ModelSpec(
        id: "kimi-k2", name: "Kimi K2", year: 2025, layers: 61, hiddenSize: 7168, heads: 64, kvHeads: 64,
        ffnSize: 2048, vocabulary: 163_840, contextLength: 4096,
        totalParameters: Parameters(1e12), activeParameters: Parameters(32e9), experts: 384, activeExperts: 8,
        trainingTokens: Tokens(15.5e12),
        source: """
            Kimi Team 2025, Kimi K2: Open Agentic Intelligence, arXiv:2507.20534, abstract: '32 billion activated \
            parameters and 1 trillion total parameters', 'pre-trained on 15.5 trillion tokens'; moonshotai/Kimi-K2 \
            model card table: 61 layers (1 dense), attention hidden 7168, MoE hidden 2048 per expert, 64 heads, 384 \
            experts, 8 per token, 1 shared, vocabulary 160K, MLA, SwiGLU. Released config.json \
            (DeepseekV3ForCausalLM): vocab_size 163840, intermediate_size 18432 (dense layer), kv_lora_rank 512, \
            q_lora_rank 1536, qk_rope 64, qk_nope 128, v_head 128, untied, rope_scaling original 4096 (pre-training \
            context). The shape counts 1.026T total (the '1T' is rounded).
            """,
        asOf: "2025-07"
    )
    .with(
        headDim: 192, gated: true, tied: false,
        moe: MoEShape(
            routedExperts: 384, expertsPerToken: 8, expertFFNSize: 2048, sharedExperts: 1,
            leadingDenseLayers: 1, denseFFNSize: 18432),
        latent: deepSeekV3Shape.latent)

    static let llama4Source = """
        Meta AI, 'The Llama 4 herd' (2025-04-05) and the meta-llama/llama-models Llama 4 model card: Scout 17B \
        active / 109B total with 16 experts, Maverick 17B active / 400B total with 128 experts; ~40T (Scout) and \
        ~22T (Maverick) training tokens. Released text_config (Llama4ForConditionalGeneration): 48 layers, hidden \
        5120, 40 heads, 8 KV heads, head_dim 128, intermediate_size 8192 (each routed expert and the one shared \
        expert), vocab_size 202048, untied, 1 routed expert per token; Maverick interleave_moe_layer_step 2 with \
        dense layers of intermediate_size_mlp 16384 (layers 1, 3, 5 … are MoE). The totals include the vision \
        encoder, which the shape does not count (Scout's text model counts 107.8B).
        """

    public static let llama4Scout = ModelSpec(
        id: "llama-4-scout", name: "Llama 4 Scout (17B-16E)", year: 2025, layers: 48, hiddenSize: 5120, heads: 40,
        kvHeads: 8, ffnSize: 8192, vocabulary: 202_048, contextLength: 262_144,
        totalParameters: Parameters(109e9), activeParameters: Parameters(17e9), experts: 16, activeExperts: 1,
        trainingTokens: Tokens(40e12),
        source: llama4Source + " Context: Scout 'was both pre-trained and post-trained with a 256K context length' "
            + "(the announcement).",
        asOf: "2025-04"
    )
    .with(
        gated: true, tied: false,
        moe: MoEShape(routedExperts: 16, expertsPerToken: 1, expertFFNSize: 8192, sharedExperts: 1))

    public static let llama4Maverick = ModelSpec(
        id: "llama-4-maverick", name: "Llama 4 Maverick (17B-128E)", year: 2025, layers: 48, hiddenSize: 5120,
        heads: 40, kvHeads: 8, ffnSize: 8192, vocabulary: 202_048,
        totalParameters: Parameters(400e9), activeParameters: Parameters(17e9), experts: 128, activeExperts: 1,
        trainingTokens: Tokens(22e12),
        source: llama4Source + " Maverick's pre-training context is not stated: left out.",
        asOf: "2025-04"
    )
    .with(
        gated: true, tied: false,
        moe: MoEShape(
            routedExperts: 128, expertsPerToken: 1, expertFFNSize: 8192, sharedExperts: 1,
            leadingDenseLayers: 1, layerStride: 2, denseFFNSize: 16384))

    static let qwen3Source = """
        Qwen Team 2025, Qwen3 Technical Report, arXiv:2505.09388: pre-trained on about 36 trillion tokens; model \
        cards (Qwen/Qwen3-*): 'Context Length: 32,768 natively' (131,072 with YaRN). Released config.json: GQA, \
        head_dim 128, SwiGLU, query/key RMS norms, vocab_size 151936, untied embeddings for the sizes here.
        """

    public static let qwen3_30B_A3B = ModelSpec(
        id: "qwen3-30b-a3b", name: "Qwen3-30B-A3B", year: 2025, layers: 48, hiddenSize: 2048, heads: 32, kvHeads: 4,
        ffnSize: 768, vocabulary: 151_936, contextLength: 32768,
        totalParameters: Parameters(30.5e9), activeParameters: Parameters(3.3e9), experts: 128, activeExperts: 8,
        trainingTokens: Tokens(36e12),
        source: qwen3Source + " Qwen3-30B-A3B card: 30.5B total, 3.3B activated, 48 layers, 32 Q / 4 KV heads, 128 "
            + "experts, 8 activated; config: hidden 2048, moe_intermediate_size 768.",
        asOf: "2025-04"
    )
    .with(
        headDim: 128, gated: true, tied: false,
        moe: MoEShape(routedExperts: 128, expertsPerToken: 8, expertFFNSize: 768))

    public static let qwen3_235B_A22B = ModelSpec(
        id: "qwen3-235b-a22b", name: "Qwen3-235B-A22B", year: 2025, layers: 94, hiddenSize: 4096, heads: 64,
        kvHeads: 4, ffnSize: 1536, vocabulary: 151_936, contextLength: 32768,
        totalParameters: Parameters(235e9), activeParameters: Parameters(22e9), experts: 128, activeExperts: 8,
        trainingTokens: Tokens(36e12),
        source: qwen3Source + " Qwen3-235B-A22B card: '235B in total and 22B activated', 94 layers, 64 Q / 4 KV "
            + "heads, 128 experts, 8 activated; config: hidden 4096, moe_intermediate_size 1536.",
        asOf: "2025-04"
    )
    .with(
        headDim: 128, gated: true, tied: false,
        moe: MoEShape(routedExperts: 128, expertsPerToken: 8, expertFFNSize: 1536))

    static let gptOssSource = """
        OpenAI 2025, gpt-oss-120b & gpt-oss-20b model card, Table 1: 116.83B total / 5.13B active per token \
        (120b, 36 layers, 128 experts) and 20.91B / 3.61B (20b, 24 layers, 32 experts), 4 experts per token, \
        alternating banded (128-token window) and dense attention, 64 query heads of 64 dims and 8 KV heads. OpenAI \
        counts active parameters without the input embedding. Released config.json: hidden 2880, \
        intermediate_size 2880, vocab_size 201088, untied, initial_context_length 4096 (extended with YaRN to \
        131,072). Training tokens not disclosed.
        """

    public static let gptOss120B = ModelSpec(
        id: "gpt-oss-120b", name: "gpt-oss-120b", year: 2025, layers: 36, hiddenSize: 2880, heads: 64, kvHeads: 8,
        ffnSize: 2880, vocabulary: 201_088, contextLength: 4096,
        totalParameters: Parameters(116.83e9), activeParameters: Parameters(5.13e9), experts: 128, activeExperts: 4,
        source: gptOssSource, asOf: "2025-08"
    )
    .with(
        headDim: 64, gated: true, tied: false,
        moe: MoEShape(routedExperts: 128, expertsPerToken: 4, expertFFNSize: 2880),
        window: SlidingWindowAttention(window: 128, localPerGlobal: 1))

    public static let gptOss20B = ModelSpec(
        id: "gpt-oss-20b", name: "gpt-oss-20b", year: 2025, layers: 24, hiddenSize: 2880, heads: 64, kvHeads: 8,
        ffnSize: 2880, vocabulary: 201_088, contextLength: 4096,
        totalParameters: Parameters(20.91e9), activeParameters: Parameters(3.61e9), experts: 32, activeExperts: 4,
        source: gptOssSource, asOf: "2025-08"
    )
    .with(
        headDim: 64, gated: true, tied: false,
        moe: MoEShape(routedExperts: 32, expertsPerToken: 4, expertFFNSize: 2880),
        window: SlidingWindowAttention(window: 128, localPerGlobal: 1))

    public static let dbrx = ModelSpec(
        id: "dbrx", name: "DBRX", year: 2024, layers: 40, hiddenSize: 6144, heads: 48, kvHeads: 8, ffnSize: 10752,
        vocabulary: 100_352, contextLength: 32768,
        totalParameters: Parameters(132e9), activeParameters: Parameters(36e9), experts: 16, activeExperts: 4,
        trainingTokens: Tokens(12e12),
        source: """
            Databricks 2024, DBRX (Hugging Face transformers model documentation, 'DBRX'): 'a fine-grained \
            mixture-of-experts (MoE) architecture with 132B total parameters of which 36B parameters are active on \
            any input', 'pre-trained on 12T tokens', '16 experts and chooses 4', RoPE, gated linear units, GQA, \
            'maximum context length of 32K tokens'. Released config.json (databricks/dbrx-base, DbrxForCausalLM; as \
            mirrored on the Hugging Face hub): d_model 6144, n_layers 40, n_heads 48, attn_config.kv_n_heads 8, \
            ffn_config.ffn_hidden_size 10752, moe_num_experts 16, moe_top_k 4, vocab_size 100352, max_seq_len \
            32768, tie_word_embeddings false.
            """,
        asOf: "2024-03"
    )
    .with(gated: true, tied: false, moe: MoEShape(routedExperts: 16, expertsPerToken: 4, expertFFNSize: 10752))
}
