/// Why a parallel plan cannot run: each case names the rule it breaks, and ``description`` says so to a person.
public enum PlanInfeasibility: Error, Sendable, Hashable, CustomStringConvertible {
    case tensorParallelDoesNotDivideHeads(tp: Int, heads: Int, kvHeads: Int)
    case tensorParallelExceedsScaleUpDomain(tp: Int, domain: Int)
    /// The load-balanced causal split cuts each sequence into `2·CP` equal chunks.
    case contextParallelDoesNotDivideSequence(cp: Int, sequenceLength: Int)
    case pipelineDoesNotDivideLayers(pp: Int, layers: Int)
    /// Interleave must divide a stage's layers (or, with uneven stages, be at most their number).
    case interleaveDoesNotDivideStageLayers(interleave: Int, layersPerStage: Int)
    case interleaveNeedsMicrobatchesDivisibleByPipeline(microbatches: Int, pp: Int)
    case expertParallelDoesNotDivideExperts(ep: Int, experts: Int)
    /// EP·ETP must divide the `TP·CP·DP` ranks of a pipeline stage that the experts are laid out over.
    case expertGroupDoesNotDivideStage(ep: Int, etp: Int, stageRanks: Int)
    /// ETP must divide the expert FFN width.
    case expertTensorParallelDoesNotDivideFFN(etp: Int, ffn: Int)
    /// DualPipe feeds micro-batches from both ends: an even number of stages and of micro-batches.
    case dualPipeNeedsEvenStages(pp: Int, microbatches: Int)
    case gpuCountMismatch(planGPUs: Int, gpus: Int)
    case batchNotDivisible(globalBatch: Int, replicas: Int, microbatch: Int)
    case invalidValue(field: String, value: Int, allowed: String)
    case fp8Unsupported
    /// The framework (``FrameworkProfile``) does not offer a feature the plan uses.
    case frameworkLacksFeature(framework: String, field: String, allowed: String)
    /// A group of the plan leaves one scale-up domain and the accelerator has no scale-out network in the catalog.
    case noScaleOutNetwork(field: String, ranks: Int, domain: Int)
    /// More layers recomputed than a pipeline stage has.
    case recomputeLayersOutOfRange(recomputeLayers: Int, stageLayers: Int)
    case outOfMemory(neededBytes: Double, availableBytes: Double)

    public var description: String {
        switch self {
        case let .tensorParallelDoesNotDivideHeads(tp, heads, kv):
            "tp \(tp) does not divide the \(heads) attention heads / \(kv) key-value heads"
        case let .tensorParallelExceedsScaleUpDomain(tp, domain):
            "tp \(tp) is larger than the scale-up domain of \(domain) accelerators and the accelerator has no "
                + "scale-out network in the catalog"
        case let .contextParallelDoesNotDivideSequence(cp, seq):
            "sequence length \(seq) is not divisible by 2·CP = \(2 * cp) (context parallelism splits each sequence "
                + "into 2·CP chunks so that every rank gets an equal share of the causal attention)"
        case let .pipelineDoesNotDivideLayers(pp, layers):
            "pp \(pp) does not divide the \(layers) layers"
        case let .interleaveDoesNotDivideStageLayers(v, lps):
            "interleave \(v) does not divide the \(lps) layers of a pipeline stage"
        case let .interleaveNeedsMicrobatchesDivisibleByPipeline(m, pp):
            "the interleaved schedule needs the \(m) micro-batches per step to be a multiple of pp \(pp)"
        case let .expertParallelDoesNotDivideExperts(ep, experts):
            "ep \(ep) does not divide the \(experts) experts"
        case let .expertGroupDoesNotDivideStage(ep, etp, ranks):
            "ep·etp = \(ep * etp) does not divide the tp·cp·dp = \(ranks) ranks of a pipeline stage (experts live "
                + "inside the data-parallel ranks)"
        case let .expertTensorParallelDoesNotDivideFFN(etp, ffn):
            "etp \(etp) does not divide the expert FFN size \(ffn)"
        case let .dualPipeNeedsEvenStages(pp, m):
            "DualPipe needs an even number of pipeline stages (pp \(pp)) and of micro-batches per step (\(m))"
        case let .gpuCountMismatch(planGPUs, gpus):
            "tp·cp·pp·dp = \(planGPUs) but the job has \(gpus) GPUs"
        case let .batchNotDivisible(batch, replicas, b):
            "global batch \(batch) is not a multiple of dp \(replicas) × microbatch \(b)"
        case let .invalidValue(field, value, allowed):
            "\(field) \(value) is not allowed: expected \(allowed)"
        case .fp8Unsupported:
            "fp8 was asked for but the accelerator has no FP8 tensor-core peak"
        case let .frameworkLacksFeature(framework, field, allowed):
            "\(field): \(framework) cannot run this; allowed: \(allowed)"
        case let .noScaleOutNetwork(field, ranks, domain):
            "the \(field) group of \(ranks) ranks leaves the scale-up domain of \(domain) and the accelerator has no "
                + "scale-out bandwidth in the catalog"
        case let .recomputeLayersOutOfRange(k, layers):
            "recompute_layers \(k) is more than the \(layers) layers of a pipeline stage"
        case let .outOfMemory(needed, available):
            "needs \(Self.gigabytes(needed)) GB per GPU but only \(Self.gigabytes(available)) GB are usable"
        }
    }

