import Foundation
import ReckonCore
import ReckonUnits

/// What a mixture of experts' step costs beyond its FLOP: the plan model's MFU of a routed model against the MFU of
/// the dense model it is built from, on the same cluster.
///
/// A routed model of the same active size does the same FLOP per token as its dense counterpart, but its step runs
/// slower on a real cluster: the all-to-all dispatch and combine, grouped GEMMs on each expert's smaller share of the
/// batch, the weights and optimizer state of `K` experts in memory (which force deeper pipelines or ZeRO), and the
/// busiest expert pacing every combine. ``StepTimeModel`` counts each of these; this ratio carries them to the
/// FLOP-only MoE rules (the roadmap's model-partitioning lever, `reckon scale`'s K-partition curves).
///
/// Construction of the routed counterpart of a dense shape, and the ratio:
/// ```
/// routed = dense with  E = K,  E_a = 1,  f_e = f,  S = 0,  L_d = 0,  r = 1,  dropless, unrestricted routing
/// N_active,routed = N_dense + L·h·K                          (the router; every other weight a token uses is the same)
/// MFU_x = min(1, 6·N_active,x · r_x / F_peak)                (PlanMFU.mfu in the compute rule's terms)
/// η_MoE = MFU_routed / MFU_dense
/// ```
/// - `K` experts per layer (the partitions), each of the dense FFN's size `f` (hidden units), one routed per token
///   (top-1 routing, Switch Transformer, Fedus et al. 2021): every layer keeps the dense model's attention, hidden size
///   `h` and layer count `L`, so the active parameters are the dense model's plus the router's `h·K` per layer.
/// - `r_x` the fastest plan's tokens per second per GPU (``PlanSearch/run(problem:constraints:top:threads:progress:)``,
///   exhaustive over TP, CP, PP, DP, EP, ETP, micro-batch, interleave, recomputation and ZeRO), same GPUs `n`, same
///   global batch `B` (sequences), same framework, BF16 training.
/// - `F_peak` the accelerator's BF16 dense peak, FLOP/s per GPU (``PlanHardware/peakFLOPPerSecond``).
///
/// Then a FLOP-only cost `C_K` of K partitions becomes `C_K / η_MoE` at the dense model's MFU. For `K = 1` the routed
/// shape is the dense shape (no router, no experts), so `η_MoE = 1` exactly.
///
/// Assumptions: balanced routing (``PlanProblem/expertLoadImbalance`` = 1, what Megatron-Bridge's MoE benchmarks
/// force), so η is the best the routed model can do on this cluster; a real router's imbalance lowers it further.
/// The plan model's MoE terms are checked against the MoE rows of the development set
/// (`ResidualInterval+PlanModel.swift`, 17 rows); η inherits their error, not a new fitted constant.
public struct MoEStepEfficiency: Sendable, Hashable {
    /// Experts of the routed model `K`.
    public var experts: Int
    /// Accelerators in the job `n` and the global batch `B` (sequences) both plans were searched at.
    public var gpus: Int
    public var globalBatch: Int
    /// The fastest plan of each model.
    public var densePlan: RankedPlan
    public var routedPlan: RankedPlan
    /// `MFU_dense`, `MFU_routed`: in the compute rule's terms, of the BF16 peak.
    public var denseMFU: Double
    public var routedMFU: Double

    /// `η_MoE = MFU_routed / MFU_dense`.
    public var ratio: Double { routedMFU / denseMFU }

    /// One sentence for a note: η, both plans and their MFUs.
    public var summary: String {
        let eta = NumberFormat.significant(ratio, digits: 3)
        let d = NumberFormat.significant(denseMFU, digits: 3)
        let r = NumberFormat.significant(routedMFU, digits: 3)
        return "η_MoE = \(eta) (plan model, \(NumberFormat.grouped(Double(gpus))) GPUs, global batch \(globalBatch) "
            + "sequences: dense \(densePlan.plan.summary) at MFU \(d), \(experts)-expert top-1 "
            + "\(routedPlan.plan.summary) at MFU \(r))"
    }

    /// The routed counterpart of `dense` with `experts` experts of its FFN size, one routed per token.
    /// Nil when `dense` is already a mixture of experts or `experts` < 1.
    public static func routedShape(of dense: TransformerShape, experts: Int) -> TransformerShape? {
        guard !dense.isMixtureOfExperts, experts >= 1 else { return nil }
        var routed = dense
        routed.experts = experts
        routed.activeExperts = 1
        routed.sharedExperts = 0
        routed.sharedExpertFFN = nil
        routed.leadingDenseLayers = 0
        routed.moeLayerStride = 1
        routed.denseFFN = nil
        routed.capacityFactor = nil
        routed.routedDomainLimit = nil
        return routed
    }

    /// Searches both models and compares their MFU. Nil when the shape is not dense, a problem is invalid, or either
    /// search finds no plan that fits (the caller says so; nothing is guessed).
    public static func evaluate(
        dense: TransformerShape, experts: Int, hardware: PlanHardware, gpus: Int,
        globalBatch: Int, framework: FrameworkProfile
    ) -> MoEStepEfficiency? {
        guard hardware.peakFLOPPerSecond > 0, let routed = routedShape(of: dense, experts: experts),
            let d = best(dense, hardware: hardware, gpus: gpus, globalBatch: globalBatch, framework: framework),
            let r = best(routed, hardware: hardware, gpus: gpus, globalBatch: globalBatch, framework: framework)
        else { return nil }
        let peak = hardware.peakFLOPPerSecond
        let denseMFU = PlanMFU.mfu(d.estimate, peak: peak, gpus: gpus, flopPerToken: 6 * dense.activeParameters)
        let routedMFU = PlanMFU.mfu(r.estimate, peak: peak, gpus: gpus, flopPerToken: 6 * routed.activeParameters)
        guard denseMFU > 0, routedMFU.isFinite else { return nil }
        return MoEStepEfficiency(
            experts: experts, gpus: gpus, globalBatch: globalBatch, densePlan: d, routedPlan: r,
            denseMFU: denseMFU, routedMFU: routedMFU)
    }

    /// ``evaluate(dense:experts:hardware:gpus:globalBatch:framework:)``, remembered for the life of the process: a
    /// Monte Carlo run re-resolves its request for every sample, and the searches depend on none of the sampled
    /// inputs but `K`.
    public static func memoized(
        dense: TransformerShape, experts: Int, hardware: PlanHardware, gpus: Int,
        globalBatch: Int, framework: FrameworkProfile
    ) -> MoEStepEfficiency? {
        let key = Key(
            dense: dense, experts: experts, hardware: hardware, gpus: gpus, globalBatch: globalBatch,
            framework: framework)
        return cache.value(key) {
            evaluate(
                dense: dense, experts: experts, hardware: hardware, gpus: gpus,
                globalBatch: globalBatch, framework: framework)
        }
    }

    static func best(
        _ shape: TransformerShape, hardware: PlanHardware, gpus: Int, globalBatch: Int,
        framework: FrameworkProfile
    ) -> RankedPlan? {
        guard
            let problem = try? PlanProblem(
                shape: shape, hardware: hardware, gpus: gpus, globalBatch: globalBatch,
                framework: framework)
        else { return nil }
        return PlanSearch.run(problem: problem, constraints: PlanConstraints(), top: 1).plans.first
    }

    struct Key: Hashable, Sendable {
        var dense: TransformerShape, experts: Int, hardware: PlanHardware, gpus: Int, globalBatch: Int
        var framework: FrameworkProfile
    }

    private static let cache = ProcessMemo<Key, MoEStepEfficiency>()
}
