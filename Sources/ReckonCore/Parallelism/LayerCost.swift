/// Forward-pass time of one transformer layer for one micro-batch on one GPU, by kind of work.
///
/// Depends only on TP ways `t`, CP ways `c`, micro-batch `b` and precision, so a plan search computes it
/// once per (t, c, b) and reuses it for every pipeline depth, recompute mode and ZeRO stage.
public struct LayerCost: Sendable, Hashable {
    /// Dense GEMMs of the layer, forward, s.
    public var gemmSeconds: Double
    /// QKᵀ and attention × V, forward, s.
    public var attentionSeconds: Double
    /// The output (logit) layer, forward, s (paid on the last pipeline stage).
    public var logitSeconds: Double
    /// Element-wise kernels, forward, without / with sequence parallelism, s.
    public var elementwiseSeconds: Double
    public var elementwiseSecondsSequenceParallel: Double
    /// The attention-core part of the element-wise time (recomputed under selective recomputation), s.
    public var attentionElementwiseSeconds: Double
    /// One TP all-reduce of the layer's `b·s·h` activations (0 when t = 1), s.
    public var allReduceSeconds: Double
    /// The forward ring exchange of key/value blocks between the CP ranks, before any overlap
    /// (0 when c = 1), s.
    public var contextParallelSeconds: Double

    @inlinable
    public init(gemmSeconds: Double, attentionSeconds: Double, logitSeconds: Double, elementwiseSeconds: Double,
                elementwiseSecondsSequenceParallel: Double, attentionElementwiseSeconds: Double, allReduceSeconds: Double,
                contextParallelSeconds: Double = 0) {
        self.gemmSeconds = gemmSeconds; self.attentionSeconds = attentionSeconds; self.logitSeconds = logitSeconds
        self.elementwiseSeconds = elementwiseSeconds
        self.elementwiseSecondsSequenceParallel = elementwiseSecondsSequenceParallel
        self.attentionElementwiseSeconds = attentionElementwiseSeconds; self.allReduceSeconds = allReduceSeconds
        self.contextParallelSeconds = contextParallelSeconds
    }

