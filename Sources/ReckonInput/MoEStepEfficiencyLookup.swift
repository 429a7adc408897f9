import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// ``MoEStepEfficiency`` for a catalog model and accelerator, or why it cannot be evaluated (a sentence for a note).
///
/// ```
/// η(K_0 → K) = η_MoE(K) / η_MoE(K_0)        η_MoE(1) = 1
/// ```
/// - `K`, `K_0`: partitions with the lever and in the baseline (whole numbers; a fractional K is rounded, and said).
/// - The global batch is ``PlanRequest/defaultGlobalBatch(gpus:sequenceLength:)`` (4M tokens, rounded up to a
///   multiple of the GPUs), the framework ``FrameworkProfiles/default``, training in BF16.
public enum MoEStepEfficiencyLookup: Sendable {
    /// η and the evaluations it came from (nil for `K_0 = 1`).
    case found(ratio: Double, partitioned: MoEStepEfficiency, baseline: MoEStepEfficiency?)
    case unavailable(String)

    /// η of `partitions` against `baselinePartitions` for `model` on `gpus` of `accelerator`.
    public static func lookup(
        model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int, partitions: Double,
        baselinePartitions: Double = 1,
        framework: FrameworkProfile = FrameworkProfiles.default
    ) -> MoEStepEfficiencyLookup {
        guard let shape = try? TransformerShape(model: model) else {
            return .unavailable("\(model.name) has no published shape for the plan model")
        }
        guard !shape.isMixtureOfExperts else {
            return .unavailable("\(model.name) is already a mixture of experts; the construction needs a dense model")
        }
        guard let hardware = try? BuiltinPlanDetails.hardware(for: accelerator) else {
            return .unavailable("\(accelerator.name) lacks a figure the plan model needs (peak, memory or network)")
        }
        let batch = PlanRequest.defaultGlobalBatch(gpus: gpus, sequenceLength: shape.sequenceLength)
        func eta(_ k: Double) -> MoEStepEfficiency? {
            MoEStepEfficiency.memoized(
                dense: shape, experts: max(1, Int(k.rounded())), hardware: hardware,
                gpus: gpus, globalBatch: batch, framework: framework)
        }
        let where_ = "\(model.name) on \(NumberFormat.grouped(Double(gpus))) \(accelerator.name)"
        guard let k = eta(partitions) else {
            return .unavailable(
                "the plan search finds no plan that fits for \(where_) at K = "
                    + NumberFormat.significant(partitions.rounded()))
        }
        guard baselinePartitions.rounded() > 1 else { return .found(ratio: k.ratio, partitioned: k, baseline: nil) }
        guard let k0 = eta(baselinePartitions) else {
            return .unavailable(
                "the plan search finds no plan that fits for \(where_) at K_0 = "
                    + NumberFormat.significant(baselinePartitions.rounded()))
        }
        return .found(ratio: k.ratio / k0.ratio, partitioned: k, baseline: k0)
    }

    /// η, or nil when unavailable.
    public var ratio: Double? {
        if case .found(let r, _, _) = self { return r }
        return nil
    }

    /// A note for the report: what η was and from which plans, or why it was not applied.
    public func note(subject: String) -> String {
        switch self {
        case .found(let r, let k, let k0):
            var text =
                "\(subject): the routed step runs at η_MoE = \(NumberFormat.significant(r, digits: 3)) of the "
                + "dense MFU, so it takes 1/η the GPU time its FLOP imply — \(k.summary)"
            if let k0 { text += "; baseline partitions: \(k0.summary)" }
            return text + ". Routing assumed balanced; --moe-flop-only counts FLOP alone."
        case .unavailable(let why):
            return "\(subject): counted by FLOP only — the MoE step efficiency was not applied: \(why)."
        }
    }
}
