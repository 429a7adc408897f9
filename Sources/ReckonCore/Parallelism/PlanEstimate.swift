/// Where one optimizer step's time goes, seconds (summed over the step on the critical-path GPU).
public struct StepTimeBreakdown: Sendable, Hashable {
    /// Dense GEMMs (QKV, projection, MLP, logits) including any recomputation.
    public var gemm: Double
    /// Attention-score matmuls (QKᵀ and ×V).
    public var attention: Double
    /// Memory-bound element-wise kernels (LayerNorm, softmax, dropout, GeLU, residual adds).
    public var elementwise: Double
    /// Tensor-parallel all-reduces (reduce-scatter + all-gather with SP) on the scale-up link.
    public var tensorParallelComm: Double
    /// Pipeline point-to-point sends between stages.
    public var pipelineComm: Double
    /// MoE all-to-all dispatch and combine not hidden behind compute (with the slowdown of the compute it overlaps).
    public var expertComm: Double
    /// Pipeline fill and drain: `(p−1)/v` stage-times.
    public var bubble: Double
    /// Data-parallel / ZeRO communication not hidden behind compute.
    public var dataParallelComm: Double
    /// The Adam update.
    public var optimizer: Double
    /// Context-parallel (ring attention) key/value exchange not hidden behind the attention kernels.
    public var contextParallelComm: Double
    /// Time MoE layers wait for the host to launch their kernels (``StepTimeConstants/moeLayerHostSeconds``).
    public var hostBound: Double

    @inlinable
    public init(
        gemm: Double, attention: Double, elementwise: Double, tensorParallelComm: Double,
        pipelineComm: Double, expertComm: Double, bubble: Double, dataParallelComm: Double, optimizer: Double,
        contextParallelComm: Double = 0, hostBound: Double = 0
    ) {
        self.gemm = gemm
        self.attention = attention
        self.elementwise = elementwise
        self.tensorParallelComm = tensorParallelComm
        self.pipelineComm = pipelineComm
        self.expertComm = expertComm
        self.bubble = bubble
        self.dataParallelComm = dataParallelComm
        self.optimizer = optimizer
        self.contextParallelComm = contextParallelComm
        self.hostBound = hostBound
    }

    /// Sum of the parts: the step time.
    @inlinable public var total: Double {
        gemm + attention + elementwise + tensorParallelComm + pipelineComm + expertComm + bubble
            + dataParallelComm + optimizer + contextParallelComm + hostBound
    }
}

/// What a parallel plan achieves: step time, throughput, utilisation, memory, and the breakdowns.
public struct PlanEstimate: Sendable, Hashable {
    public var stepSeconds: Double
    /// Tokens per second for the whole job.
    public var tokensPerSecond: Double
    /// Model FLOP/s per GPU (no recomputation counted), the numerator of MFU.
    public var modelFLOPPerSecondPerGPU: Double
    /// Hardware FLOP/s per GPU (recomputation counted), the numerator of HFU and of Narayanan et al.'s table.
    public var hardwareFLOPPerSecondPerGPU: Double
    /// Model FLOP utilisation (Chowdhery et al. 2022, PaLM, Appendix B).
    public var mfu: Double
    /// Hardware FLOP utilisation.
    public var hfu: Double
    /// Model FLOP/s per GPU ÷ the dense FP8 peak (nil where the accelerator has none): the MFU of an FP8 run
    /// against the rate its FP8 GEMMs could reach. ``mfu`` stays against the BF16 peak for every plan.
    public var mfuAgainstFP8Peak: Double?
    public var memory: MemoryBreakdown
    /// True when ``memory`` fits in the usable HBM.
    public var fitsInMemory: Bool
    public var breakdown: StepTimeBreakdown

    @inlinable
    public init(
        stepSeconds: Double, tokensPerSecond: Double, modelFLOPPerSecondPerGPU: Double,
        hardwareFLOPPerSecondPerGPU: Double, mfu: Double, hfu: Double, mfuAgainstFP8Peak: Double? = nil,
        memory: MemoryBreakdown, fitsInMemory: Bool, breakdown: StepTimeBreakdown
    ) {
        self.stepSeconds = stepSeconds
        self.tokensPerSecond = tokensPerSecond
        self.modelFLOPPerSecondPerGPU = modelFLOPPerSecondPerGPU
        self.hardwareFLOPPerSecondPerGPU = hardwareFLOPPerSecondPerGPU
        self.mfu = mfu
        self.hfu = hfu
        self.mfuAgainstFP8Peak = mfuAgainstFP8Peak
        self.memory = memory
        self.fitsInMemory = fitsInMemory
        self.breakdown = breakdown
    }
}
