import Dispatch
import ReckonAnalysis
import ReckonCore

/// A published figure next to the plan model's prediction.
public struct ValidationResult: Sendable {
    public var validationCase: ValidationCase
    /// Nil when the row is not modelled or no plan fits.
    public var predicted: Double?
    public var plan: ParallelPlan?
    /// The model's estimate of that plan.
    public var estimate: PlanEstimate?
    /// Why there is no prediction.
    public var reason: String?

    public init(
        validationCase: ValidationCase, predicted: Double?, plan: ParallelPlan?, estimate: PlanEstimate? = nil,
        reason: String? = nil
    ) {
        self.validationCase = validationCase
        self.predicted = predicted
        self.plan = plan
        self.estimate = estimate
        self.reason = reason
    }

    /// predicted / published − 1 (the error of the predicted throughput).
    public var error: Double? { predicted.map { $0 / validationCase.published - 1 } }

    /// published / predicted throughput, the residual ratio of ``ResidualInterval``.
    public var ratio: Double? { predicted.map { validationCase.published / $0 } }
}

/// How well one suite of development rows must be reproduced, and why.
public struct SuiteTolerance: Sendable, Hashable {
    /// Bound on the median |error| of the suite's modelled rows.
    public var median: Double
    /// A row within this |error| is reported as good; the suite's test requires every row within it.
    public var row: Double
    /// Why these bounds.
    public var reason: String
}

/// Median, maximum and count of the absolute errors of one set of results.
public struct ErrorSummary: Sendable, Hashable {
    public var count: Int
    public var median: Double
    public var max: Double
    /// Rows of the set without a prediction (not modelled, or no plan fits).
    public var withoutPrediction: Int
}

/// Runs the plan model on each published case and summarises the errors, suite by suite.
public enum Validation {
    /// Predicts every case with the default constants (or `constants`); cases run two at a time.
    public static func run(
        _ cases: [ValidationCase] = GroundTruth.all,
        constants: StepTimeConstants = .default
    ) -> [ValidationResult] {
        let slots = UnsafeMutableBufferPointer<ValidationResult>.allocate(capacity: cases.count)
        defer { slots.deallocate() }
        nonisolated(unsafe) let output = slots
        DispatchQueue.concurrentPerform(iterations: cases.count) { i in
            (output.baseAddress! + i).initialize(to: predict(cases[i], constants: constants))
        }
        let results = Array(slots)
        slots.baseAddress!.deinitialize(count: cases.count)
        return results
    }

    /// The prediction for one case: the fastest plan with the case's published constraints.
    public static func predict(_ c: ValidationCase, constants: StepTimeConstants = .default) -> ValidationResult {
        if let reason = c.notModelled {
            return ValidationResult(validationCase: c, predicted: nil, plan: nil, reason: "not modelled: " + reason)
        }
        guard let shape = c.shape, let hardware = c.hardware else {
            return ValidationResult(validationCase: c, predicted: nil, plan: nil, reason: "not modelled")
        }
        let problem: PlanProblem
        do {
            problem = try PlanProblem(
                shape: shape, hardware: hardware, gpus: c.gpus, globalBatch: c.globalBatch,
                framework: c.framework, constants: constants, fp8Recipe: c.fp8Recipe)
            try c.constraints.check(framework: c.framework)
        } catch {
            return ValidationResult(validationCase: c, predicted: nil, plan: nil, reason: "\(error)")
        }
        let search = PlanSearch.run(problem: problem, constraints: c.constraints, top: 1, threads: 1)
        guard let best = search.plans.first else {
            return ValidationResult(
                validationCase: c, predicted: nil, plan: nil,
                reason: "no plan with the published parts fits in memory")
        }
        let perGPU = best.estimate.tokensPerSecond / Double(c.gpus)
        return ValidationResult(
            validationCase: c, predicted: c.value(tokensPerSecondPerGPU: perGPU), plan: best.plan,
            estimate: best.estimate)
    }

    /// Median and maximum absolute relative error over the results that have a prediction.
    public static func summary(_ results: [ValidationResult]) -> (count: Int, median: Double, max: Double) {
        let s = errorSummary(results)
        return (s.count, s.median, s.max)
    }

    /// The same with the count of rows without a prediction.
    public static func errorSummary(_ results: [ValidationResult]) -> ErrorSummary {
        let errors = results.compactMap(\.error).map(abs).sorted()
        let missing = results.count - errors.count
        guard !errors.isEmpty else {
            return ErrorSummary(count: 0, median: .nan, max: .nan, withoutPrediction: missing)
        }
        let n = errors.count
        let median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2
        return ErrorSummary(count: n, median: median, max: errors[n - 1], withoutPrediction: missing)
    }

