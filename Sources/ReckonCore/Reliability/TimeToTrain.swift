import ReckonUnits

/// Time and cost to train on N GPUs once failures, checkpoints, restarts and slowdowns are counted: the model
/// behind the paper's Fig. 7, and behind the failure overhead of `reckon train`.
///
/// ```
/// T_s   = C / (N · F) / E                       solve time (Amdahl efficiency E, ``AmdahlReading``)
/// T_c   = T_s · (1 + s)                         with stragglers (``Slowdowns``)
/// λ     = N · Σ r_i                             job failure rate (``FailureModel``, per-component rates)
/// M     = 1/λ, or 1/(λ·P[Poisson(λ·TTR) ≥ K])   mean time to interrupt (``KOfNTolerance``)
/// S     = φ · (N · M_gpu  or  P · b)            checkpoint, all ranks (``CheckpointBasis``, ``CheckpointContents``)
/// δ, W, L = strategy(S, N, BW(N))               blocking time, time until safe, load time (``CheckpointStrategy``;
///                                               BW(N) = min(link · nodes, file system), ``CheckpointStorage``)
/// R     = restart(L)                            fixed (Table 3) or detection + rescheduling + L + warm-up
/// (``RestartModel``)
/// τ     = max(Young or Daly optimum(δ, M), W)   (``CheckpointInterval``)
/// f     = (1 + s) · Daly(δ, τ, R + W, M) / A    overhead factor (``DalyWallTime``; A = 1 − ρ/N_groups with K-of-N)
/// T     = T_s · f                               wall clock, split into ``GoodputBreakdown``
/// n_int = T_Daly · λ_stop                      interruptions over the run (T_Daly = T_c · Daly; λ_stop = 1/M uncapped)
/// cost  = (N + s_spare) · T · p                 p = price per GPU-second; s_spare = ``HotSpares`` GPUs
/// good  = T_s / T = 1/f                         goodput: productive fraction of the wall clock
/// ```
/// - `C`: training FLOP; `N`: GPUs; `F`: sustained FLOP/s per GPU; `S`: checkpoint size, B; `φ`: the variant's
///   checkpoint fraction; `W`: work a failure loses beyond the last snapshot (0 for synchronous writes), s
/// - `R`: restart time, s; `TTR`: group repair time, s; `s`: straggler slowdown (fraction)
///
/// The failure terms depend on N, the variant and (with model-state checkpoints) the model size, never on the
/// compute, so a monolithic model and its MoE partitioning share the overhead factor (framework.md §3.1 B11).
/// With the paper's settings (``Table3Parameters/paper2024``, ``FailureModel/paper2024``, `gpu-memory` basis,
/// synchronous checkpoints, fixed restart) this is exactly framework.md §3.1 B1–B11.
/// Sources: Faraboschi et al. 2024, arXiv:2404.08811, Sec. 3.1, Table 3, Fig. 7; Daly 2006; the sources of each part.
public struct TimeToTrain: Sendable, Hashable {
    /// What the checkpoint contains.
    public enum CheckpointBasis: Sendable, Hashable {
        /// The paper's reading: every GPU's memory (`GPU_mem` × N), scaled by the variant's fraction.
        case gpuMemory
        /// Model state: parameters × bytes per parameter (``CheckpointContents/bytesPerParameter``; 14 for BF16 +
        /// Adam).
        case modelState(bytesPerParameter: Double)

        /// Model state for a training precision and optimizer (``CheckpointContents``).
        public static func modelState(_ contents: CheckpointContents) -> CheckpointBasis {
            .modelState(bytesPerParameter: contents.bytesPerParameter)
        }

        /// The default of `train`, `scale` and `roadmap`: model state of BF16 + Adam training (14 B per parameter).
        /// Reproducing the paper's Fig. 7 needs ``gpuMemory``.
        public static func defaultBasis(reproducingFigure7: Bool = false) -> CheckpointBasis {
            reproducingFigure7 ? .gpuMemory : .modelState(.bf16Adam)
        }

        /// `gpu-memory` or `model-state`.
        public var name: String {
            switch self {
            case .gpuMemory: "gpu-memory"
            case .modelState: "model-state"
            }
        }
    }

    public var table3: Table3Parameters
    public var failures: FailureModel
    public var interval: CheckpointInterval
    public var amdahl: AmdahlReading
    public var checkpointBasis: CheckpointBasis
    /// Stragglers (not failures); none unless a source states them.
    public var slowdowns: Slowdowns

