import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon train --samples N`: Monte Carlo over a training estimate whose inputs are distributions.
///
/// Fast path: the scenario is resolved once (catalog lookups, validation) at the inputs' medians and
/// flattened to ``TrainingNumbers``; each sample copies those numbers, patches the uncertain ones and
/// calls ``TrainingNumbers/figures()`` — no strings, no dictionaries, no allocation. Before use, the fast
/// path is checked against a full ``TrainRequest/resolve(_:catalog:)`` + ``TrainingScenario/estimate()``
/// at the inputs' p5, median and p95; any disagreement (or an uncertain field it does not know) sends
/// the run down the generic path, which re-resolves every sample.
public enum TrainUncertainty {
    /// Numeric fields of `reckon train` as Monte Carlo reads them (the field registry's definitions).
    public static let numericFields = CommandInputs.train.numericFields
    /// Fields of `reckon train` that are not numbers (IDs, choices, flags): never distributions.
    public static let nonNumericKeys = CommandInputs.train.nonNumericKeys

    /// Result fields, with the JSON names and units of `reckon train --format json`.
    public static let outputs: [OutputField] = [
        OutputField(key: "compute_flop", unit: "FLOP", column: 0),
        OutputField(key: "wall_clock_days", unit: "days", column: 1),
        OutputField(key: "accelerator_hours", unit: "h", column: 2),
        OutputField(key: "cost_usd", unit: "USD", column: 3),
        OutputField(key: "ownership_cost_usd", unit: "USD", column: 4),
        OutputField(key: "energy_kwh", unit: "kWh", column: 5),
        OutputField(key: "co2_kg", unit: "kg CO2e", column: 6),
    ]

    /// Writes the result fields of `f` (in ``outputs`` order and units) into `y`; a figure that is not computed
    /// (no price, no TDP) is written as 0 and its output is not shown (see `run`).
    @inlinable @inline(__always)
    public static func write(_ f: TrainingFigures, into y: UnsafeMutableBufferPointer<Double>) {
        y[0] = f.compute.value
        y[1] = f.wallClock.inDays
        y[2] = f.acceleratorTime.inHours
        y[3] = f.rentalCost?.value ?? 0
        y[4] = f.ownershipCost?.value ?? 0
        y[5] = f.energy?.inKilowattHours ?? 0
        y[6] = f.emissions?.value ?? 0
    }

    /// Runs `samples` samples (10,000 when nil) with `seed` (1 when nil). `sensitivity` adds a tornado and
    /// rank correlations; `forceGeneric` skips the fast path and `forceStored` the monotone run
    /// (``MonteCarlo/runMonotone(input:outputCount:directions:evaluate:)``) (for tests and comparisons).
    ///
    /// Two model parts are evaluated once, not per sample: without `mfu`, the plan model's MFU for the median scenario
    /// is held for every sample (a plan search per sample would cost milliseconds each; said in a note); and the
    /// failure overhead is recomputed per sample only when the GPU count is uncertain (the same
    /// ``TrainRequest/failureOverhead(gpus:parameters:precision:)`` model `resolve` applies; the fast path's self-check
    /// compares them).
    public static func run(
        _ input: InputFields, catalog: Catalog = .builtin, samples: Int?, seed: UInt64?,
        sensitivity: Bool = false, forceGeneric: Bool = false, forceStored: Bool = false
    ) throws -> UncertainOutcome {
        if let samples, !(1...MonteCarlo.maximumSamples).contains(samples) {
            throw InputError(
                field: "samples", value: "\(samples)", allowed: "a whole number from 1 to \(MonteCarlo.maximumSamples)")
        }
        try CommandInputs.train.validate(input)
        let (priced, priceNote) = try PriceRangeSampling.apply(input, catalog: catalog, defaultGPU: "h100-sxm")
        var extracted = try UncertainRun.extract(priced, numeric: numericFields, nonNumeric: nonNumericKeys)
        let resolved: TrainRequest.Resolved
        do {
            resolved = try TrainRequest.resolve(extracted.medianFields, catalog: catalog)
        } catch var e as InputError where e.field == "result" && !extracted.inputs.isEmpty {
            // The medians already overflow: name the uncertain input, as a refusal of a sample would.
            let first = extracted.inputs[0]
            e.hint = "its median gives \(e.value); " + (e.hint ?? "")
            e.field = first.key
            e.value = Field.shown(.text(first.text))
            e.allowed = "a distribution whose median gives a finite result"
            throw e
        }
        var pinnedNotes: [String] = priceNote.map { [$0] } ?? []
        if !input.has("mfu") {
            let mfu = InputValue.number(resolved.scenario.mfu)
            extracted.fields.set("mfu", mfu, origin: "MFU of the median scenario")
            extracted.medianFields.set("mfu", mfu, origin: "MFU of the median scenario")
            pinnedNotes.append(
                "MFU held at \(NumberFormat.significant(resolved.scenario.mfu, digits: 3)) for every sample (the "
                    + "value for the "
                    + "median scenario; give --mfu, or a range, to vary it).")
        }
        let run = extracted
        var failureOverheadHook: (@Sendable (TrainingNumbers) -> Double)? = nil
        if resolved.scenario.failureOverhead != 1,
            run.inputs.contains(where: { $0.key == "gpus" || $0.key == "params" })
        {
            let model = try TrainRequest.failureOverheadModel(
                precision: resolved.scenario.precision,
                fields: extracted.medianFields)
            failureOverheadHook = { n in
                let f = model(Int(n.count), n.totalParameters)
                return f.isFinite ? f : .nan
            }
        }
        let monteCarlo = MonteCarlo(samples: samples ?? MonteCarlo.defaultSamples, seed: seed ?? MonteCarlo.defaultSeed)
        try WorkBudget.current.check(samples: monteCarlo.samples, columns: outputs.count)
        let generic: MonteCarloEvaluator = { x, y in
            let fields = run.fields(with: x)
            guard let r = try? TrainRequest.resolve(fields, catalog: catalog) else {
                for k in y.indices { y[k] = .nan }
                return
            }
            write(r.scenario.figures(), into: y)
        }

        var method = "fast path (scenario resolved once, numbers patched per sample)"
        var evaluator: MonteCarloEvaluator
        var result: MonteCarloResult
        if !forceGeneric, let fast = FastTrainModel(run: run, resolved: resolved, hook: failureOverheadHook),
            fast.agrees(with: generic, run: run)
        {
            evaluator = { x, y in fast.evaluate(x, y) }
            if !sensitivity, !forceStored, let directions = fast.monotonicity {
                // One input every result is monotone in: its order statistics give the results' percentiles.
                result = monteCarlo.runMonotone(
                    input: run.inputs[0].distribution, outputCount: outputs.count, directions: directions,
                    evaluate: evaluator)
            } else {
                result = monteCarlo.run(
                    inputs: run.inputs.map(\.distribution), outputCount: outputs.count, keepInputs: sensitivity,
                    evaluate: evaluator)
            }
        } else {
            method = "generic path (scenario re-resolved per sample)"
            evaluator = generic
            result = try run.runGeneric(monteCarlo, outputCount: outputs.count, keepInputs: sensitivity) { fields in
                var y = [Double](repeating: 0, count: outputs.count)
                let figures = try TrainRequest.resolve(fields, catalog: catalog).scenario.figures()
                y.withUnsafeMutableBufferPointer { write(figures, into: $0) }
                return y
            }
        }

        let median = resolved.scenario.figures()
        let missing: Set<String> = Set(
            [
                median.rentalCost == nil ? "cost_usd" : nil, median.ownershipCost == nil ? "ownership_cost_usd" : nil,
                median.energy == nil ? "energy_kwh" : nil, median.emissions == nil ? "co2_kg" : nil,
            ].compactMap { $0 })
        let shown = outputs.filter { !missing.contains($0.key) }
        let all = result.summaries()
        var outcome = UncertainOutcome(
            command: "train", outputs: shown, summaries: shown.map { all[$0.column] }, result: result,
            inputs: run.inputs, samplesDefaulted: samples == nil, method: method,
            notes: run.clampNotes + resolved.notes + pinnedNotes,
            primary: missing.contains("cost_usd") ? "wall_clock_days" : "cost_usd")
        try outcome.checkFinite()
        if sensitivity {
            let distributions = run.inputs.map(\.distribution)
            outcome.tornado = Sensitivity.tornado(
                inputs: distributions, outputCount: outputs.count, evaluate: evaluator)
            outcome.correlations = run.inputs.indices.map { j in
                outputs.map { o in Sensitivity.spearman(result.draws(j)!, result.output(o.column)) }
            }
        }
        return outcome
    }
}
