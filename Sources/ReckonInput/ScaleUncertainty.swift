import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon scale --samples N`: time to train with uncertain Table 3 constants (MTBFs, checkpoint bandwidth,
/// sustained FLOP/s, …). Generic path: each sample re-resolves the request and runs the sweep. Outputs: the
/// wall-clock days of every curve at every GPU count (`--gpus 50k` keeps the table short).
public enum ScaleUncertainty {
    /// Numeric fields of `reckon scale` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.scale.numericFields
    /// Fields of `reckon scale` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.scale.nonNumericKeys

    public static func run(
        _ input: InputFields, catalog: Catalog = .builtin, samples: Int?, seed: UInt64?,
        sensitivity: Bool = false
    ) throws -> UncertainOutcome {
        try CommandInputs.scale.validate(input)
        var extracted = try UncertainRun.extract(
            input, numeric: numericFields, nonNumeric: nonNumericKeys, passthrough: ["gpus"])
        let median = try ScaleRequest.resolve(extracted.medianFields, catalog: catalog)
        // `--gpu` without `--mfu`: the plan model's throughput depends on no sampled field, so it is computed once
        // (for the medians) and held, instead of one plan search per sample.
        if input.has("gpu"), !input.has("mfu"), !input.has("sustained_tflops") {
            let sustained = InputValue.text(
                NumberFormat.significant(median.sweep.model.table3.sustainedPerGPU.value, digits: 15) + " FLOP/s")
            extracted.fields.set("sustained_tflops", sustained, origin: "plan model, once")
            extracted.medianFields.set("sustained_tflops", sustained, origin: "plan model, once")
        }
        let run = extracted
        let counts = median.sweep.gpuCounts
        let series = median.sweep.series
        var outputs: [OutputField] = []
        for s in series.indices {
            for g in counts.indices {
                outputs.append(
                    OutputField(
                        key: "\(series[s].name.replacingOccurrences(of: "-", with: "_"))_days_at_\(counts[g])",
                        unit: "days", column: outputs.count))
            }
        }
        // The optimized monolithic curve at the largest count is what the paper's argument rests on: rank by it.
        let primary = outputs.first {
            $0.key.hasPrefix("monolithic_optimized") && $0.key.hasSuffix("_at_\(counts.last!)")
        }?.key
        var outcome = try run.genericOutcome(
            command: "scale", outputs: outputs, samples: samples, seed: seed,
            sensitivity: sensitivity, notes: median.notes, allowsInfinity: true
        ) { fields in
            try ScaleRequest.resolve(fields, catalog: catalog).sweep.run().results.map { $0.wallClock.inDays }
        }
        if let primary { outcome.primary = primary }
        return outcome
    }
}