    /// The forward costs of one layer.
    ///
    /// ```
    /// T_gemm = Σ_i 2·M_i·K_i·N_i / (F·η(M_i, K_i, N_i))       F = peak at the precision, η = gemmEfficiency
    ///   QKV:  M = b·s',  K = h,    N = (h + 2·h·k/a)/t
    ///   proj: M = b·s',  K = h/t,  N = h
    ///   MLP:  M = b·s',  K = h,    N = (m−1)·f/t   and   K = f/t, N = h     (× E_a for MoE)
    /// T_attn  = 4·b·s·s'·h/t / (F_bf16·η(s', h/a, s'))        attention stays in BF16
    /// T_logit = 2·b·s'·h·V/t / (F·η(b·s', h, V/t))
    /// T_elem  = c_e · A_none / B_hbm    A_none = ``MemoryModel/activationBytesPerLayer`` without recompute
    ///                                   (no s² traffic with ``StepTimeConstants/fusedAttention``)
    /// T_ar    = 2·(t−1)/t · b·s'·h·β / (B_link·ε)               ring all-reduce (= RS + AG under SP)
    /// T_cp    = (c−1) · 2·s'·b·h·(k/a)/t · β / (B_cp·ε)         ring attention, forward: K and V blocks
    /// s' = s/c                                                  tokens of a sequence on one CP rank
    /// ```
    /// - `c` CP ways, `c_e` elementwise traffic per activation byte, `β` bytes per activation element,
    ///   `B_hbm` HBM bandwidth, `B_link` scale-up bandwidth if `t ≤ D` else scale-out, `ε` its efficiency,
    ///   `B_cp` the scale-up bandwidth if the CP group (stride t, size c) fits, `t·c ≤ D`, else scale-out.
    /// - Context parallelism: every GEMM, element-wise kernel and TP all-reduce sees `s/c` tokens. Causal
    ///   attention is split into `2c` chunks and rank `i` takes chunks `i` and `2c−1−i`, so each rank does
    ///   `1/c` of the attention FLOP (load balance, Megatron-Core / Llama 3 Sec. 3.3.2); the model counts
    ///   attention without the causal saving at every `c`, so `T_attn(c) = T_attn(1)/c` up to η, which is
    ///   taken at the `s/c × s/c` block a ring step computes.
    /// - `T_cp`: in `c−1` ring steps each rank sends (and receives) the key and value blocks of its `s/c`
    ///   tokens, `2·(s/c)·b·h·(k/a)` elements, divided by `t` because TP splits the key/value heads; send and
    ///   receive use the two directions of the link at once. Ring attention: Liu et al. 2023, arXiv:2310.01889.
    /// Ring all-reduce volume: Patarasuk & Yuan 2009; the MoE GEMM efficiency is taken at `M = b·s/c`.
    @inlinable
    public init(tp: Int, cp: Int = 1, microbatch: Int, precision: TrainingPrecision, problem: PlanProblem) {
        let c = problem.constants, hw = problem.hardware, shape = problem.shape
        let t = Double(tp), b = Double(microbatch), s = Double(shape.sequenceLength), h = Double(shape.hidden)
        let a = Double(shape.heads), f = Double(shape.ffn), ea = Double(shape.activeExperts)
        let ways = Double(cp), local = s / ways
        let peak = hw.peak(precision)
        let tokens = b * local
        @inline(__always) func gemm(_ m: Double, _ k: Double, _ n: Double) -> Double {
            2 * m * k * n / (peak * c.gemmEfficiency(m: m, k: k, n: n))
        }
        let qkvN = (h + 2 * h * Double(shape.kvHeads) / a) / t
        let mlpIn = Double(shape.ffnMatrices - 1) * f / t
        let gemmSeconds = gemm(tokens, h, qkvN) + gemm(tokens, h / t, h)
            + ea * (gemm(tokens, h, mlpIn) + gemm(tokens, f / t, h))
        let dh = h / a
        let attention = 4 * b * s * local * h / t / (hw.peakFLOPPerSecond * c.gemmEfficiency(m: local, k: dh, n: local))
        let logit = gemm(tokens, h, Double(shape.vocabulary) / t)
        let traffic = c.elementwiseTrafficPerActivationByte / hw.memoryBandwidth
        let fused = c.fusedAttention
        let noSP = MemoryModel.activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t,
                                                       sequenceParallel: false, recompute: .none, fusedAttention: fused,
                                                       cp: ways)
        let withSP = MemoryModel.activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t,
                                                         sequenceParallel: true, recompute: .none, fusedAttention: fused,
                                                         cp: ways)
        let link = tp <= hw.scaleUpDomain ? hw.scaleUpBandwidth * c.scaleUpEfficiency
                                          : hw.scaleOutBandwidth * c.scaleOutEfficiency
        let allReduce = tp == 1 ? 0 : 2 * (t - 1) / t * tokens * h * c.activationElementBytes / link
        let cpLink = tp * cp <= hw.scaleUpDomain ? hw.scaleUpBandwidth * c.scaleUpEfficiency
                                                 : hw.scaleOutBandwidth * c.scaleOutEfficiency
        let ring = cp == 1 ? 0
            : (ways - 1) * 2 * local * b * h * Double(shape.kvHeads) / a / t * c.activationElementBytes / cpLink
        self.init(gemmSeconds: gemmSeconds, attentionSeconds: attention, logitSeconds: logit,
                  elementwiseSeconds: noSP * traffic, elementwiseSecondsSequenceParallel: withSP * traffic,
                  attentionElementwiseSeconds: fused ? 0 : 5 * a * s * local * b / t * traffic, allReduceSeconds: allReduce,
                  contextParallelSeconds: ring)
    }
}
