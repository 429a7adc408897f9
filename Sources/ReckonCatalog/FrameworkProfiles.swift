import ReckonCore

/// The training frameworks the plan model knows (``FrameworkProfile``), with the source of every default.
///
/// A profile says which plan features exist and what is overlapped *as the framework is run in the
/// published configurations it is known by* (for Megatron-Core and NeMo: NVIDIA's performance recipes,
/// which turn the overlaps on; their command-line defaults leave most off). Look one up by ID with
/// ``profile(_:)`` (case-insensitive, "did you mean").
public enum FrameworkProfiles {
    /// Megatron-LM as of Narayanan et al. 2021 (arXiv:2104.04473): 3D parallelism with the interleaved
    /// schedule, no sequence/context parallelism, no distributed optimizer, nothing overlapped.
    public static let megatronLM2021 = FrameworkProfile(
        id: "megatron-lm-2021", name: "Megatron-LM (2021)",
        tensorParallel: true, pipelineParallel: true, interleavedSchedule: true, sequenceParallel: false,
        contextParallel: false, expertParallel: false, zeroStages: [0], fp8: false, unevenPipeline: false,
        partialRecompute: false, selectiveRecompute: .attentionCore, overlap: .none, attention: .unfused,
        gradientBytes: 2, gradientBucketBytes: nil, pipelineScatterGather: true, fp8ParameterGather: false,
        sources: [
            "interleavedSchedule": "Narayanan et al. 2021, Sec. 2.2.2 (interleaved 1F1B)",
            "pipelineScatterGather": "Narayanan et al. 2021, Sec. 4.1 (scatter/gather of pipeline sends over TP ranks)",
            "overlap": "Narayanan et al. 2021, Sec. 5: data-parallel all-reduce after the backward pass; blocking "
                + "pipeline sends; TP all-reduces on the critical path (Shoeybi et al. 2019)",
            "sequenceParallel": "introduced later (Korthikanti et al. 2022, arXiv:2205.05198)",
            "zeroStages": "no distributed optimizer in 2021 (added to Megatron-LM in 2022)",
            "attention": "scores materialised, fused softmax only (Megatron-LM 2021 kernels)",
            "gradientBytes": "FP16 gradients all-reduced (mixed precision with FP32 master weights)",
            "unevenPipeline": "the number of layers must be divisible by the pipeline size (Megatron-LM 2021 "
                + "arguments)",
        ])

    /// Megatron-DeepSpeed, as used for MT-NLG 530B (Smith et al. 2022, arXiv:2201.11990): Megatron tensor
    /// parallelism inside DeepSpeed's pipeline engine with ZeRO-1.
    public static let megatronDeepSpeed = FrameworkProfile(
        id: "megatron-deepspeed", name: "Megatron-DeepSpeed",
        tensorParallel: true, pipelineParallel: true, interleavedSchedule: false, sequenceParallel: false,
        contextParallel: false, expertParallel: false, zeroStages: [0, 1], fp8: false, unevenPipeline: true,
        partialRecompute: false, selectiveRecompute: .attentionCore, overlap: .none, attention: .unfused,
        gradientBytes: 2, gradientBucketBytes: 1e9, pipelineScatterGather: false, fp8ParameterGather: false,
        sources: [
            "interleavedSchedule": "DeepSpeed pipeline engine: one 1F1B TrainSchedule per stage (DeepSpeed pipeline "
                + "docs)",
            "zeroStages": "ZeRO-2/3 are incompatible with DeepSpeed pipeline parallelism; MT-NLG used ZeRO-1 (Smith "
                + "et al. 2022, Sec. 3)",
            "overlap": "DeepSpeed config 'overlap_comm' defaults to false; the pipeline engine reduces gradients "
                + "after the pipeline flush and sends activations with blocking point-to-point calls",
            "gradientBucketBytes": "DeepSpeed 'reduce_bucket_size' default 5e8 elements = 1 GB of FP16 gradients",
            "pipelineScatterGather": "the pipeline engine sends each TP rank's full activation tensor",
            "unevenPipeline": "DeepSpeed PipelineModule partition_method 'parameters' balances layers unevenly",
            "attention": "Megatron 2021 kernels (Smith et al. 2022)",
        ])