    public init(
        table3: Table3Parameters = .paper2024, failures: FailureModel = .paper2024,
        interval: CheckpointInterval = .daly, amdahl: AmdahlReading = .dp100,
        checkpointBasis: CheckpointBasis = .gpuMemory, slowdowns: Slowdowns = .notStated
    ) throws {
        try table3.validate()
        if case .modelState(let bytes) = checkpointBasis {
            try Check.positive(bytes, "checkpoint_bytes_per_param", max: 1024)
        }
        try Self.validateRates(failures)
        self.table3 = table3
        self.failures = failures
        self.interval = interval
        self.amdahl = amdahl
        self.checkpointBasis = checkpointBasis
        self.slowdowns = slowdowns
    }

    /// Refuses MTBFs that are not > 0 (a hand-edited ``FailureModel``), naming the field.
    static func validateRates(_ f: FailureModel) throws {
        let fields: [(Seconds?, String)] = [
            (f.gpuMTBF, "gpu_mtbf_hours"), (f.cpuMTBF, "cpu_mtbf_hours"),
            (f.nodeMTBF, "node_mtbf_hours"), (f.networkMTBFPerGPU, "network_mtbf_hours"),
            (f.otherMTBFPerGPU, "other_mtbf_hours"),
        ]
        for (value, field) in fields {
            if let value { try Check.positive(value.inHours, field) }
        }
        try Check.positive(f.gpusPerCPU, "gpus_per_cpu", max: 1e6)
        try Check.positive(f.gpusPerNode, "gpus_per_node", max: 1e6)
    }

