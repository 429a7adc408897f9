/// The few global constants of the step-time and memory models, in one documented, overridable preset.
///
/// Six are fitted once, globally, on the development set (``default`` says how and on which rows):
/// ``gemmPeakEfficiency``, ``fp8GemmEfficiency``, ``attentionEfficiency``,
/// ``elementwiseTrafficPerActivationByte``, and for mixtures of experts ``moeLayerHostSeconds`` and
/// ``groupedGemmEfficiency``. The others come from measurements, vendor code or how the
/// software works (see each property). No row of the development set has its own constant, and no
/// framework or accelerator either: those differ only through their documented figures
/// (``FrameworkProfile``, ``PlanHardware``).
public struct StepTimeConstants: Sendable, Hashable {
    /// Fraction of the BF16 peak a large GEMM sustains in training, `η` (fitted). It also absorbs the
    /// per-step costs the model does not itemise (data loading, logging, clock throttling under load).
    public var gemmPeakEfficiency: Double
    /// Fraction of the FP8 peak a large FP8 GEMM sustains, `η₈` (fitted; scaling-factor bookkeeping and
    /// the casts' launch overheads are in it; the casts' HBM traffic is counted separately).
    public var fp8GemmEfficiency: Double
    /// Fraction of the BF16 peak a native fused attention kernel sustains on the causal attention FLOP,
    /// forward and backward alike, `η_a` (fitted).
    public var attentionEfficiency: Double
    /// HBM bytes the memory-bound (element-wise) kernels of a forward pass move per byte of activation
    /// Korthikanti et al. 2022 count as stored, `c_e` (fitted): norms, rotary embedding, activation
    /// functions, residual additions, dropout; the backward pass moves twice as much.
    public var elementwiseTrafficPerActivationByte: Double
    /// Fixed time of one kernel (launch, prologue and tail), seconds: 2 µs, the order of a CUDA kernel
    /// launch. Not fitted: the development set has no model small enough to constrain it.
    public var kernelSeconds: Double
    /// Kernels per layer besides the four GEMMs in a forward pass (two norms, rotary, activation, two
    /// residual additions, attention, casts): 10, counted from a Llama-style layer.
    public var kernelsPerLayer: Double
    /// Achieved bus bandwidth over the scale-up link ÷ the link's one-way bandwidth.
    /// NCCL all-reduce on a DGX A100 reaches about 230 GB/s bus bandwidth of 300 GB/s NVLink (≈ 0.77).
    public var scaleUpEfficiency: Double
    /// The same for the scale-out network: NCCL reaches about 20 of 25 GB/s per HDR NIC (≈ 0.8).
    public var scaleOutEfficiency: Double
    /// Fixed latency of one collective call, seconds: 8.4 µs, NCCL's base latency of the ring algorithm with
    /// the Simple protocol (NVIDIA/nccl `src/graph/tuning.cc`, `baseLat`).
    public var collectiveBaseLatency: Double
    /// Latency per ring step over the scale-up link, seconds: 3.4 µs, NCCL's NVLink ring/Simple `hwLat`.
    public var scaleUpStepLatency: Double
    /// Latency per ring step across the network, seconds: 9.6 µs, NCCL's network ring/Simple `hwLat`.
    public var scaleOutStepLatency: Double
    /// HBM bytes moved per parameter by the Adam step: read FP32 master, m, v, FP32 gradient
    /// (16 bytes), write master, m, v and the BF16 weight (14 bytes).
    public var optimizerBytesPerParameter: Double
    /// Bytes per element of activations and of the activations that are communicated (BF16/FP16).
    public var activationElementBytes: Double
    /// Device memory taken before the plan allocates anything: CUDA context, NCCL buffers, cuBLAS/cuDNN
    /// workspaces, bytes. A stated assumption: 2 GB (a CUDA context alone is about 0.5 GB on Hopper).
    public var contextBytes: Double
    /// Fraction of the rest lost to the caching allocator's fragmentation. A stated assumption: 5%.
    public var allocatorReserveFraction: Double
    /// Compute units (SMs) the all-to-all kernels occupy while they run behind computation, `n_comm`: 20, what
    /// DeepSeek-V3's dispatch and combine kernels need to saturate IB and NVLink on an H800 (arXiv:2412.19437,
    /// Sec. 3.2.2: "only 20 SMs are sufficient"). The overlapped computation runs on the other `U − n_comm`.
    public var communicationUnits: Double
    /// Host time of one MoE layer's forward pass, `t_h`, seconds (fitted; the backward pass takes `2·t_h`): dropless
    /// routing synchronizes the host with the device in every MoE layer (the host must learn how many tokens each
    /// expert got before it can launch the permutation, the all-to-all and the grouped GEMMs), so the launches of
    /// the layer's several dozen small kernels cannot run ahead of the GPU, and a layer whose GPU work is shorter
    /// waits for them: `T_layer,moe ≥ 3·t_h` ("small expert GEMMs + host overhead", the compute-efficiency wall of
    /// NVIDIA's MoE training guide; the reason for Megatron-Core's `moe_router`/`moe_preprocess` CUDA graphs).
    public var moeLayerHostSeconds: Double
    /// Efficiency of the routed experts' grouped GEMMs relative to a dense GEMM of the same shapes, `ε_g` (fitted):
    /// one kernel over many small problems with per-expert offsets, scales and tails, the expert-load metadata
    /// and the FP8 quantization of every expert's input (NVIDIA's MoE training guide: "small expert GEMMs").
    public var groupedGemmEfficiency: Double

