import ReckonAnalysis
import ReckonCore

/// A published figure next to the plan model's prediction.
public struct ValidationResult: Sendable {
    public var validationCase: ValidationCase
    /// Nil when no plan fits.
    public var predicted: Double?
    public var plan: ParallelPlan?
    /// predicted / published − 1.
    public var error: Double? { predicted.map { $0 / validationCase.published - 1 } }
}

/// Runs the plan model on each ground-truth case and summarises the errors.
public enum Validation {
    /// Predicts every case with the default constants (or `constants`).
    public static func run(_ cases: [ValidationCase] = GroundTruth.all,
                           constants: StepTimeConstants = .default) -> [ValidationResult] {
        cases.map { c in
            var constants = constants
            constants.fusedAttention = c.fusedAttention
            guard let problem = try? PlanProblem(shape: c.shape, hardware: c.hardware, gpus: c.gpus,
                                                 globalBatch: c.globalBatch, constants: constants),
                  let best = PlanSearch.run(problem: problem, constraints: c.constraints, top: 1).plans.first
            else { return ValidationResult(validationCase: c, predicted: nil, plan: nil) }
            let e = best.estimate
            let value: Double
            switch c.metric {
            case .hardwareTFLOPsPerGPU: value = e.hardwareFLOPPerSecondPerGPU / 1e12
            case .tokensPerSecondPerGPU: value = e.tokensPerSecond / Double(c.gpus)
            case .sixNDMFU: value = 6 * c.nominalParameters * e.tokensPerSecond / (Double(c.gpus) * c.hardware.peakFLOPPerSecond)
            }
            return ValidationResult(validationCase: c, predicted: value, plan: best.plan)
        }
    }

    /// Median and maximum absolute relative error over the results that have a prediction.
    public static func summary(_ results: [ValidationResult]) -> (count: Int, median: Double, max: Double) {
        let errors = results.compactMap(\.error).map(abs).sorted()
        guard !errors.isEmpty else { return (0, .nan, .nan) }
        let n = errors.count
        let median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2
        return (n, median, errors[n - 1])
    }
}
