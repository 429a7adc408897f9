import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// `reckon roadmap --samples N`: the waterfall and the $1,000 GPT-3 with uncertain lever values, baselines and
/// price-performance trend. Generic path: each sample re-resolves the roadmap.
public enum RoadmapUncertainty {
    /// Numeric fields of `reckon roadmap` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.roadmap.numericFields
    /// Fields of `reckon roadmap` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.roadmap.nonNumericKeys

    public static let outputs: [OutputField] = [
        OutputField(key: "final_cost_usd", unit: "USD", column: 0),
        OutputField(key: "total_factor", unit: "×", column: 1),
        OutputField(key: "gpt3_year_with_levers_and_trend", unit: "year", column: 2),
        OutputField(key: "gpt3_year_with_trend_only", unit: "year", column: 3),
    ]

    /// The levers that rest on no published figure, drawn from ``Lever/assumptionRange`` when not set.
    public static let assumptionLevers: [LeverID] = [.trainingAlgorithms, .efficientHardware]

    public static func run(_ input: InputFields, samples: Int?, seed: UInt64?, sensitivity: Bool = false) throws
        -> UncertainOutcome
    {
        try CommandInputs.roadmap.validate(input)
        var fields = input
        var notes: [String] = []
        let range = Lever.assumptionRange
        for id in assumptionLevers where !input.has(RoadmapRequest.leverKey(id)) {
            let text = "\(NumberFormat.significant(range.lowerBound))..\(NumberFormat.significant(range.upperBound))"
            fields.set(RoadmapRequest.leverKey(id), .text(text), origin: "assumption range of \(id.area)")
            notes.append("\(id.area) is an ASSUMPTION: drawn from \(text) (lognormal 90% interval); set it to fix it.")
        }
        let run = try UncertainRun.extract(fields, numeric: numericFields, nonNumeric: nonNumericKeys)
        let median = try RoadmapRequest.resolve(run.medianFields)
        // One reliability model for every sample (it depends on no roadmap field but the preset and the GPU count).
        let gain = try RoadmapRequest.reliabilityGain(input)
        return try run.genericOutcome(
            command: "roadmap", outputs: outputs, samples: samples, seed: seed,
            sensitivity: sensitivity, notes: notes + median.notes
        ) { fields in
            let r = try RoadmapRequest.resolve(fields, gainModel: gain)
            let all = r.gpt3.levers.filter(\.isEnabled).reduce(1.0) { $0 * $1.factor }
            return [
                r.waterfall.final.value, r.waterfall.totalFactor,
                Double(r.gpt3.yearReached(costInBaselineYear: r.gpt3.baselineCost.value * all)),
                Double(r.gpt3.yearWithTrendOnly),
            ]
        }
    }
}