    /// Megatron-Core as NVIDIA runs it in its published performance configurations (Megatron-Bridge /
    /// NeMo recipes): every parallelism, distributed optimizer or Megatron FSDP, FP8 through Transformer
    /// Engine, gradient/parameter/TP/pipeline communication overlapped.
    public static let megatronCore = FrameworkProfile(
        id: "megatron-core", name: "Megatron-Core",
        tensorParallel: true, pipelineParallel: true, interleavedSchedule: true, sequenceParallel: true,
        contextParallel: true, expertParallel: true, zeroStages: [0, 1, 3], fp8: true, unevenPipeline: true,
        partialRecompute: true, selectiveRecompute: .attentionCore,
        overlap: OverlapProfile(
            gradientReduce: 1, parameterGather: 1, tensorParallel: 1, pipeline: 1,
            expertAllToAll: 1),
        attention: .native,
        gradientBytes: 4, gradientBucketBytes: 40e6 * 4, pipelineScatterGather: true, fp8ParameterGather: false,
        expertDispatcher: .deduplicated, fp8Recipe: .tensorwise, recomputesNormsAndLatentUpProjections: true,
        sources: megatronCoreSources)

    static let megatronCoreSources: [String: String] = [
        "overlap.gradientReduce": "--overlap-grad-reduce: 'overlap grad all-reduce / reduce-scatter with backward "
            + "compute' (megatron/core/distributed/distributed_data_parallel_config.py)",
        "overlap.parameterGather": "--overlap-param-gather: 'overlap param all-gather with forward compute' (same "
            + "file; needs the distributed optimizer)",
        "overlap.tensorParallel": "--tp-comm-overlap: Transformer Engine userbuffers overlap of TP communication "
            + "with GEMMs (Megatron-Core arguments)",
        "overlap.pipeline": "--overlap-p2p-communication of the interleaved schedule (Megatron-Core pipeline "
            + "schedules)",
        "gradientBucketBytes": "bucket_size default max(40,000,000, 1,000,000·dp) parameters "
            + "(DistributedDataParallelConfig docstring), 4-byte gradients",
        "gradientBytes": "FP32 main gradients (--accumulate-allreduce-grads-in-fp32 for BF16); distributed optimizer "
            + "memory 6 + 12/d bytes per parameter (Megatron-LM docs, distributed optimizer)",
        "zeroStages": "0: DDP, 1: --use-distributed-optimizer, 3: Megatron FSDP (--use-megatron-fsdp)",
        "partialRecompute": "--recompute-granularity full --recompute-method block --recompute-num-layers N",
        "unevenPipeline": "--decoder-first-pipeline-num-layers / --decoder-last-pipeline-num-layers",
        "attention": "Transformer Engine fused attention (cuDNN) kernels",
        "fp8": "Transformer Engine FP8 (--fp8-format hybrid)",
        "contextParallel": "--context-parallel-size (ring attention with load-balanced chunks)",
        "expertParallel": "--expert-model-parallel-size inside the data-parallel ranks, --expert-tensor-parallel-size "
            + "(Megatron-Core MoE README)",
        "overlap.expertAllToAll": "--overlap-moe-expert-parallel-comm: the all-to-all of one micro-batch behind the "
            + "computation of another (Megatron-Core MoE README; Megatron-Bridge performance configs "
            + "'moe_a2a_overlap')",
        "recomputesNormsAndLatentUpProjections": "--recompute-modules layernorm mla_up_proj (fine-grained "
            + "recomputation, Megatron-Core v0.13; the Megatron-Bridge DeepSeek-V3 configs recompute 'mla_up_proj')",
        "expertDispatcher": "--moe-token-dispatcher-type flex with the DeepEP / HybridEP backends "
            + "(Megatron-Bridge performance configs 'moe_flex_dispatcher_backend')",
        "fp8Recipe": "Transformer Engine current (tensorwise) scaling, '--fp8-recipe tensorwise' (Megatron-Bridge "
            + "'FP8-CS'); delayed, mxfp8 and blockwise are the other recipes it runs",
        "recipes": "overlaps as enabled in NVIDIA's Megatron-Bridge/NeMo performance recipes (Megatron-Bridge "
            + "performance summary); the raw Megatron-LM command line leaves them off",
    ]

