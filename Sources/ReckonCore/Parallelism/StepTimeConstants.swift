/// The few global constants of the step-time and memory models, in one documented, overridable preset.
///
/// Two of them (``gemmPeakEfficiency`` and ``gemmHalfIntensity``) are calibrated once, globally,
/// by least squares over all ten rows of Narayanan et al. 2021 Table 1 (A100 80GB, Selene); no row
/// has its own constant. The others are read from measurements or from how the software works.
public struct StepTimeConstants: Sendable, Hashable {
    /// Highest fraction of peak a large GEMM reaches, `η_max`. Calibrated (see ``default``).
    public var gemmPeakEfficiency: Double
    /// Arithmetic intensity at which a GEMM reaches half of `η_max`, `I_½`, FLOP per element moved.
    /// Calibrated (see ``default``).
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

    public init(gemmPeakEfficiency: Double, gemmHalfIntensity: Double, elementwiseTrafficPerActivationByte: Double,
                scaleUpEfficiency: Double, scaleOutEfficiency: Double, dataParallelOverlap: Double,
                optimizerBytesPerParameter: Double, activationElementBytes: Double, memoryHeadroomFraction: Double) {
        self.gemmPeakEfficiency = gemmPeakEfficiency; self.gemmHalfIntensity = gemmHalfIntensity
        self.elementwiseTrafficPerActivationByte = elementwiseTrafficPerActivationByte
        self.scaleUpEfficiency = scaleUpEfficiency; self.scaleOutEfficiency = scaleOutEfficiency
        self.dataParallelOverlap = dataParallelOverlap; self.optimizerBytesPerParameter = optimizerBytesPerParameter
        self.activationElementBytes = activationElementBytes; self.memoryHeadroomFraction = memoryHeadroomFraction
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

    /// The preset. `η_max` and `I_½` were fitted once by least squares on log-error over all ten rows
    /// of Narayanan et al. 2021 Table 1 (`megatron_scaling.csv`), each evaluated at its published
    /// TP/PP/DP, batch and full recomputation; the other constants are as documented on each property.
    public static let `default` = StepTimeConstants(
        gemmPeakEfficiency: 0.69, gemmHalfIntensity: 38, elementwiseTrafficPerActivationByte: 2,
        scaleUpEfficiency: 0.77, scaleOutEfficiency: 0.8, dataParallelOverlap: 0,
        optimizerBytesPerParameter: 30, activationElementBytes: 2, memoryHeadroomFraction: 0.1)
}
