import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// `reckon project --samples N`: the frontier-cost projection with uncertain trend constants (growth rates,
/// price-performance doubling time, anchors). Generic path: each sample re-resolves the projection. Outputs: the
/// best-guess GPU and cloud cost of the final training run in every fifth year of the table and its last year.
public enum ProjectUncertainty {
    /// Numeric fields of `reckon project` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.project.numericFields
    /// Fields of `reckon project` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.project.nonNumericKeys

    /// The years reported: every fifth year of the table, and its last.
    static func years(_ range: ClosedRange<Int>) -> [Int] {
        var years = range.filter { $0 % 5 == 0 }
        if years.last != range.upperBound { years.append(range.upperBound) }
        return years
    }

    public static func run(_ input: InputFields, samples: Int?, seed: UInt64?, sensitivity: Bool = false) throws
        -> UncertainOutcome
    {
        try CommandInputs.project.validate(input)
        let run = try UncertainRun.extract(input, numeric: numericFields, nonNumeric: nonNumericKeys)
        let median = try ProjectRequest.resolve(run.medianFields)
        let shown = years(median.projection.years)
        var outputs: [OutputField] = []
        for year in shown {
            outputs.append(OutputField(key: "gpu_cost_usd_\(year)", unit: "USD", column: outputs.count))
        }
        for year in shown {
            outputs.append(OutputField(key: "cloud_cost_usd_\(year)", unit: "USD", column: outputs.count))
        }
        var outcome = try run.genericOutcome(
            command: "project", outputs: outputs, samples: samples, seed: seed,
            sensitivity: sensitivity, notes: median.notes
        ) { fields in
            let p = try ProjectRequest.resolve(fields).projection
            return shown.map { p.model.gpuCost(.bestGuess, year: $0).value }
                + shown.map { p.model.cloudCost(.bestGuess, year: $0).value }
        }
        outcome.primary = "gpu_cost_usd_\(shown.first { $0 >= 2028 } ?? shown.last!)"
        return outcome
    }
}
