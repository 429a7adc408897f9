import ReckonUnits

/// Time and cost to train on N GPUs once failures, checkpoints and restarts are counted: the model
/// behind the paper's Fig. 7.
///
/// ```
/// T_s   = C / (N · F) / E                       solve time (Amdahl efficiency E, ``AmdahlReading``)
/// λ     = N · λ_gpu                             job failure rate (``FailureModel``)
/// M     = 1/λ, or 1/(λ·P[Poisson(λ·TTR) ≥ K])   mean time to interrupt (``KOfNTolerance``)
/// δ     = a · φ · S / BW                        blocking checkpoint time (``CheckpointPlan``)
/// τ     = Young or Daly optimum(δ, M)           (``CheckpointInterval``)
/// f     = Daly(δ, τ, R, M) / A                  overhead factor (``DalyWallTime``; A = 1 − ρ/N_groups with K-of-N)
/// T     = T_s · f                               wall clock
/// cost  = N · T · p                             p = price per GPU-second
/// good  = T_s / T = 1/f                         goodput: useful fraction of the wall clock
/// ```
/// - `C`: training FLOP; `N`: GPUs; `F`: sustained FLOP/s per GPU; `S`: checkpoint size, B (all GPU memory
///   in the paper's reading, or model state); `φ`: the variant's checkpoint fraction; `BW`: write bandwidth, B/s;
///   `a`: blocking fraction of the write; `R`: restart time, s; `TTR`: group repair time, s
///
/// The failure-related terms depend only on N and the variant, not on the model, so the overhead factor
/// is the same for a monolithic model and its MoE partitioning (framework.md §3.1 B11).
/// Source: Faraboschi et al. 2024, arXiv:2404.08811, Sec. 3.1, Table 3, Fig. 7; framework.md §3.1 B1–B11.
public struct TimeToTrain: Sendable, Hashable {
    /// What the checkpoint contains.
    public enum CheckpointBasis: Sendable, Hashable {
        /// The paper's reading: every GPU's memory (`GPU_mem` × N), scaled by the variant's fraction.
        case gpuMemory
        /// Model state: parameters × bytes per parameter (e.g. ``BytesPerParameter/mixedPrecisionAdamCheckpoint``).
        case modelState(bytesPerParameter: Double)
    }

    public var table3: Table3Parameters
    public var failures: FailureModel
    public var interval: CheckpointInterval
    public var amdahl: AmdahlReading
    public var checkpointBasis: CheckpointBasis

    public init(table3: Table3Parameters = .paper2024, failures: FailureModel = .paper2024,
                interval: CheckpointInterval = .daly, amdahl: AmdahlReading = .dp100,
                checkpointBasis: CheckpointBasis = .gpuMemory) throws {
        try table3.validate()
        if case .modelState(let bytes) = checkpointBasis {
            try Check.positive(bytes, "checkpoint_bytes_per_param", max: 1024)
        }
        self.table3 = table3; self.failures = failures; self.interval = interval; self.amdahl = amdahl
        self.checkpointBasis = checkpointBasis
    }

