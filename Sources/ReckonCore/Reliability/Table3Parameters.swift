import ReckonUnits

/// The constants behind the paper's time-to-train-versus-system-size model (Fig. 7), as printed in
/// its Table 3, each with the paper's value as default and its source next to it.
///
/// Every field is a `var`: a caller (or a CLI flag / scenario-file key of the same snake_case name)
/// overrides any of them. ``paper2024`` is the paper's set.
///
/// Source: Faraboschi et al. 2024, *Reducing the Barriers to Entry for Foundation Model Training*,
/// arXiv:2404.08811, Sec. 3.1 and Table 3. Readings of each parameter: `shared/framework.md` §1 and §3.1.
public struct Table3Parameters: Sendable, Hashable {
    /// Memory per GPU; with the paper's reading the checkpoint is `fraction × N × GPU_mem` (`GPU_mem`).
    public var gpuMemory: Bytes
    /// Mean time between failures of one GPU (`GPU_mtbf_base`).
    public var gpuMTBF: Seconds
    /// Mean time between failures of one host CPU (`CPU_mtbf_base`).
    public var cpuMTBF: Seconds
    /// GPUs served by one CPU, for counting CPUs in the failure rate (`GPUs_per_CPU`).
    public var gpusPerCPU: Double
    /// Sustained FLOP/s per GPU on the training job (`TFs_per_GPU`, TF32 on an A100).
    public var sustainedPerGPU: FLOPPerSecond
    /// Exponent of parameters in the compute law `C = FLOP_per_token · Token_per_param · P^s` (`Token_scaling`; 2
    /// theoretical).
    public var tokenScaling: Double
    /// Tokens per parameter (`Token_per_param`).
    public var tokensPerParameter: Double
    /// Training FLOP per parameter per token (`FLOP_per_token`).
    public var flopPerParameterToken: Double
    /// Sequential fraction of the computation that is not parallelized (`Seq_comp`).
    public var sequentialFraction: Double
    /// Data-parallel groups whose failure the optimized runtime tolerates, K of N (`FT_KN` = [5, 100]).
    public var toleratedGroups: Int
    /// Data-parallel groups the job is split into (the N of `FT_KN`).
    public var dataParallelGroups: Int
    /// Time to recover a failed data-parallel group (`TTR_h`).
    public var timeToRepair: Seconds
    /// Time lost per job interrupt before computing resumes. The paper gives only `TTR_h`; this
    /// reconstruction uses it for the restart too (framework.md B6).
    public var restartTime: Seconds
    /// Checkpoint file-system write throughput of the baseline system (`FS_base_bw`).
    public var checkpointBandwidth: BytesPerSecond
    /// Price of one GPU-hour (`Cpgh`, calibrated on dedicated A100 cloud instances).
    public var pricePerGPU: USDPerSecond
    /// Fraction of GPU memory the baseline system checkpoints (1: Table 3 gives GPU memory "for checkpoint time
    /// calculation" and no smaller state, framework.md B5).
    public var checkpointFraction: Double
    /// Checkpoint write throughput of the "optimized" (supercomputing) configuration.
    public var optimizedCheckpointBandwidth: BytesPerSecond
    /// Fraction of GPU memory checkpointed by the optimized configuration ("50% reduction of checkpointing memory").
    public var optimizedMemoryFraction: Double

    public init(
        gpuMemory: Bytes, gpuMTBF: Seconds, cpuMTBF: Seconds, gpusPerCPU: Double,
        sustainedPerGPU: FLOPPerSecond, tokenScaling: Double, tokensPerParameter: Double,
        flopPerParameterToken: Double, sequentialFraction: Double, toleratedGroups: Int,
        dataParallelGroups: Int, timeToRepair: Seconds, restartTime: Seconds,
        checkpointBandwidth: BytesPerSecond, pricePerGPU: USDPerSecond, checkpointFraction: Double = 1,
        optimizedCheckpointBandwidth: BytesPerSecond, optimizedMemoryFraction: Double
    ) {
        self.gpuMemory = gpuMemory
        self.gpuMTBF = gpuMTBF
        self.cpuMTBF = cpuMTBF
        self.gpusPerCPU = gpusPerCPU
        self.sustainedPerGPU = sustainedPerGPU
        self.tokenScaling = tokenScaling
        self.tokensPerParameter = tokensPerParameter
        self.flopPerParameterToken = flopPerParameterToken
        self.sequentialFraction = sequentialFraction
        self.toleratedGroups = toleratedGroups
        self.dataParallelGroups = dataParallelGroups
        self.timeToRepair = timeToRepair
        self.restartTime = restartTime
        self.checkpointBandwidth = checkpointBandwidth
        self.pricePerGPU = pricePerGPU
        self.checkpointFraction = checkpointFraction
        self.optimizedCheckpointBandwidth = optimizedCheckpointBandwidth
        self.optimizedMemoryFraction = optimizedMemoryFraction
    }

