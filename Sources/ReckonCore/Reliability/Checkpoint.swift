import ReckonUnits

/// What a checkpoint holds, and so how big it is.
public enum CheckpointSize: Sendable, Hashable {
    /// The paper's reading: a fraction of every GPU's memory is saved.
    ///
    /// ```
    /// S = f · N · M_gpu
    /// ```
    /// - `f`: fraction of GPU memory saved (1 baseline, 0.5 "optimized"); `N`: GPUs; `M_gpu`: memory per GPU, B.
    ///
    /// Table 3 lists GPU memory "for checkpoint time calculation" and no bytes-per-parameter figure, so the
    /// checkpoint grows with the cluster (framework.md §3.1 B5). This is what makes Fig. 7 saturate.
    case gpuMemory(perGPU: Bytes, fraction: Double)
    /// Model state only, independent of the cluster size.
    ///
    /// ```
    /// S = P · b
    /// ```
    /// - `P`: parameters; `b`: bytes saved per parameter (see ``BytesPerParameter``).
    case modelState(parameters: Parameters, bytesPerParameter: Double)

    /// Size of one checkpoint of a job on `gpus` GPUs.
    @inlinable
    public func size(gpus: Double) -> Bytes {
        switch self {
        case .gpuMemory(let perGPU, let fraction): return Bytes(fraction * gpus * perGPU.value)
        case .modelState(let parameters, let bytes): return Bytes(parameters.value * bytes)
        }
    }
}

/// Bytes of training state per parameter, for ``CheckpointSize/modelState(parameters:bytesPerParameter:)``.
///
/// Mixed-precision training with Adam keeps BF16 weights (2 B) and gradients (2 B) plus fp32 master
/// weights, first and second moments (4 + 4 + 4 B): 16 B per parameter in GPU memory. A checkpoint
/// needs everything but the gradients: 14 B. Source: Rajbhandari et al. 2020, ZeRO, arXiv:1910.02054,
/// Sec. 3.1 ("2Ψ + 2Ψ + KΨ" with K = 12).
public enum BytesPerParameter {
    /// BF16 weights + BF16 gradients + fp32 master weights and Adam moments: 16 B.
    public static let mixedPrecisionAdamTraining = 16.0
    /// The checkpointed subset: BF16 weights + fp32 master weights and Adam moments (no gradients): 14 B.
    public static let mixedPrecisionAdamCheckpoint = 14.0
}

/// How checkpoints are written: what is saved, how fast, and how long the job blocks for it.
///
/// ```
/// δ_write = S / BW
/// δ       = a · δ_write
/// ```
/// - `S`: checkpoint size, B (``CheckpointSize``); `BW`: aggregate write bandwidth of the file system, B/s
/// - `a`: fraction of the write during which training is blocked: 1 for synchronous writes; smaller with
///   asynchronous checkpointing, where the state is first copied to host memory and drained in the background
/// - `δ`: checkpoint time that enters the interval and wall-time formulas, s
///
/// Assumes the whole write is limited by the shared file system (no per-node bottleneck) and that an
/// asynchronous write completes before the next one starts. Source: Faraboschi et al. 2024, Table 3
/// (`FS_base_bw`, `GPU_mem`); framework.md §3.1 B5.
public struct CheckpointPlan: Sendable, Hashable {
    public var size: CheckpointSize
    public var bandwidth: BytesPerSecond
    public var blockingFraction: Double

    public init(size: CheckpointSize, bandwidth: BytesPerSecond, blockingFraction: Double = 1) throws {
        try Check.positive(bandwidth.value, "checkpoint_bandwidth")
        try Check.fraction(blockingFraction, "checkpoint_blocking_fraction")
        switch size {
        case .gpuMemory(let perGPU, let fraction):
            try Check.positive(perGPU.value, "gpu_memory")
            try Check.fraction(fraction, "checkpoint_fraction")
        case .modelState(let parameters, let bytes):
            try Check.positive(parameters.value, "params")
            try Check.positive(bytes, "checkpoint_bytes_per_param", max: 1024)
        }
        self.init(unchecked: size, bandwidth: bandwidth, blockingFraction: blockingFraction)
    }

    @usableFromInline
    init(unchecked size: CheckpointSize, bandwidth: BytesPerSecond, blockingFraction: Double) {
        self.size = size
        self.bandwidth = bandwidth
        self.blockingFraction = blockingFraction
    }

    /// Time the job is blocked by one checkpoint on `gpus` GPUs: `δ = a · S / BW`.
    @inlinable
    public func time(gpus: Double) -> Seconds {
        Seconds(blockingFraction * size.size(gpus: gpus).value / bandwidth.value)
    }
}