    /// NeMo (2.x and 24.x), NVIDIA's framework built on Megatron-Core: the same features and, in its
    /// performance recipes, the same overlaps.
    public static let nemo: FrameworkProfile = {
        var p = megatronCore
        p.id = "nemo"
        p.name = "NVIDIA NeMo (Megatron-Core)"
        p.sources = megatronCoreSources.merging([
            "recipes": "NeMo LLM performance recipes set tp_comm_overlap, overlap_grad_reduce, overlap_param_gather "
                + "and overlap_p2p_comm (NVIDIA/NeMo performance summary and recipe configs)"
        ]) { _, new in new }
        return p
    }()

    /// PyTorch FSDP (torch.distributed.fsdp, FSDP1): data parallelism with full (ZeRO-3) or gradient/optimizer
    /// (ZeRO-2) sharding, nothing else.
    public static let fsdp = FrameworkProfile(
        id: "fsdp", name: "PyTorch FSDP",
        tensorParallel: false, pipelineParallel: false, interleavedSchedule: false, sequenceParallel: false,
        contextParallel: false, expertParallel: false, zeroStages: [0, 2, 3], fp8: false, unevenPipeline: false,
        partialRecompute: false, selectiveRecompute: .attentionCore,
        overlap: OverlapProfile(gradientReduce: 1, parameterGather: 1, tensorParallel: 0, pipeline: 0),
        attention: .flashAttention2, gradientBytes: 4, gradientBucketBytes: 25 * 1_048_576,
        pipelineScatterGather: false, fp8ParameterGather: false,
        sources: [
            "zeroStages": "ShardingStrategy NO_SHARD (DDP), SHARD_GRAD_OP (ZeRO-2), FULL_SHARD (ZeRO-3) (PyTorch "
                + "FSDP docs)",
            "overlap": "backward_prefetch=BACKWARD_PRE by default; the next unit's all-gather is issued ahead on a "
                + "separate stream in the forward (limit_all_gathers=True) (PyTorch FSDP docs)",
            "gradientBucketBytes": "DDP bucket_cap_mb = 25 for NO_SHARD (PyTorch DistributedDataParallel docs)",
            "gradientBytes": "MixedPrecision(reduce_dtype=torch.float32), FP32 sharded gradients",
            "attention": "torch.nn.functional.scaled_dot_product_attention, flash backend (FlashAttention-2 kernels)",
        ])

    /// DeepSpeed ZeRO stages 1–3 on their own (no Megatron tensor or pipeline parallelism).
    public static let deepSpeedZeRO = FrameworkProfile(
        id: "deepspeed-zero", name: "DeepSpeed ZeRO",
        tensorParallel: false, pipelineParallel: false, interleavedSchedule: false, sequenceParallel: false,
        contextParallel: false, expertParallel: false, zeroStages: [0, 1, 2, 3], fp8: false, unevenPipeline: false,
        partialRecompute: false, selectiveRecompute: .attentionCore,
        overlap: OverlapProfile(gradientReduce: 0, parameterGather: 1, tensorParallel: 0, pipeline: 0),
        attention: .flashAttention2, gradientBytes: 2, gradientBucketBytes: 1e9, pipelineScatterGather: false,
        fp8ParameterGather: false,
        sources: [
            "zeroStages": "zero_optimization.stage 0–3 (DeepSpeed configuration JSON docs)",
            "overlap.gradientReduce": "'overlap_comm' default false (DeepSpeed configuration docs)",
            "overlap.parameterGather": "ZeRO-3 prefetching, stage3_prefetch_bucket_size 5e7 (DeepSpeed configuration "
                + "docs)",
            "gradientBucketBytes": "'reduce_bucket_size' default 5e8 elements = 1 GB of 16-bit gradients",
            "gradientBytes": "16-bit gradients with FP32 master weights in the optimizer (Rajbhandari et al. 2020)",
            "attention": "the model's own attention; PyTorch SDPA (FlashAttention-2 kernels) assumed",
        ])

