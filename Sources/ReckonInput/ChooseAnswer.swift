import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// The p5–p95 (and, with Monte Carlo, the median) of one frontier point's wall clock and cost.
public struct FrontierInterval: Sendable, Hashable {
    public var days: PercentileBand
    public var cost: PercentileBand
    /// Accelerator-hours, from the residual interval only (nil in a Monte Carlo run, which samples days and cost).
    public var acceleratorHours: PercentileBand?
}

/// A 5th–95th percentile band, with the median when it was sampled.
public struct PercentileBand: Sendable, Hashable {
    public var p5: Double
    public var p50: Double?
    public var p95: Double
}

/// What `reckon choose` answers: every configuration, the frontier, the two picks and each frontier point's interval.
public struct ChooseAnswer: Sendable {
    public var resolved: ChooseRequest.Resolved
    public var result: ChoiceResult
    /// The cheapest configuration meeting the deadline (the cheapest overall without one), an index into
    /// `result.points`.
    public var cheapest: Int?
    /// The fastest configuration within the budget (the fastest overall without one).
    public var fastest: Int?
    /// Interval of each frontier point, by index into `result.points`.
    public var intervals: [Int: FrontierInterval]
    /// Monte Carlo samples and seed when the intervals were sampled; nil when they come from the residuals alone.
    public var samples: Int?
    public var seed: UInt64?
    public var notes: [String]
}

extension ChooseRequest {
    /// Keys whose distributions the Monte Carlo of `choose` samples (each frontier point's run is re-costed per
    /// sample; the frontier itself is searched at the medians).
    public static let uncertainKeys: Set<String> = [
        "tokens", "pue", "electricity_price", "amortization_years",
        "power_fraction", "grid_intensity",
    ]

    /// Resolves, searches every configuration, picks, checks the deadline and the budget, and attaches each frontier
    /// point's interval. `cancelled` is asked before each configuration (the server's deadline).
    ///
    /// Refusals (``InputError``, naming the field): no configuration runs at all (`gpus`); a deadline no priced
    /// configuration meets (`deadline`, with the fastest achievable); a budget below every priced configuration
    /// (`budget`, with the cheapest); a deadline or budget with nothing priced (`price`).
    public static func run(_ input: InputFields, catalog: Catalog = .builtin, threads: Int = 2) throws -> ChooseAnswer {
        try CommandInputs.choose.validate(input)
        var fields = input
        let samples = try fields.integer(.samples)
        let seed = try fields.integer(.seed).map(UInt64.init)
        fields.remove("samples")
        fields.remove("seed")
        let numeric = CommandInputs.choose.numericFields.filter { uncertainKeys.contains($0.key) }
        let run = try UncertainRun.extract(
            fields, numeric: numeric, nonNumeric: CommandInputs.choose.nonNumericKeys,
            passthrough: CommandInputs.choose.sweepKeys)
        let resolved = try resolve(run.medianFields, catalog: catalog)
        let budget = WorkBudget.current
        let points = ChoiceSearch.run(resolved.problem, threads: threads) { (try? budget.checkDeadline()) == nil }
        try budget.checkDeadline()
        let result = ChoiceResult(points: points)
        var answer = try pick(resolved, result)
        if samples != nil || run.isUncertain {
            try sample(
                &answer, run: run, samples: samples ?? MonteCarlo.defaultSamples,
                seed: seed ?? MonteCarlo.defaultSeed)
        }
        return answer
    }

    /// The picks and the refusals of ``run(_:catalog:threads:)``; intervals from the residuals.
    static func pick(_ r: Resolved, _ result: ChoiceResult) throws -> ChooseAnswer {
        guard let fastestAny = result.fastestAny else {
            var counts: [ChoiceStatus: Int] = [:]
            for p in result.points { counts[p.status, default: 0] += 1 }
            let why = ChoiceStatus.allCases.compactMap { s in counts[s].map { "\(s.rawValue) \($0)" } }
            throw InputError(
                field: "gpus", value: r.sizesText,
                allowed: "cluster sizes and accelerators at which some plan of \(r.model.name) fits "
                    + "and the run finishes",
                hint: "of \(result.points.count) configurations: " + why.joined(separator: ", ")
                    + " (more or larger accelerators fit larger models)")
        }
        if result.frontier.isEmpty, r.deadlineDays != nil || r.budget != nil {
            throw InputError(
                field: "price", value: r.problem.price.rawValue,
                allowed: "a basis on which some configuration has a published price",
                hint: "none of the accelerators that fit has \(r.problem.price.needs) in the catalog")
        }
        let cheapest = result.cheapest(meeting: r.deadlineDays)
        let fastest = result.fastest(within: r.budget)
        if let days = r.deadlineDays, cheapest == nil {
            let best = result.frontier[0]
            var allowed = "at least the fastest achievable: " + describe(r, result, best, days: true)
            let any = result.points[fastestAny]
            if any.status != .priced, any.days! < result.points[best].days! {
                allowed += "; \(describe(r, result, fastestAny, days: true)) without a published price"
            }
            throw InputError(
                field: "deadline", value: r.deadlineText ?? NumberFormat.significant(days) + " days",
                allowed: allowed)
        }
        if let budget = r.budget, fastest == nil {
            let cheapestOverall = result.frontier[result.frontier.count - 1]
            throw InputError(
                field: "budget", value: r.budgetText ?? USD(budget).formatted,
                allowed: "at least the cheapest: " + describe(r, result, cheapestOverall, days: false))
        }
        var intervals: [Int: FrontierInterval] = [:]
        for i in result.frontier {
            let p = result.points[i]
            let f = p.figures!
            let interval = r.interval.capped(mfu: p.mfu!)
            let days = interval.duration(p.days!)
            let cost = interval.duration(p.cost!)
            let hours = interval.duration(f.acceleratorTime.value / 3600)
            intervals[i] = FrontierInterval(
                days: PercentileBand(p5: days.p5, p50: nil, p95: days.p95),
                cost: PercentileBand(p5: cost.p5, p50: nil, p95: cost.p95),
                acceleratorHours: PercentileBand(p5: hours.p5, p50: nil, p95: hours.p95))
        }
        var notes = r.notes
        if let c = cheapest, let f = fastest, r.deadlineDays != nil, r.budget != nil,
            result.points[c].cost! > r.budget!
        {
            notes.append(
                "No configuration meets both the deadline and the budget: the cheapest meeting the deadline "
                    + "costs \(USD(result.points[c].cost!).formatted), the fastest within the budget takes "
                    + "\(NumberFormat.significant(result.points[f].days!, digits: 3)) days.")
        }
        return ChooseAnswer(
            resolved: r, result: result, cheapest: cheapest, fastest: fastest, intervals: intervals,
            samples: nil, seed: nil, notes: notes)
    }

    /// "23.4 days (65,536 × b200, $81.2M)" for point `i`.
    static func describe(_ r: Resolved, _ result: ChoiceResult, _ i: Int, days: Bool) -> String {
        let p = result.points[i]
        let what = "\(NumberFormat.grouped(Double(p.gpus))) × \(r.accelerators[p.candidate].id)"
        let d = NumberFormat.significant(p.days!, digits: 3) + " days"
        guard let cost = p.cost else { return "\(d) (\(what))" }
        return days ? "\(d) (\(what), \(USD(cost).formatted))" : "\(USD(cost).formatted) (\(what), \(d))"
    }
}
