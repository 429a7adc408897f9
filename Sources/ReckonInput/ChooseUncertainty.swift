import ReckonAnalysis
import ReckonCore
import ReckonUnits

extension ChooseRequest {
    /// Monte Carlo over each frontier point: the plan model's residual error and the uncertain inputs.
    ///
    /// ```
    /// r      ~ lognormal(p5 = q₅, p95 = q₉₅)        published ÷ predicted throughput (ResidualInterval.planModel)
    /// MFU_s  = min(1, MFU · r)
    /// days_s, cost_s = train's formulas with MFU_s and the sampled inputs (tokens, PUE, tariff, amortization, …)
    /// ```
    /// The frontier is searched once at the inputs' medians; each of its points (accelerator, size, plan) is then
    /// re-costed per sample, so the bands say how uncertain the cost of *that* choice is. The lognormal through the
    /// residuals' p5 and p95 is an assumption about their shape (45 rows do not pin down tails); it reproduces the
    /// residual interval as its own p5–p95. Two result columns per frontier point; the seed makes the run
    /// reproducible bit for bit (``MonteCarlo``).
    static func sample(_ answer: inout ChooseAnswer, run: UncertainRun, samples: Int, seed: UInt64) throws {
        guard (1...MonteCarlo.maximumSamples).contains(samples) else {
            throw InputError(
                field: "samples", value: "\(samples)",
                allowed: "a whole number from 1 to \(MonteCarlo.maximumSamples)")
        }
        let r = answer.resolved
        let frontier = answer.result.frontier
        guard !frontier.isEmpty else { return }
        try WorkBudget.current.check(samples: samples, columns: 2 * frontier.count)
        let residual = try Distribution.lognormal(p5: r.interval.lowRatio, p95: r.interval.highRatio)
        let model = FrontierSampler(answer: answer, inputs: run.inputs)
        let monteCarlo = MonteCarlo(samples: samples, seed: seed)
        let result = monteCarlo.run(
            inputs: [residual] + run.inputs.map(\.distribution),
            outputCount: 2 * frontier.count
        ) { x, y in model.evaluate(x, y) }
        let summaries = result.summaries()
        for (k, i) in frontier.enumerated() {
            let d = summaries[2 * k]
            let c = summaries[2 * k + 1]
            guard [d.p5, d.p95, c.p5, c.p95].allSatisfy(\.isFinite) else {
                throw InputError(
                    field: run.inputs.first?.key ?? "samples",
                    value: run.inputs.first?.text ?? "\(samples)",
                    allowed: "inputs whose every sample gives a finite result")
            }
            answer.intervals[i] = FrontierInterval(
                days: PercentileBand(p5: d.p5, p50: d.p50, p95: d.p95),
                cost: PercentileBand(p5: c.p5, p50: c.p50, p95: c.p95),
                acceleratorHours: nil)
        }
        answer.samples = samples
        answer.seed = seed
        answer.notes += run.clampNotes
        answer.notes.append(
            "Intervals: Monte Carlo, \(samples) samples, seed \(seed): the plan model's residual ratio "
                + "as lognormal(p5 \(NumberFormat.significant(r.interval.lowRatio, digits: 3)), p95 "
                + "\(NumberFormat.significant(r.interval.highRatio, digits: 3)))"
                + (run.inputs.isEmpty
                    ? ""
                    : " and "
                        + run.inputs.map { "\($0.key) = \($0.text)" }
                        .joined(separator: ", "))
                + "; the frontier itself is searched at the medians.")
    }
}

/// The per-sample model of `choose --samples`: each frontier point's numbers, patched. Allocation-free.
struct FrontierSampler: Sendable {
    enum Patch: Sendable { case tokens, pue, electricity, amortization, powerFraction, grid }
    let points: [TrainingNumbers]
    let mfus: [Double]
    let rent: Bool
    let patches: [Patch]
    let admissions: [Admission]

    init(answer: ChooseAnswer, inputs: [UncertainInput]) {
        let result = answer.result
        let problem = answer.resolved.problem
        var points: [TrainingNumbers] = []
        var mfus: [Double] = []
        for i in result.frontier {
            let p = result.points[i]
            var n = problem.candidates[p.candidate].numbers
            n.count = Double(p.gpus)
            n.failureOverhead = p.failureOverhead
            points.append(n)
            mfus.append(p.mfu!)
        }
        self.points = points
        self.mfus = mfus
        rent = problem.price == .rent
        let table: [String: Patch] = [
            "tokens": .tokens, "pue": .pue, "electricity_price": .electricity,
            "amortization_years": .amortization, "power_fraction": .powerFraction,
            "grid_intensity": .grid,
        ]
        patches = inputs.map { table[$0.key]! }
        admissions = inputs.map(\.field.admission)
    }

    /// `x[0]` the residual ratio, `x[1...]` the inputs' draws; writes days and cost of each point.
    func evaluate(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        for k in 0..<points.count {
            var n = points[k]
            n.mfu = min(1, mfus[k] * x[0])
            for j in 0..<patches.count {
                let v = admissions[j](x[j + 1])
                switch patches[j] {
                case .tokens: n.tokens = v
                case .pue: n.pue = v
                case .electricity: n.electricityPrice = v
                case .amortization: n.amortizationLife = Seconds.years(v).value
                case .powerFraction: n.powerFraction = v
                case .grid: n.gridIntensity = v
                }
            }
            let f = n.figures()
            y[2 * k] = f.wallClock.value / 86_400
            y[2 * k + 1] = (rent ? f.rentalCost?.value : f.ownershipCost?.value) ?? .nan
        }
    }
}