    /// torchtitan, PyTorch's native large-model trainer: FSDP2 with TP (DTensor), pipeline schedules, context
    /// parallelism and torchao Float8.
    public static let torchtitan = FrameworkProfile(
        id: "torchtitan", name: "torchtitan",
        tensorParallel: true, pipelineParallel: true, interleavedSchedule: true, sequenceParallel: true,
        contextParallel: true, expertParallel: true, zeroStages: [0, 3], fp8: true, unevenPipeline: true,
        partialRecompute: false, selectiveRecompute: .perOperator,
        overlap: OverlapProfile(gradientReduce: 1, parameterGather: 1, tensorParallel: 0, pipeline: 0),
        attention: .flashAttention2, gradientBytes: 4, gradientBucketBytes: nil, pipelineScatterGather: false,
        fp8ParameterGather: false, fp8Recipe: .tensorwise,
        sources: [
            "zeroStages": "data_parallel_replicate_degree (DDP) and data_parallel_shard_degree (FSDP2 fully_shard "
                + "per transformer block) (torchtitan parallelism docs)",
            "overlap.gradientReduce": "FSDP2 reduce-scatters each block's gradients as its backward finishes "
                + "(torch.distributed.fsdp.fully_shard)",
            "overlap.parameterGather": "FSDP2 implicit forward/backward prefetching of the next block's all-gather",
            "overlap.tensorParallel": "enable_async_tensor_parallel defaults to false (torchtitan job config)",
            "overlap.pipeline": "not documented as overlapped: counted in full",
            "selectiveRecompute": "activation_checkpoint mode 'selective', option 'op': saves the outputs of every "
                + "other matmul and recomputes the rest (torchtitan apply_ac policy)",
            "fp8": "torchao float8 linears (--model.converters float8)",
            "fp8Recipe": "torchao Float8LinearConfig default: dynamic tensorwise scaling",
            "fp8ParameterGather": "enable_fsdp_float8_all_gather defaults to false (torchtitan float8 config)",
            "gradientBytes": "mixed_precision_reduce defaults to float32 (torchtitan job config)",
            "attention": "torch.nn.functional.scaled_dot_product_attention, flash backend (FlashAttention-2 kernels)",
            "unevenPipeline": "pipeline stages split by layer count, first/last stages may be shorter (torchtitan "
                + "pipeline_parallel_split_points)",
        ])

    /// Effective fraction of TP communication torchtitan's async TP hides: 0.5, fitted once on the three
    /// vanilla/async pairs of the development set (torchtitan 2025-06 async-TP benchmark: 1.09–1.16× speed-ups
    /// where full overlap would give 1.3×). Used for runs that set `enable_async_tensor_parallel`.
    public static let torchtitanAsyncTensorParallelOverlap = 0.5

