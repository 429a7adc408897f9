import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon infer --samples N`: serving cost and speed with uncertain inputs (generic path: each sample re-resolves
/// the serving scenario, including its memory fit and parallelism plan).
public enum InferUncertainty {
    /// Numeric fields of `reckon infer` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.infer.numericFields
    /// Fields of `reckon infer` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.infer.nonNumericKeys

    /// Result fields (JSON names of `reckon infer --format json`).
    public static let outputs: [OutputField] = [
        OutputField(key: "usd_per_million_output_tokens", unit: "USD", column: 0),
        OutputField(key: "usd_per_million_input_tokens", unit: "USD", column: 1),
        OutputField(key: "tokens_per_second_per_gpu", unit: "tokens/s", column: 2),
        OutputField(key: "tpot_seconds", unit: "s", column: 3),
        OutputField(key: "ttft_seconds", unit: "s", column: 4),
        OutputField(key: "accelerators", unit: "GPUs", column: 5),
    ]

    public static func run(
        _ input: InputFields, catalog: Catalog = .builtin, samples: Int?, seed: UInt64?,
        sensitivity: Bool = false
    ) throws -> UncertainOutcome {
        try CommandInputs.infer.validate(input)
        let (priced, priceNote) = try PriceRangeSampling.apply(input, catalog: catalog, defaultGPU: "h100-sxm")
        let run = try UncertainRun.extract(priced, numeric: numericFields, nonNumeric: nonNumericKeys)
        let median = try InferRequest.resolve(run.medianFields, catalog: catalog)
        // Without a price the costs do not exist: they are left out rather than drawn from a placeholder.
        let dropped: Set<String> =
            median.scenario.priceKnown
            ? [] : ["usd_per_million_output_tokens", "usd_per_million_input_tokens"]
        let (shown, columns) = OutputField.keeping(outputs, dropping: dropped)
        return try run.genericOutcome(
            command: "infer", outputs: shown, samples: samples, seed: seed,
            sensitivity: sensitivity, notes: median.notes + (priceNote.map { [$0] } ?? [])
        ) { fields in
            let e = try InferRequest.resolve(fields, catalog: catalog).scenario.estimate()
            let all = [
                e.cost.usdPerMillionOutputTokens.value, e.cost.usdPerMillionInputTokens.value,
                e.tokensPerSecondPerAccelerator.value, e.timePerOutputToken.value, e.timeToFirstToken.value,
                Double(e.plan.accelerators),
            ]
            return columns.map { all[$0] }
        }
    }
}
