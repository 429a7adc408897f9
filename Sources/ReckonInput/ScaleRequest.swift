import Foundation
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon scale`: the fields it reads, and how they become a ``ScaleSweep`` (the paper's Fig. 7 by default).
public enum ScaleRequest {
    /// Every key `reckon scale` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.scale.keys }

    /// The cluster size at which `--gpu` without `--mfu` asks the plan model for an MFU (Llama 3 405B's 16,384 GPUs).
    public static let planReferenceGPUs = 16_384

    /// The paper's Fig. 7: a 1.8T-parameter model (GPT-4 class, an assumption: the paper does not state it) from 1k to
    /// 100k GPUs.
    public static let defaultParameters = Parameters(1.8e12)
    public static let defaultParametersSource =
        "assumption: Faraboschi et al. 2024 do not state Fig. 7's model size; "
        + "1.8T (GPT-4 class, paper Sec. 1.2) gives C = 3.07e25 FLOP and ~95 days on 25k A100"
    public static let defaultRange = (low: 1000, high: 100_000, points: 13)

    public enum Basis: String, CaseIterable, Sendable { case gpuMemory = "gpu-memory", modelState = "model-state" }
    /// `checkpoint_strategy` words (``CheckpointStrategy``).
    public enum Strategy: String, CaseIterable, Sendable { case synchronous, asynchronous, inMemory = "in-memory" }
    /// `hot_spares` words: which systems keep booted spare nodes.
    public enum Spares: String, CaseIterable, Sendable { case none, optimized, both }

    /// A resolved request: the sweep to run, what was assumed, notes, and the Llama 3 reality check.
    public struct Resolved: Sendable {
        public var sweep: ScaleSweep
        public var modelName: String
        public var failurePreset: String
        public var assumptions: [Assumption]
        public var notes: [String]
        public var llama3: InterruptionComparison
    }

    /// `--gpu` (and `--mfu`): per-GPU throughput = BF16 peak × MFU, the MFU given or predicted by the plan model
    /// (`reckon plan`) for a catalog model with a published shape at ``planReferenceGPUs``; the GPU's memory
    /// becomes the checkpointed memory unless `gpu_memory` is given. `--sustained-tflops` wins over both.
    static func applyAccelerator(
        _ input: InputFields, catalog: Catalog, to t: inout Table3Parameters,
        assumptions: inout [Assumption]
    ) throws {
        guard let gpuID = try input.catalogID(.gpu) else { return }
        let accelerator = try catalog.accelerator(gpuID)
        if !input.has(.gpuMemory), let memory = accelerator.memory { t.gpuMemory = memory }
        guard !input.has(.sustainedTflops) else { return }
        guard let peak = accelerator.peak(at: .bf16) else {
            throw InputError(
                field: "gpu", value: gpuID, allowed: "an accelerator with a published BF16 peak",
                hint: "or give --sustained-tflops")
        }
        let mfu: Double
        if let m = try input.number(.mfu) {
            mfu = m
        } else {
            guard let id = try input.catalogID(.model),
                let predicted = PlanRequest.predictedMFU(
                    model: try catalog.model(id), accelerator: accelerator,
                    gpus: planReferenceGPUs, precision: .bf16)
            else {
                throw InputError(
                    field: "mfu", value: "missing", allowed: "a number in (0, 1]",
                    hint:
                        "the plan model predicts MFU only for a catalog model with a published shape (e.g. --model "
                        + "llama-3.1-405b); otherwise give --mfu"
                )
            }
            mfu = predicted.mfu
            assumptions.append(
                Assumption(
                    "mfu", predicted.assumption.value + ", at \(NumberFormat.grouped(Double(planReferenceGPUs))) GPUs",
                    source: predicted.assumption.source))
        }
        t.sustainedPerGPU = FLOPPerSecond(peak.value * mfu)
        assumptions.append(
            Assumption(
                "sustained_tflops", t.sustainedPerGPU.formatted,
                source:
                    "\(accelerator.name) BF16 peak \(peak.formatted) × MFU \(NumberFormat.significant(mfu, digits: 3))")
        )
    }

    /// Validates `input` and builds the sweep. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.scale.validate(input)
        var assumptions: [Assumption] = []
        var notes: [String] = []

        // Model size.
        var parameters = defaultParameters
        var modelName = "1.8T-parameter model (GPT-4 class, the paper's Fig. 7)"
        if let id = try input.catalogID(.model) {
            let m = try catalog.model(id)
            parameters = m.totalParameters
            modelName = m.name + (m.isEstimate ? " [ESTIMATE]" : "")
        }
        if let p = try input.quantity(.params, Dimensions.ParameterCount.self) {
            parameters = p
            modelName = "\(p.formatted)-parameter model"
        }
        if !input.has(.model) && !input.has(.params) {
            assumptions.append(Assumption("params", defaultParameters.formatted, source: defaultParametersSource))
        }
        let partitions = try input.integer(.partitions) ?? 8
        if partitions > 1 {
            // The K-partition series divides compute by K^(s−1) (Table 3's power law); say what the experts are worth.
            let paper = 1 / pow(Double(partitions), Table3Parameters.paper2024.tokenScaling - 1)
            notes += TrainRequest.moeLawNotes(
                parameters: parameters.value, partitions: Double(partitions),
                paperFactor: paper)
        }

        // Table 3, each field overridable.
        var t = Table3Parameters.paper2024
        try applyTable3(input, to: &t)
        try applyAccelerator(input, catalog: catalog, to: &t, assumptions: &assumptions)
        try t.validate()
        // Failures: observed rates by default (the paper's Table 3 system with --failures paper-2024).
        let preset = try input.word(.failures) ?? FailurePreset.defaultPreset().rawValue
        var failures = try FailureModel.preset(named: preset)
        let presetID = failures.preset
        let paperSystem = ReliabilityDefaults.usesPaperSystem(presetID)
        // Per-component MTBFs are refused with another preset by the registry (they need --failures paper-2024).
        if presetID == .paper2024 { failures = FailureModel(table3: t) }

        var shown = ["tolerate", "repair_hours", "sequential_fraction"]
        if paperSystem {
            shown =
                [
                    "gpu_mtbf_hours", "cpu_mtbf_hours", "gpus_per_cpu", "checkpoint_bandwidth",
                    "optimized_checkpoint_bandwidth",
                    "optimized_checkpoint_fraction",
                ] + shown + ["restart_hours"]
        } else {
            assumptions.append(
                Assumption(
                    "failures", preset,
                    source: input.has("failures")
                        ? failures.source
                        : FailurePreset.defaultSource))
            // Constants of the observed system: as assumptions where they are inputs, else said in one note.
            let observed = ReliabilityDefaults.observedAssumptions.filter {
                !["failures", "checkpoint_basis"].contains($0.key)
            }
            for a in observed where CommandInputs.scale.keys.contains(a.key) && !input.has(a.key) {
                assumptions.append(Assumption(a.key, a.value, source: a.source))
            }
            if !input.has("restart_hours") {
                let r = RestartParts.observed
                assumptions.append(
                    Assumption(
                        "restart_hours", NumberFormat.significant(r.total(load: 0) / 3600, digits: 3) + " + load",
                        source: "in parts: detection \(NumberFormat.significant(r.detection, digits: 3)) s + "
                            + "rescheduling \(NumberFormat.significant(r.rescheduling.value, digits: 3)) s (none with "
                            + "hot spares) + "
                            + "checkpoint load + warm-up \(NumberFormat.significant(r.warmUp.value, digits: 3)) s"))
            }
            let constants = observed.filter { !CommandInputs.scale.keys.contains($0.key) }
            if !constants.isEmpty {
                notes.append(
                    "Observed-practice constants (library defaults, not yet flags): "
                        + constants.map { "\($0.key) = \($0.value) [\($0.source)]" }.joined(separator: "; ") + ".")
            }
        }
        for key in shown where !input.has(key) {
            assumptions.append(
                Assumption(key, describe(key, t), source: Table3Parameters.sources[key] ?? Table3Parameters.source))
        }

        // Model options.
        let interval = try input.choice(.interval, CheckpointInterval.self) ?? .daly
        let amdahl = try input.choice(.amdahl, AmdahlReading.self) ?? .dp100
        if !input.has(.amdahl) {
            assumptions.append(
                Assumption(
                    "amdahl", "dp100",
                    source: "assumption (Faraboschi et al. 2024, Table 3 Seq_comp = 1%): "
                        + "Amdahl over the 100 data-parallel groups (E = 0.5025); "
                        + "the only reading that uses Table 3 alone and leaves saturation to failures"))
        }
        var basis = TimeToTrain.CheckpointBasis.gpuMemory
        if try input.choice(.checkpointBasis, Basis.self) ?? .modelState == .modelState {
            let bytes = try input.number(.checkpointBytesPerParam) ?? BytesPerParameter.mixedPrecisionAdamCheckpoint
            basis = .modelState(bytesPerParameter: bytes)
            if !input.has(.checkpointBasis) {
                assumptions.append(
                    Assumption(
                        "checkpoint_basis", "model-state",
                        source: ReliabilityDefaults.observedSources["checkpoint_basis"]!))
            }
            if !input.has(.checkpointBytesPerParam) {
                assumptions.append(
                    Assumption(
                        "checkpoint_bytes_per_param", "14",
                        source:
                            "BF16 weights + fp32 master weights and Adam moments (ZeRO, Rajbhandari et al. 2020, Sec. "
                            + "3.1)"
                    ))
            }
            notes.append(
                "Model-state checkpoints do not grow with the cluster: the baseline no longer saturates "
                    + "(Reckon's counter-check of Faraboschi et al. 2024, Sec. 3.1). Fig. 7 itself: "
                    + "--failures paper-2024 --checkpoint-basis gpu-memory.")
        }
        var slowdowns = Slowdowns.notStated
        if let x = try input.number(.stragglerSlowdown) {
            slowdowns = try Slowdowns(stragglers: x, source: "user input")
        }
        let model = try TimeToTrain(
            table3: t, failures: failures, interval: interval, amdahl: amdahl, checkpointBasis: basis,
            slowdowns: slowdowns)

        // Series: monolithic and K-partition MoE, each baseline and optimized; optional asynchronous writes.
        var overrides = ReliabilityDefaults.Overrides()
        if !paperSystem {
            if input.has(.checkpointBandwidth) { overrides.fileSystem = t.checkpointBandwidth }
            if input.has(.optimizedCheckpointBandwidth) {
                overrides.optimizedFileSystem = t.optimizedCheckpointBandwidth
            }
            if input.has(.checkpointFraction) { overrides.checkpointFraction = t.checkpointFraction }
            if input.has(.optimizedCheckpointFraction) {
                overrides.optimizedCheckpointFraction = t.optimizedMemoryFraction
            }
            if input.has(.restartHours) { overrides.restart = t.restartTime }
            try applyObservedSystem(input, to: &overrides)
        }
        try applyStrategies(input, observed: !paperSystem, to: &overrides)
        var series = try ScaleSeries.defaults(for: presetID, table3: t, partitions: partitions, overrides: overrides)
        if partitions > 1, !(try input.flag(.moeFlopOnly) ?? false) {
            let (eta, note) = try stepEfficiency(input, catalog: catalog, partitions: partitions)
            notes.append(note)
            for i in series.indices where series[i].partitions > 1 { series[i].stepEfficiency = eta ?? 1 }
        }
        if let a = try input.number(.checkpointBlockingFraction) {
            for i in series.indices { series[i].variant.blockingFraction = a }
        }

        // GPU counts.
        let counts = try gpuCounts(input)
        let sweep = try ScaleSweep(model: model, parameters: parameters, gpuCounts: counts, series: series)
        if paperSystem {
            notes.append(
                "Baseline: checkpoint \(NumberFormat.significant(t.checkpointFraction * 100))% of GPU memory at "
                    + "\(t.checkpointBandwidth.formatted), "
                    + "every failure interrupts the job. Optimized (the paper's \"supercomputing technology\"): "
                    + "\(t.optimizedCheckpointBandwidth.formatted), "
                    + "\(NumberFormat.significant(t.optimizedMemoryFraction * 100))% of the memory, "
                    + "tolerates \(t.toleratedGroups) failed data-parallel groups of \(t.dataParallelGroups).")
        } else {
            let b = series[0].variant.storage
            notes.append(
                "Baseline (observed practice): synchronous checkpoints at min(\(b.nodeLink?.formatted ?? "∞") per "
                    + "node × nodes, "
                    + "\(b.fileSystem.formatted)), restarts of detection + rescheduling + load + warm-up (~10 min), "
                    + "every failure "
                    + "interrupts the job. Optimized: asynchronous snapshots kept in a peer node's memory, hot "
                    + "spares, and "
                    + "tolerance of \(t.toleratedGroups) failed data-parallel groups of \(t.dataParallelGroups).")
        }
        return Resolved(
            sweep: sweep, modelName: modelName, failurePreset: preset, assumptions: assumptions, notes: notes,
            llama3: .llama3_405B)
    }

    /// η_MoE of the K-partition curves (``MoEStepEfficiencyLookup``): the `--model`'s catalog shape on
    /// ``planReferenceGPUs`` of `--gpu` (where the monolithic MFU is predicted too); nil and a note saying why when
    /// either is missing or the search finds no plan.
    static func stepEfficiency(_ input: InputFields, catalog: Catalog, partitions: Int) throws
        -> (Double?, String)
    {
        let subject = "MoE-\(partitions) curves"
        guard let gpuID = try input.catalogID(.gpu), let modelID = try input.catalogID(.model),
            !input.has(.params)
        else {
            return (
                nil,
                subject + ": counted by FLOP only — the MoE step efficiency was not applied: it needs a "
                    + "catalog --model with a published dense shape and a --gpu (and no --params)."
            )
        }
        let lookup = MoEStepEfficiencyLookup.lookup(
            model: try catalog.model(modelID),
            accelerator: try catalog.accelerator(gpuID),
            gpus: planReferenceGPUs, partitions: Double(partitions))
        return (lookup.ratio, lookup.note(subject: subject) + " Compute time of those curves × 1/η; FLOP unchanged.")
    }

    /// Table 3's constants, each overridable by its field. The observed system's storage link, restart parts and hot
    /// spares from their fields (issue 21).
    static func applyObservedSystem(_ input: InputFields, to o: inout ReliabilityDefaults.Overrides) throws {
        if let v = try input.quantity(.nodeStorageBandwidth, Dimensions.Bandwidth.self) { o.nodeLink = v }
        var parts = RestartParts.observed
        if let v = try input.number(.hangShare) { parts.hangShare = v }
        if let v = try input.number(.hangTimeoutMinutes) { parts.hangTimeout = .minutes(v) }
        if let v = try input.number(.rescheduleMinutes) { parts.rescheduling = .minutes(v) }
        if let v = try input.number(.warmupMinutes) { parts.warmUp = .minutes(v) }
        if parts != RestartParts.observed { o.restartParts = parts }
        if let spares = try input.choice(.hotSpares, Spares.self) {
            o.hotSpares = spares == .both
            o.optimizedHotSpares = spares != .none
        }
    }

    /// `checkpoint_strategy` and `optimized_checkpoint_strategy`, with `checkpoint_replicas` and `snapshot_bandwidth`.
    static func applyStrategies(_ input: InputFields, observed: Bool, to o: inout ReliabilityDefaults.Overrides) throws
    {
        let snapshot =
            try input.quantity(.snapshotBandwidth, Dimensions.Bandwidth.self) ?? CheckpointStrategy.hgxSnapshotPerGPU
        let replicas = try input.integer(.checkpointReplicas) ?? 1
        func strategy(_ word: Strategy) -> CheckpointStrategy {
            switch word {
            case .synchronous: .synchronous
            case .asynchronous: .asynchronous(snapshotPerGPU: snapshot)
            case .inMemory: .inMemory(replicas: replicas, snapshotPerGPU: snapshot)
            }
        }
        if let w = try input.choice(.checkpointStrategy, Strategy.self) { o.strategy = strategy(w) }
        if let w = try input.choice(.optimizedCheckpointStrategy, Strategy.self) { o.optimizedStrategy = strategy(w) }
        // Replicas or snapshot bandwidth alone apply to the observed optimized system's in-memory strategy.
        if observed, o.optimizedStrategy == nil, input.has(.checkpointReplicas) || input.has(.snapshotBandwidth) {
            o.optimizedStrategy = strategy(.inMemory)
        }
    }

    static func applyTable3(_ input: InputFields, to t: inout Table3Parameters) throws {
        if let h = try input.number(.gpuMtbfHours) { t.gpuMTBF = .hours(h) }
        if let h = try input.number(.cpuMtbfHours) { t.cpuMTBF = .hours(h) }
        if let v = try input.number(.gpusPerCpu) { t.gpusPerCPU = v }
        if let v = try input.quantity(.gpuMemory, Dimensions.Information.self) { t.gpuMemory = v }
        if let v = try input.quantity(.sustainedTflops, Dimensions.ComputeRate.self) { t.sustainedPerGPU = v }
        if let v = try input.number(.tokenScaling) { t.tokenScaling = v }
        if let v = try input.number(.tokensPerParam) { t.tokensPerParameter = v }
        if let v = try input.number(.flopPerToken) { t.flopPerParameterToken = v }
        if let v = try input.number(.sequentialFraction) { t.sequentialFraction = v }
        if let v = input[Field.tolerate.key] {
            (t.toleratedGroups, t.dataParallelGroups) = try KOfN.parse(
                v, field: .tolerate, origin: input.origins["tolerate"])
        }
        if let h = try input.number(.repairHours) {
            t.timeToRepair = .hours(h)
            if !input.has(.restartHours) { t.restartTime = .hours(h) }
        }
        if let h = try input.number(.restartHours) { t.restartTime = .hours(h) }
        if let v = try input.quantity(.checkpointBandwidth, Dimensions.Bandwidth.self) { t.checkpointBandwidth = v }
        if let v = try input.number(.checkpointFraction) { t.checkpointFraction = v }
        if let v = try input.quantity(.optimizedCheckpointBandwidth, Dimensions.Bandwidth.self) {
            t.optimizedCheckpointBandwidth = v
        }
        if let v = try input.number(.optimizedCheckpointFraction) { t.optimizedMemoryFraction = v }
        if let v = try input.quantity(.pricePerGpuHour, Dimensions.MoneyRate.self) { t.pricePerGPU = v }
    }

    /// `--gpus`: one count (`50k`), a list (`1k,4k,16k`) or a log-spaced range (`1k...100k`, with `--points`).
    static func gpuCounts(_ input: InputFields) throws -> [Int] {
        let points = try input.integer(.points)
        guard let value = input[Field.gpuCounts.key] else {
            return try ScaleSweep.logSpaced(
                from: defaultRange.low, to: defaultRange.high,
                points: points ?? defaultRange.points)
        }
        let counts = try GPUCounts.parse(
            value, field: .gpuCounts, bounds: Field.gpuCounts.bounds,
            origin: input.origins["gpus"])
        switch counts {
        case .range(let low, let high):
            return try ScaleSweep.logSpaced(from: low, to: high, points: points ?? defaultRange.points)
        case .single(let n):
            if let p = points { throw pointsWithoutRange(p) }
            return [n]
        case .list(let list):
            if let p = points { throw pointsWithoutRange(p) }
            return list
        }
    }

    static func pointsWithoutRange(_ points: Int) -> InputError {
        InputError(field: "points", value: "\(points)", allowed: "--points only with a --gpus range such as 1k...100k")
    }

    public static func describe(_ key: String, _ t: Table3Parameters) -> String {
        switch key {
        case "gpu_mtbf_hours": NumberFormat.significant(t.gpuMTBF.inHours, digits: 15)
        case "cpu_mtbf_hours": NumberFormat.significant(t.cpuMTBF.inHours, digits: 15)
        case "gpus_per_cpu": NumberFormat.significant(t.gpusPerCPU)
        case "sequential_fraction": NumberFormat.significant(t.sequentialFraction)
        case "tolerate": "\(t.toleratedGroups)/\(t.dataParallelGroups)"
        case "repair_hours": NumberFormat.significant(t.timeToRepair.inHours)
        case "restart_hours": NumberFormat.significant(t.restartTime.inHours)
        case "checkpoint_bandwidth": t.checkpointBandwidth.formatted.replacingOccurrences(of: " ", with: "")
        case "optimized_checkpoint_bandwidth":
            t.optimizedCheckpointBandwidth.formatted.replacingOccurrences(of: " ", with: "")
        case "optimized_checkpoint_fraction": NumberFormat.significant(t.optimizedMemoryFraction)
        case "gpu_memory": t.gpuMemory.formatted().replacingOccurrences(of: " ", with: "")
        case "sustained_tflops": t.sustainedPerGPU.formatted.replacingOccurrences(of: " ", with: "")
        case "token_scaling": NumberFormat.significant(t.tokenScaling)
        case "tokens_per_param": NumberFormat.significant(t.tokensPerParameter)
        case "flop_per_token": NumberFormat.significant(t.flopPerParameterToken)
        case "checkpoint_fraction": NumberFormat.significant(t.checkpointFraction)
        case "price_per_gpu_hour": NumberFormat.significant(t.pricePerGPU.value * 3600)
        default: ""
        }
    }
}