    private static func gigabytes(_ bytes: Double) -> String {
        let tenths = (bytes / 1e8).rounded()
        return "\(tenths / 10)"
    }

    /// The snake_case flag the problem is about, for an ``InputError``.
    public var field: String {
        switch self {
        case .tensorParallelDoesNotDivideHeads, .tensorParallelExceedsScaleUpDomain: "tp"
        case .contextParallelDoesNotDivideSequence: "cp"
        case .pipelineDoesNotDivideLayers: "pp"
        case .interleaveDoesNotDivideStageLayers, .interleaveNeedsMicrobatchesDivisibleByPipeline: "interleave"
        case .expertParallelDoesNotDivideExperts, .expertGroupDoesNotDivideStage: "ep"
        case .expertTensorParallelDoesNotDivideFFN: "etp"
        case .dualPipeNeedsEvenStages: "pp"
        case .gpuCountMismatch: "gpus"
        case .batchNotDivisible: "microbatch"
        case let .invalidValue(field, _, _): field
        case .fp8Unsupported: "precision"
        case let .frameworkLacksFeature(_, field, _): field
        case let .noScaleOutNetwork(field, _, _): field
        case .recomputeLayersOutOfRange: "recompute_layers"
        case .outOfMemory: "plan"
        }
    }
}