    /// The suites in report order, each with its results.
    public static func bySuite(_ results: [ValidationResult]) -> [(suite: String, results: [ValidationResult])] {
        var order: [String] = []
        var groups: [String: [ValidationResult]] = [:]
        for r in results {
            let s = r.validationCase.suite
            if groups[s] == nil { order.append(s) }
            groups[s, default: []].append(r)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// The tolerance a suite is held to (``SuiteTolerance``). Rows the constants were fitted on are held to
    /// what one global constant set can do across frameworks and GPU generations; the rest are reported
    /// with the known reason they deviate.
    public static func tolerance(suite: String) -> SuiteTolerance {
        switch suite {
        case GroundTruth.megatronSuite:
            return SuiteTolerance(
                median: 0.05, row: 0.10,
                reason: "issue 5's bound; figures read from a chart to 3 significant figures")
        case "NeMo 24.07 perf summary", "NeMo long-sequence CP", "Megatron-Bridge perf summary 25.11",
            "torchtitan docs/performance.md", "torchtitan community benchmark (Trainy/WhiteFiber)":
            return SuiteTolerance(
                median: 0.15, row: 0.30,
                reason: "one constant set across frameworks and GPU generations; recompute, "
                    + "micro-batch and overlap settings partly unpublished")
        case GroundTruth.trainingRunsSuite:
            return SuiteTolerance(
                median: 0.20, row: 0.45,
                reason: "whole runs: GPU-hours include downtime (MFU floors), GPU counts assumed, "
                    + "Megatron-DeepSpeed's pipeline engine slower than modelled")
        default:
            return SuiteTolerance(
                median: 0.60, row: 1.50,
                reason: "not calibration rows: power-limited parts (Meta's 500 W H100, torchao's "
                    + "B200), MI300X software, MoE (issue 14); reported, not fitted")
        }
    }

    /// The bound of the mixture-of-experts calibration rows (Megatron-Bridge 25.11 and 25.09 MoE rows).
    public static let moeTolerance = SuiteTolerance(
        median: 0.20, row: 0.50,
        reason: "MoE rows: the recipes leave unprinted settings that move MoE throughput far more than dense "
            + "(dispatcher backend, overlapped all-to-all schedule, fine-grained recompute modules, CUDA-graph "
            + "scopes); Megatron-Bridge's performance summary prints a 2× change for one printed MoE plan between "
            + "releases 25.09 and 25.11 (NVIDIA-NeMo/Megatron-Bridge@067f987d docs/performance-summary-archive.md)")

    /// The tolerance one case is judged by: its suite's for a calibration row (``moeTolerance`` for a mixture of
    /// experts), the reporting bound otherwise (power-limited parts, unfitted rows), so that a suite's bound speaks
    /// only of the rows it was fitted on.
    public static func tolerance(for c: ValidationCase) -> SuiteTolerance {
        guard c.calibration else { return tolerance(suite: "") }
        return c.isMixtureOfExperts ? moeTolerance : tolerance(suite: c.suite)
    }

    /// The residual interval of the calibration rows of `results` (the rows the constants were fitted on) of one
    /// kind: dense models, or mixtures of experts (`moe`), so that a plan's interval comes from runs like it.
    public static func residualInterval(_ results: [ValidationResult], moe: Bool = false) -> ResidualInterval? {
        let rows = results.filter { $0.validationCase.calibration && $0.validationCase.isMixtureOfExperts == moe }
        let ratios = rows.compactMap(\.ratio)
        let kind = moe ? "mixture-of-experts runs" : "dense runs"
        return ResidualInterval(
            ratios: ratios,
            description: "residuals of \(ratios.count) published \(kind) (calibration rows of "
                + "`reckon validate`)")
    }

    /// The validation of ``GroundTruth/all`` with ``StepTimeConstants/default``, run once per process.
    static let defaultResults = run()

    /// The default interval of dense plans: from the dense calibration rows with ``StepTimeConstants/default``,
    /// stored as ``ResidualInterval/planModel`` (the validation tests require it to equal a fresh computation).
    public static let defaultInterval: ResidualInterval? = ResidualInterval.planModel

    /// The default interval of mixture-of-experts plans: from the MoE calibration rows, stored as
    /// ``ResidualInterval/moePlanModel`` (checked the same way).
    public static let moeInterval: ResidualInterval? = ResidualInterval.moePlanModel

    /// The interval for a plan of `shape`.
    public static func interval(for shape: TransformerShape) -> ResidualInterval? {
        ResidualInterval.planModel(mixtureOfExperts: shape.isMixtureOfExperts)
    }
}