    public init(
        gemmPeakEfficiency: Double, fp8GemmEfficiency: Double, attentionEfficiency: Double,
        elementwiseTrafficPerActivationByte: Double, kernelSeconds: Double, kernelsPerLayer: Double,
        scaleUpEfficiency: Double, scaleOutEfficiency: Double, collectiveBaseLatency: Double,
        scaleUpStepLatency: Double, scaleOutStepLatency: Double, optimizerBytesPerParameter: Double,
        activationElementBytes: Double, contextBytes: Double, allocatorReserveFraction: Double,
        communicationUnits: Double = 20, moeLayerHostSeconds: Double = 0,
        groupedGemmEfficiency: Double = 1
    ) {
        self.gemmPeakEfficiency = gemmPeakEfficiency
        self.fp8GemmEfficiency = fp8GemmEfficiency
        self.attentionEfficiency = attentionEfficiency
        self.elementwiseTrafficPerActivationByte = elementwiseTrafficPerActivationByte
        self.kernelSeconds = kernelSeconds
        self.kernelsPerLayer = kernelsPerLayer
        self.scaleUpEfficiency = scaleUpEfficiency
        self.scaleOutEfficiency = scaleOutEfficiency
        self.collectiveBaseLatency = collectiveBaseLatency
        self.scaleUpStepLatency = scaleUpStepLatency
        self.scaleOutStepLatency = scaleOutStepLatency
        self.optimizerBytesPerParameter = optimizerBytesPerParameter
        self.activationElementBytes = activationElementBytes
        self.contextBytes = contextBytes
        self.allocatorReserveFraction = allocatorReserveFraction
        self.communicationUnits = communicationUnits
        self.moeLayerHostSeconds = moeLayerHostSeconds
        self.groupedGemmEfficiency = groupedGemmEfficiency
    }

    /// GEMM efficiency at `precision`: ``gemmPeakEfficiency`` or ``fp8GemmEfficiency``.
    @inlinable public func gemmEfficiency(_ precision: TrainingPrecision) -> Double {
        precision == .bf16 ? gemmPeakEfficiency : fp8GemmEfficiency
    }

    /// The preset. The six fitted constants minimise the mean absolute log error of predicted tokens/s over the
    /// calibration rows of `reckon validate` (`ValidationCase.calibration`: rows measured on hardware at its rated
    /// power: Narayanan et al. 2021 Table 1, MT-NLG, GPT-NeoX, TinyLlama, LLaMA/Llama 2, Megatron-Bridge 25.11 dense
    /// and MoE (DeepSeek-V3, Qwen3, GPT-OSS; GB300, GB200, B200, H100) and 25.09 DeepSeek-V3, NeMo 24.07, NeMo
    /// long-context, torchtitan on A100 and H200), by coordinate descent (`swift run -c release reckon-bench fit`
    /// reruns it and prints the optimum), once over all of them:
    /// η = 0.614, η₈ = 0.612, η_a = 0.314, c_e = 1.26, t_h = 3.78 ms, ε_g = 0.530,
    /// mean |ln(predicted/published)| = 0.1028 over 66 rows (0.0859 over the 46 dense ones, 0.142 over the 17 MoE).
    /// Before the MoE rows entered (issue 13): η₈ = 0.588 over 45 dense rows, loss 0.0856; the MoE terms and the FP8
    /// changes of issue 14 (BF16 output layer, recipe casts) moved only η₈. `reckon validate` lists every row's error.
    public static let `default` = StepTimeConstants(
        gemmPeakEfficiency: 0.614, fp8GemmEfficiency: 0.612, attentionEfficiency: 0.314,
        elementwiseTrafficPerActivationByte: 1.26, kernelSeconds: 2e-6, kernelsPerLayer: 10,
        scaleUpEfficiency: 0.77, scaleOutEfficiency: 0.8, collectiveBaseLatency: 8.4e-6, scaleUpStepLatency: 3.4e-6,
        scaleOutStepLatency: 9.6e-6, optimizerBytesPerParameter: 30, activationElementBytes: 2, contextBytes: 2e9,
        allocatorReserveFraction: 0.05, communicationUnits: 20, moeLayerHostSeconds: 3.78e-3,
        groupedGemmEfficiency: 0.530)
}
