/// Forward-pass time of one transformer layer for one micro-batch on one GPU, by kind of work, and the
/// output layer's.
///
/// Depends only on TP ways `t`, CP ways `c`, micro-batch `b`, precision and the framework's kernels, so a
/// plan search computes it once per (t, c, b) and reuses it for every pipeline depth, recompute mode and
/// ZeRO stage.
public struct LayerCost: Sendable, Hashable {
    /// Dense GEMMs of the layer, forward, s (``GemmTiming``).
    public var gemmSeconds: Double
    /// QKᵀ and attention × V, forward, s.
    public var attentionSeconds: Double
    /// The same, backward, s (a fused kernel recomputes the scores here).
    public var attentionBackwardSeconds: Double
    /// Element-wise kernels, forward, without / with sequence parallelism, s (FP8 casts included).
    public var elementwiseSeconds: Double
    public var elementwiseSecondsSequenceParallel: Double
    /// The `s²` softmax/dropout traffic of an unfused attention core (recomputed under selective
    /// recomputation; 0 with a fused kernel), s.
    public var attentionElementwiseSeconds: Double
    /// Fixed kernel time of the layer's non-GEMM kernels, forward, s.
    public var fixedSeconds: Double
    /// The output (logit) GEMM, forward, s (paid on the last pipeline stage).
    public var logitSeconds: Double
    /// Softmax and cross-entropy over the FP32 logits, forward, s.
    public var lossSeconds: Double
    /// TP communication of one pass without / with sequence parallelism (0 when t = 1), before overlap, s.
    public var tensorParallelSeconds: Double
    public var tensorParallelSecondsSequenceParallel: Double
    /// The forward ring exchange of key/value blocks between the CP ranks, before any overlap
    /// (0 when c = 1), s.
    public var contextParallelSeconds: Double

    @inlinable
    public init(gemmSeconds: Double, attentionSeconds: Double, attentionBackwardSeconds: Double,
                elementwiseSeconds: Double, elementwiseSecondsSequenceParallel: Double,
                attentionElementwiseSeconds: Double, fixedSeconds: Double, logitSeconds: Double, lossSeconds: Double,
                tensorParallelSeconds: Double, tensorParallelSecondsSequenceParallel: Double,
                contextParallelSeconds: Double) {
        self.gemmSeconds = gemmSeconds; self.attentionSeconds = attentionSeconds
        self.attentionBackwardSeconds = attentionBackwardSeconds; self.elementwiseSeconds = elementwiseSeconds
        self.elementwiseSecondsSequenceParallel = elementwiseSecondsSequenceParallel
        self.attentionElementwiseSeconds = attentionElementwiseSeconds; self.fixedSeconds = fixedSeconds
        self.logitSeconds = logitSeconds; self.lossSeconds = lossSeconds
        self.tensorParallelSeconds = tensorParallelSeconds
        self.tensorParallelSecondsSequenceParallel = tensorParallelSecondsSequenceParallel
        self.contextParallelSeconds = contextParallelSeconds
    }