extension PlanInfeasibility {
    /// The first structural rule `plan` breaks for `problem`, or nil (memory is not checked here).
    public static func check(plan: ParallelPlan, problem: PlanProblem) -> PlanInfeasibility? {
        let shape = problem.shape
        for (value, field) in [
            (plan.tp, "tp"), (plan.cp, "cp"), (plan.pp, "pp"), (plan.interleave, "interleave"),
            (plan.dp, "dp"), (plan.ep, "ep"), (plan.etp, "etp"), (plan.microbatch, "microbatch"),
        ]
        where value < 1 {
            return .invalidValue(field: field, value: value, allowed: "a whole number of at least 1")
        }
        guard (0...3).contains(plan.zeroStage) else {
            return .invalidValue(field: "zero", value: plan.zeroStage, allowed: "a ZeRO stage from 0 to 3")
        }
        if let (field, allowed) = problem.framework.missingFeature(of: plan) {
            return .frameworkLacksFeature(framework: problem.framework.id, field: field, allowed: allowed)
        }
        guard shape.heads % plan.tp == 0, shape.kvHeads % plan.tp == 0 else {
            return .tensorParallelDoesNotDivideHeads(tp: plan.tp, heads: shape.heads, kvHeads: shape.kvHeads)
        }
        let hw = problem.hardware
        guard plan.tp <= hw.scaleUpDomain || hw.hasScaleOut else {
            return .tensorParallelExceedsScaleUpDomain(tp: plan.tp, domain: hw.scaleUpDomain)
        }
        guard plan.cp == 1 || shape.sequenceLength % (2 * plan.cp) == 0 else {
            return .contextParallelDoesNotDivideSequence(cp: plan.cp, sequenceLength: shape.sequenceLength)
        }
        guard plan.pp <= shape.layers, problem.framework.unevenPipeline || shape.layers % plan.pp == 0 else {
            return .pipelineDoesNotDivideLayers(pp: plan.pp, layers: shape.layers)
        }
        let stageLayers = PipelineStages(layers: shape.layers, stages: plan.pp).firstLayers
        let chunks =
            stageLayers % plan.interleave == 0
            || (problem.framework.unevenPipeline && plan.interleave <= stageLayers)
        guard chunks, plan.interleave == 1 || plan.pp > 1 else {
            return .interleaveDoesNotDivideStageLayers(interleave: plan.interleave, layersPerStage: stageLayers)
        }
        if let k = plan.recomputeLayers {
            guard k >= 1 else {
                return .invalidValue(field: "recompute_layers", value: k, allowed: "a whole number of at least 1")
            }
            guard k <= stageLayers else {
                return .recomputeLayersOutOfRange(recomputeLayers: k, stageLayers: stageLayers)
            }
        }
        guard shape.experts % plan.ep == 0 else {
            return .expertParallelDoesNotDivideExperts(ep: plan.ep, experts: shape.experts)
        }
        guard plan.stageRanks % (plan.ep * plan.etp) == 0 else {
            return .expertGroupDoesNotDivideStage(ep: plan.ep, etp: plan.etp, stageRanks: plan.stageRanks)
        }
        guard shape.isMixtureOfExperts || plan.etp == 1 else {
            return .invalidValue(field: "etp", value: plan.etp, allowed: "1 (a dense model has no experts)")
        }
        guard shape.ffn % plan.etp == 0 else {
            return .expertTensorParallelDoesNotDivideFFN(etp: plan.etp, ffn: shape.ffn)
        }
        guard plan.gpus == problem.gpus else { return .gpuCountMismatch(planGPUs: plan.gpus, gpus: problem.gpus) }
        let groups: [(Int, Int, String)] = [
            (plan.tp, 1, "tp"), (plan.cp, plan.tp, "cp"), (plan.dp * plan.cp, plan.tp, "dp"),
            (plan.etp, 1, "etp"), (plan.ep, plan.etp, "ep"), (plan.pp, plan.stageRanks, "pp"),
        ]
        for (ranks, stride, field) in groups where !CollectiveCost.fits(ranks: ranks, stride: stride, hardware: hw) {
            return .noScaleOutNetwork(field: field, ranks: ranks, domain: hw.scaleUpDomain)
        }
        guard problem.globalBatch % (plan.dp * plan.microbatch) == 0 else {
            return .batchNotDivisible(globalBatch: problem.globalBatch, replicas: plan.dp, microbatch: plan.microbatch)
        }
        let microbatches = problem.globalBatch / (plan.dp * plan.microbatch)
        guard plan.interleave == 1 || microbatches % plan.pp == 0 else {
            return .interleaveNeedsMicrobatchesDivisibleByPipeline(microbatches: microbatches, pp: plan.pp)
        }
        if problem.framework.pipelineSchedule == .dualPipe, plan.pp > 1, plan.pp % 2 != 0 || microbatches % 2 != 0 {
            return .dualPipeNeedsEvenStages(pp: plan.pp, microbatches: microbatches)
        }
        guard plan.precision == .bf16 || problem.hardware.fp8PeakFLOPPerSecond > 0 else { return .fp8Unsupported }
        return nil
    }
}