    /// HAI-LLM, DeepSeek's framework, as DeepSeek-V3 was trained with it (DeepSeek-AI 2024, arXiv:2412.19437,
    /// Sec. 3.1–3.3): DualPipe pipelines with the all-to-all and pipeline traffic hidden behind computation,
    /// expert parallelism over nodes with node-limited, deduplicated dispatch (IB to the target node, NVLink
    /// inside it) in FP8, ZeRO-1 data parallelism, FP8 GEMMs with 1×128 / 128×128 scaling, FP8-cached
    /// activations, BF16 Adam moments.
    public static let haiLLM = FrameworkProfile(
        id: "hai-llm", name: "HAI-LLM (DeepSeek-V3)",
        tensorParallel: true, pipelineParallel: true, interleavedSchedule: false, sequenceParallel: false,
        contextParallel: false, expertParallel: true, zeroStages: [0, 1], fp8: true, unevenPipeline: true,
        partialRecompute: false, selectiveRecompute: .attentionCore,
        overlap: OverlapProfile(
            gradientReduce: 1, parameterGather: 1, tensorParallel: 0, pipeline: 1,
            expertAllToAll: 1),
        attention: .native, gradientBytes: 4, gradientBucketBytes: nil, pipelineScatterGather: false,
        fp8ParameterGather: false, expertDispatcher: .deduplicated, fp8Dispatch: true, pipelineSchedule: .dualPipe,
        fp8Recipe: .blockwise, fp8ActivationStorage: true, recomputesNormsAndLatentUpProjections: true,
        optimizerStateBytes: 8,
        sources: [
            "pipelineSchedule": "Sec. 3.2.1 DualPipe: bubble (PP/2 − 1)(F&B + B − 3W), two copies of the parameters "
                + "(Table 2)",
            "overlap": "Sec. 3.2.1: 'both all-to-all and PP communication can be fully hidden during execution'; "
                + "Sec. 3.2.2: 20 SMs for communication",
            "expertDispatcher": "Sec. 3.2.2: tokens sent over IB to the GPU with the same in-node index on each "
                + "target node, then forwarded over NVLink; each token to at most 4 nodes",
            "fp8Dispatch": "Sec. 3.3.2: activations before the MoE up-projections quantized to FP8 for dispatch; "
                + "the combine stays BF16",
            "fp8Recipe": "Sec. 3.3.2: 1×128 tile-wise activations, 128×128 block-wise weights",
            "fp8ActivationStorage": "Sec. 3.3.3: activations cached in FP8 for the backward pass of Linear operators",
            "recomputesNormsAndLatentUpProjections": "Sec. 3.2.3: 'recompute all RMSNorm operations and MLA "
                + "up-projections during back-propagation'",
            "optimizerStateBytes": "Sec. 3.3.3: 'BF16 data format instead of FP32 to track the first and second "
                + "moments in the AdamW optimizer'; FP32 master weights and gradients",
            "zeroStages": "Sec. 3.1: 'ZeRO-1 Data Parallelism'",
            "tensorParallel": "Sec. 3.2.3: V3 was trained 'without using the costly Tensor Parallelism'; the "
                + "framework has it, so the search may use it",
            "interleavedSchedule": "DualPipe replaces the interleaved 1F1B schedule",
            "attention": "DeepSeek's own fused attention kernels on Hopper (Sec. 3.3.1 keeps attention in BF16); "
                + "native kernels assumed",
        ])

    /// Every built-in profile.
    public static let all: [FrameworkProfile] = [
        megatronLM2021, megatronDeepSpeed, megatronCore, nemo, fsdp, deepSpeedZeRO, torchtitan, haiLLM,
    ]

    /// The profile `reckon plan` and `reckon train` use when none is named: Megatron-Core, the framework of
    /// NVIDIA's published performance results.
    public static let `default` = megatronCore

    /// Common spellings → profile ID.
    public static let aliases: [String: String] = [
        "megatron": "megatron-core", "mcore": "megatron-core", "megatron-lm": "megatron-core",
        "megatron-2021": "megatron-lm-2021", "megatron-ds": "megatron-deepspeed", "nemo2": "nemo",
        "pytorch-fsdp": "fsdp", "fsdp1": "fsdp", "deepspeed": "deepspeed-zero", "zero": "deepspeed-zero",
        "titan": "torchtitan", "hai": "hai-llm", "deepseek": "hai-llm", "dualpipe": "hai-llm",
    ]

    /// The profile with this ID (case-insensitive; aliases accepted); an unknown ID is refused with the
    /// closest IDs.
    public static func profile(_ id: String) throws -> FrameworkProfile {
        let key = Catalog.normalize(id)
        let resolved = aliases[key] ?? key
        if let hit = all.first(where: { $0.id == resolved }) { return hit }
        var error = Catalog.unknown(field: "framework", id: id, known: all.map(\.id), aliases: aliases)
        error.allowed = "one of " + all.map(\.id).joined(separator: ", ")
        throw error
    }
}