    /// The forward costs of one layer.
    ///
    /// ```
    /// T_gemm = Σ_i G(M_i, K_i, N_i)                       G = GemmTiming at the precision's peak and η
    ///   QKV:  M = b·s',  K = h,    N = (h + 2·h·k/a)/t
    ///   proj: M = b·s',  K = h/t,  N = h
    ///   MLP:  M = b·s',  K = h,    N = (m−1)·f/t   and   K = f/t, N = h     (× E_a for MoE)
    /// fused:    T_attn = 2·b·s'·s·h/t / (F_bf16·η_a·φ)     causal: half of the 4·b·s'·s·h/t score FLOP
    ///           T_attn,bwd = 2.5·T_attn                    5 matmuls against the forward's 2
    /// unfused:  T_attn = G(b·s'·a/t, h/a, s) + G(b·s'·a/t, s, h/a),  T_attn,bwd = 2·T_attn
    /// T_elem  = c_e·(A_lin + A_core)/B_hbm + 3·b·s'·(2h + h/t + E_a·f/t)/B_hbm (FP8 casts of the GEMM inputs)
    /// T_fix   = n_k · t_k
    /// T_logit = G(b·s', h, V/t),   T_loss = c_e · 4·b·s'·V/t / B_hbm
    /// T_tp    = 2 · AR(t, b·s'·h·β)      (no SP)    or    2 · (RS + AG)(t, b·s'·h·β)   (SP)
    /// T_cp    = AG(c, 2·s·b·h·(k/a)/t·β) over the CP group (stride t)
    /// s' = s/c
    /// ```
    /// - `A_lin`, `A_core`: the linear and attention-core terms of ``MemoryModel/activationBytesPerLayer``
    ///   without recomputation; `φ` = 1 for native kernels, ``PlanHardware/portableAttentionFraction`` for
    ///   FlashAttention-2-class kernels; collectives are ``CollectiveCost`` (TP group stride 1).
    /// - Context parallelism: every GEMM, element-wise kernel and TP collective sees `s/c` tokens; causal
    ///   attention is load-balanced over `2c` chunks (Megatron-Core; Llama 3 Sec. 3.3.2), so each rank does
    ///   `1/c` of it; in `c − 1` ring steps each rank receives every other rank's keys and values.
    /// Sources: FlashAttention-2 (Dao 2023, arXiv:2307.08691) Sec. 3 for the backward/forward ratio and the
    /// causal saving; ring attention (Liu et al. 2023, arXiv:2310.01889); FP8 casting as Transformer Engine
    /// does it (inputs cast before each FP8 GEMM; Micikevicius et al. 2022, arXiv:2209.05433).
    @inlinable
    public init(tp: Int, cp: Int = 1, microbatch: Int, precision: TrainingPrecision, problem: PlanProblem) {
        let c = problem.constants, hw = problem.hardware, shape = problem.shape, kernel = problem.framework.attention
        let t = Double(tp), b = Double(microbatch), s = Double(shape.sequenceLength), h = Double(shape.hidden)
        let a = Double(shape.heads), f = Double(shape.ffn), ea = Double(shape.activeExperts)
        let kv = Double(shape.kvHeads) / a
        let ways = Double(cp), local = s / ways
        let peak = hw.peak(precision), eta = c.gemmEfficiency(precision)
        let tokens = b * local
        @inline(__always) func gemm(_ m: Double, _ k: Double, _ n: Double) -> Double {
            GemmTiming.seconds(m: m, k: k, n: n, peak: peak, efficiency: eta, hardware: hw,
                               kernelSeconds: c.kernelSeconds)
        }
        let mlpIn = Double(shape.ffnMatrices - 1) * f / t
        let gemmSeconds = gemm(tokens, h, (h + 2 * h * kv) / t) + gemm(tokens, h / t, h)
            + ea * (gemm(tokens, h, mlpIn) + gemm(tokens, f / t, h))
        let attention: Double, backward: Double
        if kernel.isFused {
            let fraction = kernel == .native ? 1 : hw.portableAttentionFraction
            attention = 2 * b * local * s * h / t / (hw.peakFLOPPerSecond * c.attentionEfficiency * fraction)
            backward = 2.5 * attention
        } else {
            let rows = tokens * a / t, dh = h / a
            @inline(__always) func bf16(_ m: Double, _ k: Double, _ n: Double) -> Double {
                GemmTiming.seconds(m: m, k: k, n: n, peak: hw.peakFLOPPerSecond, efficiency: c.gemmPeakEfficiency,
                                   hardware: hw, kernelSeconds: c.kernelSeconds)
            }
            let scores = bf16(rows, dh, s) + bf16(rows, s, dh)
            attention = scores
            backward = 2 * scores
        }
        let traffic = c.elementwiseTrafficPerActivationByte / hw.memoryBandwidth
        let fused = kernel.isFused
        @inline(__always) func stored(_ sp: Bool) -> Double {
            MemoryModel.activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t, sequenceParallel: sp,
                                                recompute: .none, fusedAttention: fused, cp: ways)
        }
        let noSP = stored(false), withSP = stored(true)
        let casts = precision == .fp8 ? 3 * tokens * (2 * h + h / t + ea * f / t) / hw.memoryBandwidth : 0
        let core = fused ? 0 : 5 * a * s * local * b / t * traffic
        let activationBytes = tokens * h * c.activationElementBytes
        let allReduce = tp == 1 ? 0
            : 2 * CollectiveCost.seconds(.allReduce, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                                         constants: c)
        let scatterGather = tp == 1 ? 0
            : 2 * (CollectiveCost.seconds(.reduceScatter, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                                          constants: c)
                + CollectiveCost.seconds(.allGather, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                                         constants: c))
        let ring = cp == 1 ? 0
            : CollectiveCost.seconds(.allGather, ranks: cp, stride: tp,
                                     bytes: 2 * s * b * h * kv / t * c.activationElementBytes,
                                     hardware: hw, constants: c)
        let vocabulary = Double(shape.vocabulary)
        self.init(gemmSeconds: gemmSeconds, attentionSeconds: attention, attentionBackwardSeconds: backward,
                  elementwiseSeconds: noSP * traffic + casts,
                  elementwiseSecondsSequenceParallel: withSP * traffic + casts,
                  attentionElementwiseSeconds: core, fixedSeconds: c.kernelsPerLayer * c.kernelSeconds,
                  logitSeconds: gemm(tokens, h, vocabulary / t), lossSeconds: 4 * tokens * vocabulary / t * traffic,
                  tensorParallelSeconds: allReduce, tensorParallelSecondsSequenceParallel: scatterGather,
                  contextParallelSeconds: ring)
    }
}
