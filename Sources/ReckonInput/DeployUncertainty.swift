import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon deploy --samples N`: deployment vs development with uncertain inputs (seed 003 reasons in 90% intervals).
///
/// Uses the generic path (each sample re-resolves the deployment: workload, fleet search, training run). With
/// `ranges`, every field in ``seed003Ranges`` the user did not set gets that range, and the report prints the
/// 90% interval of `deployment_to_development_ratio` beside Cottier's own (20%, 90% CI 10–68%).
public enum DeployUncertainty {
    /// Numeric fields of `reckon deploy` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.deploy.numericFields
    /// Fields of `reckon deploy` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.deploy.nonNumericKeys

    /// Result fields (JSON names of `reckon deploy --format json`).
    public static let outputs: [OutputField] = [
        OutputField(key: "deployment_to_development_ratio", unit: "ratio", column: 0),
        OutputField(key: "serving_cost_usd", unit: "USD", column: 1),
        OutputField(key: "training_cost_usd", unit: "USD", column: 2),
        OutputField(key: "accelerators", unit: "GPUs", column: 3),
        OutputField(key: "gpu_hours", unit: "h", column: 4),
        OutputField(key: "energy_kwh", unit: "kWh", column: 5),
        OutputField(key: "break_even_days", unit: "days", column: 6),
        OutputField(key: "cottier_method_ratio", unit: "ratio", column: 7),
    ]

    /// One range the seed-003 preset puts on an input, with why.
    public struct Range: Sendable, Hashable {
        public var key: String
        /// As a user would type it.
        public var text: String
        public var source: String
    }

    /// Ranges on the workload shape, serving efficiency, the training run and Cottier's instance throughput for
    /// `--ranges` (seed 003 reasons in 90% intervals; these are Reckon's assumptions, each a lognormal 90% interval
    /// around the default, not Cottier's inputs). Peak-to-average is not sampled: it stays an explicit, stated input.
    public static let seed003Ranges: [Range] = [
        Range(
            key: "output_tokens", text: "20..80",
            source:
                "assumption: generated length per request within ×2 of the preset's 40 (twitter) — a tweet is 10–70 "
                + "tokens"
        ),
        Range(key: "input_tokens", text: "50..200", source: "assumption: prompt within ×2 of the preset's 100 tokens"),
        Range(
            key: "compute_efficiency", text: "0.42..0.72",
            source: "assumption: about ±30% around the serving default 0.55 (EfficiencyFactors.serving), median 0.55"),
        Range(
            key: "memory_efficiency", text: "0.65..0.95",
            source: "assumption: around the serving default 0.8 (EfficiencyFactors.serving), median 0.79"),
        Range(
            key: "mfu", text: "0.31..0.52", source: "median 0.40, the train default; " + TrainRequest.defaultMFUSource),
        Range(
            key: "price_per_hour", text: "1.5..4",
            source:
                "assumption: rental $1.5–4 per accelerator-hour; it scales serving and training alike, so the ratio "
                + "barely moves"
        ),
        Range(
            key: "instance_words_per_day", text: "7.5e7..3e8",
            source: "assumption: Cottier's 150 million words per instance-day within ×2 either way (median 1.5e8)"),
    ]

    /// Runs `samples` samples (10,000 when nil); `ranges` fills unset fields from ``seed003Ranges``.
    public static func run(
        _ input: InputFields, catalog: Catalog = .builtin, samples: Int?, seed: UInt64?,
        sensitivity: Bool = false, ranges: Bool = false
    ) throws -> UncertainOutcome {
        try CommandInputs.deploy.validate(input)
        let (priced, priceNote) = try PriceRangeSampling.apply(input, catalog: catalog, defaultGPU: "h100-sxm")
        var fields = priced
        var notes: [String] = priceNote.map { [$0] } ?? []
        if ranges {
            for r in seed003Ranges where !input.has(r.key) {
                fields.set(r.key, .text(r.text), origin: "seed-003 ranges: \(r.source)")
            }
            notes.append(
                "Ranges from --ranges: "
                    + seed003Ranges.filter { !input.has($0.key) }.map { "\($0.key) \($0.text) [\($0.source)]" }.joined(
                        separator: "; ") + ".")
        }
        let run = try UncertainRun.extract(fields, numeric: numericFields, nonNumeric: nonNumericKeys)
        let median = try DeployRequest.resolve(run.medianFields, catalog: catalog)
        if let p = median.preset, let r = p.reference.ratio, let i = p.reference.interval {
            notes.append(
                "Compare the p5–p95 of deployment_to_development_ratio (Reckon's fleet) and "
                    + "cottier_method_ratio "
                    + "(his instance-day arithmetic) with Cottier's 90% CI "
                    + "\(NumberFormat.significant(i.lowerBound))–\(NumberFormat.significant(i.upperBound)) "
                    + "(point \(NumberFormat.significant(r))). Traffic volume is held at the preset's.")
        }
        if run.inputs.isEmpty {
            notes.append(
                "No input is a distribution; add --ranges for the seed-003 ranges, or give ranges such as --mfu "
                    + "0.3..0.5."
            )
        }
        // Without a published TDP there is no energy figure: its output is left out rather than shown as 0.
        // Without a price the costs do not exist (the ratio does: both sides use the same accelerators).
        var dropped: Set<String> = median.serving.accelerator.tdp == nil ? ["energy_kwh"] : []
        if !median.serving.priceKnown { dropped.formUnion(["serving_cost_usd", "training_cost_usd"]) }
        let (shown, columns) = OutputField.keeping(outputs, dropping: dropped)
        return try run.genericOutcome(
            command: "deploy", outputs: shown, samples: samples, seed: seed,
            sensitivity: sensitivity, notes: notes + median.notes,
            allowsInfinity: true
        ) { fields in
            let r = try DeployRequest.resolve(fields, catalog: catalog)
            let c = try r.compare()
            let all = [
                c.ratio, c.servingCost.value, c.trainingCost.value, Double(c.fleet.accelerators),
                c.fleet.acceleratorHours, c.fleet.energy?.inKilowattHours ?? .nan,
                c.breakEven?.inDays
                    ?? .infinity,
                r.cottier.ratio,
            ]
            return columns.map { all[$0] }
        }
    }
}