    /// The paper's Table 3 and its "optimized" configuration (Sec. 3.1).
    public static let paper2024 = Table3Parameters(
        gpuMemory: .gigabytes(80),
        gpuMTBF: .hours(950_000),
        cpuMTBF: .hours(1_500_000),
        gpusPerCPU: 4,
        sustainedPerGPU: .teraflops(150),
        tokenScaling: 1.91,
        tokensPerParameter: 20,
        flopPerParameterToken: 6,
        sequentialFraction: 0.01,
        toleratedGroups: 5,
        dataParallelGroups: 100,
        timeToRepair: .hours(2),
        restartTime: .hours(2),
        checkpointBandwidth: .gigabytesPerSecond(500),
        pricePerGPU: .dollarsPerHour(2.5),
        checkpointFraction: 1,
        optimizedCheckpointBandwidth: .terabytesPerSecond(2),
        optimizedMemoryFraction: 0.5)

    /// Where each value of ``paper2024`` comes from, keyed by the snake_case field (= CLI flag) name.
    public static let sources: [String: String] = [
        "gpu_memory": "Table 3 GPU_mem = 80 GB, 'GPU memory size, for checkpoint time calculation'",
        "gpu_mtbf_hours": "Table 3 GPU_mtbf_base = 950k hours, 'from A100 datasheet (Nvidia, 2023a)'",
        "cpu_mtbf_hours": "Table 3 CPU_mtbf_base = 1,500k hours",
        "gpus_per_cpu": "Table 3 GPUs_per_CPU = 4, 'for MTTI calculation'",
        "sustained_tflops": "Table 3 TFs_per_GPU = 150 TF32/s, 'from NVidia A100 benchmarks'",
        "token_scaling": "Table 3 Token_scaling = 1.91, 'Power scaling of parameter (2.0 theoretical)'",
        "tokens_per_param": "Table 3 Token_per_param = 20",
        "flop_per_token": "Table 3 FLOP_per_token = 6",
        "sequential_fraction": "Table 3 Seq_comp = 1%, 'Sequential fraction of computation not parallelized'",
        "tolerate": "Table 3 FT_KN = [5,100], 'Tolerated data parallel group failures (K-out-of-N)'",
        "repair_hours": "Table 3 TTR_h = 2 hours, 'Time to recover a failed parallel group'",
        "restart_hours": "Reckon's reconstruction of Faraboschi et al. 2024, Sec. 3.1: TTR_h reused as the job "
            + "restart time",
        "checkpoint_bandwidth": "Table 3 FS_base_bw = 500 GB/s, 'Checkpointing filesystem base throughput'",
        "checkpoint_fraction": "Reckon's reconstruction of Faraboschi et al. 2024, Table 3: GPU_mem is 'for "
            + "checkpoint time calculation', so all of it is saved",
        "price_per_gpu_hour": "Table 3 Cpgh = $2.5, 'calibrated on dedicated A100 cloud instances'",
        "optimized_checkpoint_bandwidth":
            "Sec. 3.1: 'optimized' configuration assumes '2TB/s checkpointing performance'",
        "optimized_checkpoint_fraction": "Sec. 3.1: 'a 50% reduction of checkpointing memory'",
    ]

    /// Citation for the whole set.
    public static let source = "Faraboschi et al. 2024, arXiv:2404.08811, Sec. 3.1 and Table 3"
}

extension Table3Parameters {
    /// Throws an ``InputError`` naming the first field (by its snake_case flag name) that is out of range.
    public func validate() throws {
        try Check.positive(gpuMemory.value, "gpu_memory")
        try Check.positive(gpuMTBF.inHours, "gpu_mtbf_hours")
        try Check.positive(cpuMTBF.inHours, "cpu_mtbf_hours")
        try Check.positive(gpusPerCPU, "gpus_per_cpu", max: 1e6)
        try Check.positive(sustainedPerGPU.value, "sustained_tflops")
        guard tokenScaling.isFinite, tokenScaling >= 1, tokenScaling <= 3 else {
            throw InputError(
                field: "token_scaling", value: Check.shown(tokenScaling),
                allowed: "a number from 1 to 3 (2 theoretical)")
        }
        try Check.positive(tokensPerParameter, "tokens_per_param", max: 1e6)
        try Check.positive(flopPerParameterToken, "flop_per_token", max: 1e6)
        try Check.fractionBelowOne(sequentialFraction, "sequential_fraction")
        try Check.integer(dataParallelGroups, "tolerate", in: 2...1_000_000)
        guard toleratedGroups >= 1, toleratedGroups < dataParallelGroups else {
            throw InputError(
                field: "tolerate", value: "\(toleratedGroups)/\(dataParallelGroups)",
                allowed: "K/N with 1 ≤ K < N, e.g. 5/100")
        }
        try Check.positive(timeToRepair.value, "repair_hours")
        try Check.nonNegative(restartTime.value, "restart_hours")
        try Check.positive(checkpointBandwidth.value, "checkpoint_bandwidth")
        try Check.nonNegative(pricePerGPU.value, "price_per_gpu_hour")
        try Check.fraction(checkpointFraction, "checkpoint_fraction")
        try Check.positive(optimizedCheckpointBandwidth.value, "optimized_checkpoint_bandwidth")
        try Check.fraction(optimizedMemoryFraction, "optimized_checkpoint_fraction")
    }
}
