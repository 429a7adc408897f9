/// The few global constants of the step-time and memory models, in one documented, overridable preset.
///
/// One of them, ``gemmPeakEfficiency``, is calibrated once, globally, by least squares over all ten
/// rows of Narayanan et al. 2021 Table 1 (A100 80GB, Selene); no row has its own constant. The others
/// are set from measurements, the hardware's roofline, or how the software works (see each property).
public struct StepTimeConstants: Sendable, Hashable {
    /// Highest fraction of peak a large GEMM reaches, `η_max`. Calibrated (see ``default``). It also
    /// absorbs the per-step costs the model does not itemise (kernel-launch gaps, data loading,
    /// logging), which Table 1's end-to-end figures include: hence 0.69, below the ~0.8–0.9 a large
    /// A100 GEMM reaches in isolation.
    public var gemmPeakEfficiency: Double
    /// Arithmetic intensity at which a GEMM reaches half of `η_max`, `I_½`, FLOP per byte (2-byte elements).
    /// Set to 38 ≈ ¼ of the A100's HBM roofline ridge (312 TFLOP/s ÷ 2.039 TB/s ≈ 153 FLOP/byte): a tiled
    /// GEMM reuses operands from on-chip memory, so it saturates well before the whole-matrix intensity
    /// reaches the ridge. Not fitted: Table 1 hardly constrains it (sum of squared log errors with η_max
    /// refitted: 0.020 at I_½ = 0, 0.025 at 38, 0.048 at 153), and 0 would drop the size dependence.
    public var gemmHalfIntensity: Double
    /// HBM bytes read or written by the memory-bound (element-wise) kernels of a forward pass, per
    /// byte of activation Korthikanti et al. 2022 count as stored: each stored tensor is written once
    /// and read once (2); the backward pass moves twice the forward traffic.
    public var elementwiseTrafficPerActivationByte: Double
    /// Achieved all-reduce bus bandwidth over the scale-up link ÷ the link's one-way bandwidth.
    /// NCCL all-reduce on a DGX A100 reaches about 230 GB/s bus bandwidth of 300 GB/s NVLink (≈ 0.77).
    public var scaleUpEfficiency: Double
    /// The same for the scale-out network: NCCL reaches about 20 of 25 GB/s per HDR NIC (≈ 0.8).
    public var scaleOutEfficiency: Double
    /// Fraction of the data-parallel gradient communication hidden behind the backward pass.
    /// 0 = Megatron-LM of 2021 (gradient all-reduce after the backward pass, Narayanan et al. 2021);
    /// frameworks with bucketed overlap (PyTorch DDP, Megatron `--overlap-grad-reduce`) hide most of it.
    public var dataParallelOverlap: Double
    /// HBM bytes moved per parameter by the Adam step: read FP32 master, m, v, FP32 gradient
    /// (16 bytes), write master, m, v and the BF16 weight (14 bytes).
    public var optimizerBytesPerParameter: Double
    /// Bytes per element of activations and of the gradients that are communicated (BF16/FP16).
    public var activationElementBytes: Double
    /// Fraction of HBM kept free for the CUDA context, NCCL buffers, allocator fragmentation and
    /// temporary workspaces; a plan whose modelled memory exceeds the rest is rejected.
    public var memoryHeadroomFraction: Double
    /// A fused attention kernel (FlashAttention, Dao et al. 2022, arXiv:2205.14135): the `s²` attention
    /// matrices are neither stored nor moved through HBM, and the attention scores are recomputed in the
    /// backward pass. `false` in ``default``, the 2021 Megatron-LM software the preset is calibrated on;
    /// `reckon plan` and `reckon train` turn it on (a stated assumption) because current stacks use it.
    public var fusedAttention: Bool

    public init(gemmPeakEfficiency: Double, gemmHalfIntensity: Double, elementwiseTrafficPerActivationByte: Double,
                scaleUpEfficiency: Double, scaleOutEfficiency: Double, dataParallelOverlap: Double,
                optimizerBytesPerParameter: Double, activationElementBytes: Double, memoryHeadroomFraction: Double,
                fusedAttention: Bool = false) {
        self.gemmPeakEfficiency = gemmPeakEfficiency; self.gemmHalfIntensity = gemmHalfIntensity
        self.elementwiseTrafficPerActivationByte = elementwiseTrafficPerActivationByte
        self.scaleUpEfficiency = scaleUpEfficiency; self.scaleOutEfficiency = scaleOutEfficiency
        self.dataParallelOverlap = dataParallelOverlap; self.optimizerBytesPerParameter = optimizerBytesPerParameter
        self.activationElementBytes = activationElementBytes; self.memoryHeadroomFraction = memoryHeadroomFraction
        self.fusedAttention = fusedAttention
    }

    /// GEMM efficiency as a function of its arithmetic intensity: a saturating (Michaelis–Menten) curve.
    ///
    /// ```
    /// η(I) = η_max · I / (I + I_½),    I = M·K·N / (M·K + K·N + M·N)
    /// ```
    /// - `M, K, N`: GEMM dimensions on one GPU (output M×N, inner dimension K), elements
    /// - `I`: FLOP per element moved (2·M·K·N FLOP over 2·(M·K + K·N + M·N) bytes at 2 bytes/element)
    /// - `η_max`, `I_½`: ``gemmPeakEfficiency``, ``gemmHalfIntensity``
    ///
    /// Small or skinny GEMMs (low `I`: small hidden size, wide TP, attention heads of 64–160) fall
    /// short of peak; large ones approach `η_max`. The curve has two global constants.
    @inlinable
    public func gemmEfficiency(m: Double, k: Double, n: Double) -> Double {
        let intensity = m * k * n / (m * k + k * n + m * n)
        return gemmPeakEfficiency * intensity / (intensity + gemmHalfIntensity)
    }

    /// The preset. `η_max` = 0.69 minimises the sum of squared log errors of hardware TFLOP/s per GPU over
    /// all ten rows of Narayanan et al. 2021 Table 1 (`megatron_scaling.csv`; optimum 0.6875 on a 0.0025
    /// grid), each row evaluated at its published TP/PP/DP, batch and full recomputation with the
    /// unpublished micro-batch size and interleave chosen by the search. Resulting errors −7.6% … +6.8%,
    /// median |error| 5% (`reckon validate`). The other constants are as documented on each property.
    public static let `default` = StepTimeConstants(
        gemmPeakEfficiency: 0.69, gemmHalfIntensity: 38, elementwiseTrafficPerActivationByte: 2,
        scaleUpEfficiency: 0.77, scaleOutEfficiency: 0.8, dataParallelOverlap: 0,
        optimizerBytesPerParameter: 30, activationElementBytes: 2, memoryHeadroomFraction: 0.1)
}