    /// The checkpoint of a job on `gpus` GPUs under `variant`, all ranks.
    @inlinable
    public func checkpointSize(parameters: Parameters, gpus n: Double, variant: ResilienceVariant) -> Double {
        switch checkpointBasis {
        case .gpuMemory: return variant.checkpointFraction * n * table3.gpuMemory.value
        case .modelState(let bytes): return parameters.value * (variant.checkpointFraction * bytes)
        }
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
    public func evaluate(compute: FLOP, parameters: Parameters, gpus: Int, variant: ResilienceVariant)
        -> TimeToTrainResult
    {
        precondition(gpus >= 1, "gpus must be at least 1")
        let n = Double(gpus)
        let efficiency = amdahl.efficiency(
            sequentialFraction: table3.sequentialFraction, gpus: n,
            dataParallelGroups: table3.dataParallelGroups,
            parameters: parameters, gpuMemory: table3.gpuMemory)
        let solve = compute.value / (n * table3.sustainedPerGPU.value) / efficiency

        let size = checkpointSize(parameters: parameters, gpus: n, variant: variant)
        let timing = variant.strategy.timing(
            size: size, gpus: n, storage: variant.storage,
            blockingFraction: variant.blockingFraction)
        let δ = timing.blocking
        let w = timing.exposure
        let r = (variant.restart ?? .fixed(table3.restartTime)).time(load: timing.load)

        let λ = failures.failureRate(gpus: n)
        let failureInterval = Swift.min(1 / λ, DalyWallTime.mttiCap)
        var m = failureInterval
        var availability = 1.0
        var interruptRate = λ
        if let tolerance = variant.tolerance {
            m = tolerance.effectiveMTTI(rate: λ)
            availability = tolerance.availability(rate: λ)
            interruptRate = tolerance.interruptRate(rate: λ)
        }
        let τ = Swift.max(CheckpointInterval.interval(δ: δ, M: m, rule: interval), w)
        let daly = DalyWallTime.overheadFactor(δ: δ, τ: τ, R: r + w, M: m)
        let straggle = 1 + slowdowns.stragglers
        let f = availability > 0 ? straggle * daly / availability : .infinity
        let wall = solve * f

        let computeTime = solve * straggle
        let dalyTime = computeTime * daly
        let shares = DalyWallTime.shares(δ: δ, τ: τ, R: r + w, M: m)
        let restartPart = r + w > 0 ? shares.restarts * r / (r + w) : 0
        let exposurePart = r + w > 0 ? shares.restarts * w / (r + w) : 0
        let parts = GoodputBreakdown(
            productive: Seconds(solve), stragglers: Seconds(computeTime - solve),
            checkpointStalls: Seconds(dalyTime * shares.checkpoint),
            lostWork: Seconds(dalyTime * (shares.lostWork + exposurePart)),
            restarts: Seconds(dalyTime * restartPart),
            degraded: Seconds(wall - dalyTime))

        var spares = 0.0
        if variant.restart?.usesHotSpares == true {
            spares = HotSpares.spareGPUs(
                rate: λ, repair: table3.timeToRepair.value, gpusPerNode: variant.storage.gpusPerNode)
        }
        let cost = spares == 0 ? n * wall * table3.pricePerGPU.value : (n + spares) * wall * table3.pricePerGPU.value
        return TimeToTrainResult(
            gpus: gpus, solveTime: Seconds(solve), amdahlEfficiency: efficiency,
            failureInterval: Seconds(failureInterval), mtti: Seconds(m),
            checkpointSize: Bytes(size), checkpointTime: Seconds(δ),
            checkpointInterval: Seconds(τ), availability: availability, overheadFactor: f,
            wallClock: Seconds(wall), cost: USD(cost), failurePreset: failures.preset,
            checkpointExposure: Seconds(w), checkpointLoad: Seconds(timing.load),
            restartTime: Seconds(r), expectedInterruptions: dalyTime * interruptRate,
            hostMemoryPerNode: Bytes(timing.hostMemoryPerNode), spareGPUs: spares, parts: parts)
    }

    /// ``evaluate(compute:parameters:gpus:variant:)`` with the compute of `parameters` split into `partitions`
    /// under the Table 3 power law.
    public func evaluate(parameters: Parameters, partitions: Int = 1, gpus: Int, variant: ResilienceVariant)
        -> TimeToTrainResult
    {
        evaluate(
            compute: TrainingCompute.powerLaw(parameters: parameters, partitions: partitions, table3: table3),
            parameters: parameters, gpus: gpus, variant: variant)
    }

    /// The overhead factor `f = T_wall / T_s` on `gpus` GPUs, which does not depend on the compute.
    public func overheadFactor(parameters: Parameters, gpus: Int, variant: ResilienceVariant) -> Double {
        evaluate(compute: FLOP(1), parameters: parameters, gpus: gpus, variant: variant).overheadFactor
    }

    /// Refuses a job whose checkpoint cannot be made safe within the mean time to interrupt — the file system (or
    /// the peers' links) cannot write it before the next failure is due, so the run would make no progress — with an
    /// ``InputError`` naming `checkpoint_bandwidth` and saying how long the write takes and how long the MTTI is.
    /// A scale sweep does not throw: such points report ``TimeToTrainResult/checkpointOutlastsMTTI``.
    public func checkFeasible(parameters: Parameters, gpus: Int, variant: ResilienceVariant) throws {
        try Check.integer(gpus, "gpus", in: 1...100_000_000)
        let r = overheadPoint(parameters: parameters, gpus: gpus, variant: variant)
        guard !r.checkpointOutlastsMTTI, r.finishes else {
            let write = Swift.max(r.checkpointTime.value, r.checkpointExposure.value)
            let mtti =
                NumberFormat.compact(r.mtti.inHours, digits: 3) + " h on " + NumberFormat.grouped(Double(gpus))
                + " GPUs"
            let bandwidth =
                NumberFormat.compact(variant.storage.bandwidth(gpus: Double(gpus)) / 1e9, digits: 4) + " GB/s"
            let takes = NumberFormat.compact(write / 3600, digits: 3) + " h"
            throw InputError(
                field: "checkpoint_bandwidth", value: variant.storage.fileSystem.formatted,
                allowed: "a bandwidth that secures the \(r.checkpointSize.formatted) checkpoint within the mean "
                    + "time to interrupt (\(mtti))",
                hint: "at \(bandwidth) the checkpoint takes \(takes): the job would never finish; use fewer GPUs, "
                    + "faster storage, or a smaller checkpoint")
        }
    }

    /// ``checkFeasible(parameters:gpus:variant:)`` plus the restart: a restart that takes at least the MTTI is expected
    /// to be interrupted itself, so the job crawls (the overhead grows like `e^(R/M)`); refused naming `gpus`.
    public func checkRestartFits(parameters: Parameters, gpus: Int, variant: ResilienceVariant) throws {
        let r = overheadPoint(parameters: parameters, gpus: gpus, variant: variant)
        guard r.restartTime < r.mtti else {
            let restart = NumberFormat.compact(r.restartTime.value, digits: 3) + " s"
            let mtti = NumberFormat.compact(r.mtti.value, digits: 3) + " s"
            throw InputError(
                field: "gpus", value: "\(gpus)",
                allowed: "a cluster whose restarts (\(restart)) finish within the mean time to interrupt (\(mtti))",
                hint: "failures outpace progress; use fewer GPUs or faster restarts "
                    + "(or --no-failures to ignore failures)")
        }
    }

    func overheadPoint(parameters: Parameters, gpus: Int, variant: ResilienceVariant) -> TimeToTrainResult {
        evaluate(compute: FLOP(1), parameters: parameters, gpus: gpus, variant: variant)
    }
}

/// One point of Fig. 7: a cluster size and what training costs on it, with where the time goes.
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
    /// The whole checkpoint, all ranks (`checkpoint_bytes`).
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
    /// The failure preset the rates came from (`failure_preset`).
    public var failurePreset: FailurePreset
    /// `W`: time from a snapshot until the checkpoint survives a failure (0 for synchronous checkpoints).
    public var checkpointExposure: Seconds
    /// `L`: time to load the checkpoint at a restart.
    public var checkpointLoad: Seconds
    /// `R`: time lost per interrupt before training resumes.
    public var restartTime: Seconds
    /// Job interruptions expected over the run (`expected_interruptions`).
    public var expectedInterruptions: Double
    /// Host memory each node sets aside for checkpoints (0 for synchronous checkpoints).
    public var hostMemoryPerNode: Bytes
    /// Hot-spare GPUs paid for alongside the job (0 without hot spares).
    public var spareGPUs: Double
    /// Where the wall clock goes.
    public var parts: GoodputBreakdown