    /// Evaluates one cluster size and one variant. Pure and allocation-free (safe in sweeps).
    ///
    /// When failures outpace progress the overhead and wall clock are `+∞` (``TimeToTrainResult/finishes`` is false).
    /// - Parameters:
    ///   - compute: training FLOP `C` (e.g. ``TrainingCompute/powerLaw(parameters:partitions:table3:)``)
    ///   - parameters: total parameters (for ``AmdahlReading/dpmem`` and model-state checkpoints)
    ///   - gpus: `N`, at least 1
    ///   - variant: the resilience variant
    @inlinable
    public func evaluate(compute: FLOP, parameters: Parameters, gpus: Int, variant: ResilienceVariant) -> TimeToTrainResult {
        precondition(gpus >= 1, "gpus must be at least 1")
        let n = Double(gpus)
        let efficiency = amdahl.efficiency(sequentialFraction: table3.sequentialFraction, gpus: n,
                                           dataParallelGroups: table3.dataParallelGroups,
                                           parameters: parameters, gpuMemory: table3.gpuMemory)
        let solve = compute.value / (n * table3.sustainedPerGPU.value) / efficiency

        let what: CheckpointSize
        switch checkpointBasis {
        case .gpuMemory: what = .gpuMemory(perGPU: table3.gpuMemory, fraction: variant.checkpointFraction)
        case .modelState(let bytes): what = .modelState(parameters: parameters, bytesPerParameter: variant.checkpointFraction * bytes)
        }
        let plan = CheckpointPlan(unchecked: what, bandwidth: variant.checkpointBandwidth,
                                  blockingFraction: variant.blockingFraction)
        let size = what.size(gpus: n).value
        let δ = plan.time(gpus: n).value

        let λ = failures.failureRate(gpus: n)
        let failureInterval = Swift.min(1 / λ, DalyWallTime.mttiCap)
        var m = failureInterval
        var availability = 1.0
        if let tolerance = variant.tolerance {
            m = tolerance.effectiveMTTI(rate: λ)
            availability = tolerance.availability(rate: λ)
        }
        let τ = CheckpointInterval.interval(δ: δ, M: m, rule: interval)
        let daly = DalyWallTime.overheadFactor(δ: δ, τ: τ, R: table3.restartTime.value, M: m)
        let f = availability > 0 ? daly / availability : .infinity
        let wall = solve * f
        return TimeToTrainResult(gpus: gpus, solveTime: Seconds(solve), amdahlEfficiency: efficiency,
                                 failureInterval: Seconds(failureInterval), mtti: Seconds(m),
                                 checkpointSize: Bytes(size), checkpointTime: Seconds(δ),
                                 checkpointInterval: Seconds(τ), availability: availability, overheadFactor: f,
                                 wallClock: Seconds(wall), cost: USD(n * wall * table3.pricePerGPU.value))
    }

    /// ``evaluate(compute:parameters:gpus:variant:)`` with the compute of `parameters` split into `partitions`
    /// under the Table 3 power law.
    public func evaluate(parameters: Parameters, partitions: Int = 1, gpus: Int, variant: ResilienceVariant) -> TimeToTrainResult {
        evaluate(compute: TrainingCompute.powerLaw(parameters: parameters, partitions: partitions, table3: table3),
                 parameters: parameters, gpus: gpus, variant: variant)
    }
}

/// One point of Fig. 7: a cluster size and what training costs on it.
public struct TimeToTrainResult: Sendable, Hashable {
    public var gpus: Int
    /// Compute time without failures, Amdahl included: `T_s`.
    public var solveTime: Seconds
    /// Amdahl parallel efficiency `E` used for `T_s`.
    public var amdahlEfficiency: Double
    /// Mean time between component failures of the job, `1/λ` (before any tolerance).
    public var failureInterval: Seconds
    /// Mean time to a job interrupt, `M` (equals ``failureInterval`` without K-of-N tolerance).
    public var mtti: Seconds
    public var checkpointSize: Bytes
    /// Blocking time of one checkpoint, `δ`.
    public var checkpointTime: Seconds
    /// Compute time between checkpoints, `τ`.
    public var checkpointInterval: Seconds
    /// Fraction of the throughput left while failed groups repair (1 without K-of-N).
    public var availability: Double
    /// `f = T_wall / T_s`, ≥ 1; `+∞` if the job never finishes.
    public var overheadFactor: Double
    public var wallClock: Seconds
    public var cost: USD

    public init(gpus: Int, solveTime: Seconds, amdahlEfficiency: Double, failureInterval: Seconds, mtti: Seconds,
                checkpointSize: Bytes, checkpointTime: Seconds, checkpointInterval: Seconds, availability: Double,
                overheadFactor: Double, wallClock: Seconds, cost: USD) {
        self.gpus = gpus; self.solveTime = solveTime; self.amdahlEfficiency = amdahlEfficiency
        self.failureInterval = failureInterval; self.mtti = mtti; self.checkpointSize = checkpointSize
        self.checkpointTime = checkpointTime; self.checkpointInterval = checkpointInterval
        self.availability = availability; self.overheadFactor = overheadFactor; self.wallClock = wallClock; self.cost = cost
    }

    /// Useful fraction of the wall clock, `T_s / T_wall = 1/f` (0 if the job never finishes).
    public var goodput: Double { overheadFactor.isFinite ? 1 / overheadFactor : 0 }
    /// False when failures outpace progress and the wall clock is infinite.
    public var finishes: Bool { wallClock.value.isFinite }
}