    @inlinable
    public init(
        gpus: Int, solveTime: Seconds, amdahlEfficiency: Double, failureInterval: Seconds, mtti: Seconds,
        checkpointSize: Bytes, checkpointTime: Seconds, checkpointInterval: Seconds, availability: Double,
        overheadFactor: Double, wallClock: Seconds, cost: USD, failurePreset: FailurePreset,
        checkpointExposure: Seconds, checkpointLoad: Seconds, restartTime: Seconds,
        expectedInterruptions: Double, hostMemoryPerNode: Bytes, spareGPUs: Double, parts: GoodputBreakdown
    ) {
        self.gpus = gpus
        self.solveTime = solveTime
        self.amdahlEfficiency = amdahlEfficiency
        self.failureInterval = failureInterval
        self.mtti = mtti
        self.checkpointSize = checkpointSize
        self.checkpointTime = checkpointTime
        self.checkpointInterval = checkpointInterval
        self.availability = availability
        self.overheadFactor = overheadFactor
        self.wallClock = wallClock
        self.cost = cost
        self.failurePreset = failurePreset
        self.checkpointExposure = checkpointExposure
        self.checkpointLoad = checkpointLoad
        self.restartTime = restartTime
        self.expectedInterruptions = expectedInterruptions
        self.hostMemoryPerNode = hostMemoryPerNode
        self.spareGPUs = spareGPUs
        self.parts = parts
    }

    /// The same point for a run whose solve time is `solveTime`: every time, the cost and the interruptions scale with
    /// `T_s` (the overhead factor does not depend on the compute). Used by `train`, whose compute time comes from its
    /// own throughput model; the cost stays at Table 3's price.
    public func rescaled(solveTime t: Seconds) -> TimeToTrainResult {
        let k = solveTime.value > 0 ? t.value / solveTime.value : 0
        var r = self
        r.solveTime = t
        r.wallClock = wallClock * k
        r.cost = cost * k
        r.expectedInterruptions = expectedInterruptions * k
        r.parts = GoodputBreakdown(
            productive: parts.productive * k, stragglers: parts.stragglers * k,
            checkpointStalls: parts.checkpointStalls * k, lostWork: parts.lostWork * k,
            restarts: parts.restarts * k, degraded: parts.degraded * k)
        return r
    }

    /// Useful fraction of the wall clock, `T_s / T_wall = 1/f` (0 if the job never finishes).
    public var goodput: Double { overheadFactor.isFinite ? 1 / overheadFactor : 0 }
    /// False when failures outpace progress and the wall clock is infinite.
    public var finishes: Bool { wallClock.value.isFinite }
    /// True when a checkpoint takes at least the mean time to interrupt to become safe (`max(δ, W) ≥ M`): the run is
    /// then expected to be interrupted before every checkpoint completes.
    public var checkpointOutlastsMTTI: Bool { Swift.max(checkpointTime.value, checkpointExposure.value) >= mtti.value }
}
