import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders the answer of `reckon choose` in every output format, and its days-vs-dollars chart.
public enum ChooseReport {
    /// Why one configuration is not a pick: its status, or where it stands against the frontier and the limits.
    public enum Verdict: String, Sendable, CaseIterable {
        case cheapest, fastest
        /// On the frontier, between the picks (a trade-off someone else may prefer).
        case frontier
        /// On the frontier but slower than the deadline / dearer than the budget.
        case deadline, budget
        /// Priced, off the frontier: a frontier point is as fast and as cheap.
        case dominated
        case memory
        case noPlan = "no_plan"
        case planModel = "plan_model"
        case failures
        case noPrice = "no_price"

        /// What the verdict means, for the "why the rest lose" lines.
        public var meaning: String {
            switch self {
            case .cheapest: "the cheapest meeting the deadline"
            case .fastest: "the fastest within the budget"
            case .frontier: "on the frontier, between the picks"
            case .deadline: "on the frontier but slower than the deadline"
            case .budget: "on the frontier but over the budget"
            case .dominated: "a frontier point is faster and cheaper"
            case .memory: "no plan fits in memory"
            case .noPlan: "no valid plan (dimensions, batch or network cannot be split this way)"
            case .planModel: "the catalog lacks a figure the plan model needs"
            case .failures: "failures: the run never finishes at this size"
            case .noPrice: "no published price"
            }
        }
    }

    /// The verdict on configuration `i`.
    public static func verdict(_ a: ChooseAnswer, _ i: Int) -> Verdict {
        let p = a.result.points[i]
        switch p.status {
        case .memory: return .memory
        case .noPlan: return .noPlan
        case .planModel: return .planModel
        case .failures: return .failures
        case .noPrice: return .noPrice
        case .priced: break
        }
        if i == a.cheapest { return .cheapest }
        if i == a.fastest { return .fastest }
        guard a.result.frontier.contains(i) else { return .dominated }
        if let d = a.resolved.deadlineDays, p.days! > d { return .deadline }
        if let b = a.resolved.budget, p.cost! > b { return .budget }
        return .frontier
    }

    /// What stops configuration `i` in words (the catalog's missing figure, the failure model's refusal, …).
    static func detail(_ a: ChooseAnswer, _ i: Int) -> String? {
        let p = a.result.points[i]
        let r = a.resolved
        switch p.status {
        case .planModel: return r.problem.candidates[p.candidate].unplannable
        case .failures: return r.failureNotes[p.gpus]
        case .noPrice:
            return "the catalog has no \(r.problem.price == .rent ? "rental price" : "purchase price or TDP")"
        case .memory: return "\(p.evaluated) plans evaluated, none fits in memory"
        case .noPlan:
            if let h = r.problem.candidates[p.candidate].hardware, !h.hasScaleOut, p.gpus > h.scaleUpDomain {
                return "no published scale-out bandwidth for \(r.accelerators[p.candidate].id): no plan may span more "
                    + "than one scale-up domain of \(h.scaleUpDomain)"
            }
            return "no plan splits \(r.model.name) over \(p.gpus) accelerators (heads, layers, batch or groups)"
        case .priced:
            return a.result.dominator(of: i).map { "dominated by frontier point #\(frontierNumber(a, $0))" }
        }
    }

    static func frontierNumber(_ a: ChooseAnswer, _ i: Int) -> Int { (a.result.frontier.firstIndex(of: i) ?? -1) + 1 }

    // MARK: JSON

    /// The stable JSON document of `reckon choose --format json`.
    ///
    /// Fields: `model`, `model_name`, `params`, `active_params`, `tokens`, `compute_flop`, `price`, `deadline_days`,
    /// `budget_usd`, `gpus` (as typed), `accelerators` [IDs], `framework`, `precision`, `failure_preset`,
    /// `configurations`, `plans_evaluated`, `frontier` [points, fastest first], `cheapest_meeting_deadline` and
    /// `fastest_within_budget` (frontier numbers, 1-based, or null), `verdicts` {verdict: count}, `rejected`
    /// [{`gpu`, `gpus`, `verdict`, `detail`}] for every configuration off the frontier, `interval_source`, `samples`,
    /// `seed`, `assumptions`, `notes`. A point: `rank`, `gpu`, `gpu_name`, `gpus`, `verdict`, `plan` {…},
    /// `global_batch`, `mfu`, `step_seconds`, `failure_overhead`, `compute_days`, `wall_clock_days`,
    /// `accelerator_hours`, `cost_usd` (on the price basis), `rental_cost_usd`, `ownership_cost_usd`, `energy_kwh`,
    /// `co2_kg` (null where not published), and `wall_clock_days_interval`, `cost_usd_interval` {`p5`, `p50`
    /// (sampled only), `p95`}, `accelerator_hours_interval`, `mfu_interval`.
    public static func json(_ a: ChooseAnswer) -> JSONValue {
        let r = a.resolved
        let result = a.result
        var verdicts: [Verdict: Int] = [:]
        for i in result.points.indices { verdicts[verdict(a, i), default: 0] += 1 }
        let rejected = result.points.indices.filter { !result.frontier.contains($0) }.map { i -> JSONValue in
            let p = result.points[i]
            return .object([
                ("gpu", .string(r.accelerators[p.candidate].id)), ("gpus", .number(Double(p.gpus))),
                ("verdict", .string(verdict(a, i).rawValue)),
                ("detail", detail(a, i).map { .string($0) } ?? .null),
                ("wall_clock_days", .optional(p.days)), ("cost_usd", .optional(p.cost)),
            ])
        }
        let compute = 6 * r.model.activeParameters.value * r.tokens.value
        var pairs: [(String, JSONValue)] = [
            ("model", .string(r.model.id)), ("model_name", .string(r.model.name)),
            ("params", .number(r.model.totalParameters.value)),
            ("active_params", .number(r.model.activeParameters.value)),
            ("tokens", .number(r.tokens.value)), ("compute_flop", .number(compute)),
            ("price", .string(r.problem.price.rawValue)),
            ("deadline_days", .optional(r.deadlineDays)), ("budget_usd", .optional(r.budget)),
        ]
        let ids: [JSONValue] = r.accelerators.map { .string($0.id) }
        pairs += [
            ("gpus", .string(r.sizesText)), ("accelerators", .array(ids)),
            ("framework", .string(r.problem.framework.id)), ("precision", .string(r.problem.precision.rawValue)),
            ("failure_preset", r.failurePreset.map { .string($0) } ?? .null),
            ("configurations", .number(Double(result.points.count))),
            ("plans_evaluated", .number(Double(result.plansEvaluated))),
        ]
        let frontier: [JSONValue] = result.frontier.enumerated().map { pointJSON(a, $0.element, rank: $0.offset + 1) }
        let cheapest: JSONValue = a.cheapest.map { .number(Double(frontierNumber(a, $0))) } ?? .null
        let fastest: JSONValue = a.fastest.map { .number(Double(frontierNumber(a, $0))) } ?? .null
        let counts: [(String, JSONValue)] = Verdict.allCases.compactMap { v in
            verdicts[v].map { (v.rawValue, JSONValue.number(Double($0))) }
        }
        pairs += [
            ("frontier", .array(frontier)), ("cheapest_meeting_deadline", cheapest), ("fastest_within_budget", fastest),
            ("verdicts", .object(counts)), ("rejected", .array(rejected)),
        ]
        let assumptions: [(String, JSONValue)] = r.assumptions.map { a in
            (a.key, JSONValue.object([("value", .string(a.value)), ("source", .string(a.source))]))
        }
        let source = a.samples == nil ? r.interval.description : "Monte Carlo"
        pairs += [
            ("interval_source", .string(source)),
            ("samples", a.samples.map { .number(Double($0)) } ?? .null),
            ("seed", a.seed.map { .number(Double($0)) } ?? .null),
            ("assumptions", .object(assumptions)),
            ("notes", .array(a.notes.map { .string($0) })),
        ]
        return .object(pairs)
    }

    /// One frontier point as a JSON object.
    static func pointJSON(_ a: ChooseAnswer, _ i: Int, rank: Int) -> JSONValue {
        let r = a.resolved
        let p = a.result.points[i]
        let f = p.figures!
        let plan = p.plan!.plan
        let accelerator = r.accelerators[p.candidate]
        let band = a.intervals[i]
        let planJSON: [(String, JSONValue)] = [
            ("summary", .string(plan.summary)), ("tp", .number(Double(plan.tp))), ("cp", .number(Double(plan.cp))),
            ("pp", .number(Double(plan.pp))), ("dp", .number(Double(plan.dp))), ("ep", .number(Double(plan.ep))),
            ("interleave", .number(Double(plan.interleave))), ("microbatch", .number(Double(plan.microbatch))),
            ("sequence_parallel", .bool(plan.sequenceParallel)), ("recompute", .string(plan.recompute.label)),
            ("zero_stage", .number(Double(plan.zeroStage))), ("precision", .string(plan.precision.label)),
        ]
        let mfuBand = PlanReport.interval(r.interval.capped(mfu: p.mfu!).throughput(p.mfu!))
        var pairs: [(String, JSONValue)] = [
            ("rank", .number(Double(rank))), ("gpu", .string(accelerator.id)), ("gpu_name", .string(accelerator.name)),
            ("gpus", .number(Double(p.gpus))), ("verdict", .string(verdict(a, i).rawValue)),
            ("plan", .object(planJSON)), ("global_batch", .number(Double(p.globalBatch))),
            ("mfu", .number(p.mfu!)), ("mfu_interval", mfuBand),
            ("step_seconds", .number(p.plan!.estimate.stepSeconds)), ("failure_overhead", .number(p.failureOverhead)),
        ]
        let daysBand: JSONValue = band.map { bandJSON($0.days) } ?? .null
        let hoursBand: JSONValue = band?.acceleratorHours.map(bandJSON) ?? .null
        let costBand: JSONValue = band.map { bandJSON($0.cost) } ?? .null
        pairs += [
            ("compute_days", .number(f.computeTime.value / 86_400)), ("wall_clock_days", .number(p.days!)),
            ("wall_clock_days_interval", daysBand),
            ("accelerator_hours", .number(f.acceleratorTime.value / 3600)), ("accelerator_hours_interval", hoursBand),
            ("cost_usd", .number(p.cost!)), ("cost_usd_interval", costBand),
            ("rental_cost_usd", .optional(f.rentalCost?.value)),
            ("ownership_cost_usd", .optional(f.ownershipCost?.value)),
            ("energy_kwh", .optional(f.energy.map { $0.value / 3.6e6 })), ("co2_kg", .optional(f.emissions?.value)),
        ]
        return .object(pairs)
    }

    static func bandJSON(_ b: PercentileBand) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("p5", .number(b.p5))]
        if let m = b.p50 { pairs.append(("p50", .number(m))) }
        pairs.append(("p95", .number(b.p95)))
        return .object(pairs)
    }

    // MARK: Tables

    static let header = [
        "#", "accelerator", "GPUs", "plan", "MFU", "fail ×", "days", "p5–p95", "GPU-hours", "cost",
        "p5–p95", "energy", "pick",
    ]
    static let numericColumns: Set<Int> = [0, 2, 4, 5, 6, 8, 9, 11]

    /// The frontier as table rows, fastest first.
    static func rows(_ a: ChooseAnswer) -> [[String]] {
        a.result.frontier.enumerated().map { k, i in
            let p = a.result.points[i]
            let f = p.figures!
            let band = a.intervals[i]
            let v = verdict(a, i)
            let pick: String =
                switch v {
                case .cheapest: "cheapest" + (a.resolved.deadlineDays == nil ? "" : " meeting deadline")
                case .fastest: "fastest" + (a.resolved.budget == nil ? "" : " within budget")
                case .deadline: "misses deadline"
                case .budget: "over budget"
                default: ""
                }
            let both = a.cheapest == i && a.fastest == i ? "cheapest & fastest" : pick
            return [
                "\(k + 1)", a.resolved.accelerators[p.candidate].id, NumberFormat.grouped(Double(p.gpus)),
                p.plan!.plan.summary, PlanReport.percent(p.mfu!),
                NumberFormat.significant(p.failureOverhead, digits: 3),
                NumberFormat.significant(p.days!, digits: 3),
                band.map {
                    "\(NumberFormat.significant($0.days.p5, digits: 3))–"
                        + NumberFormat.significant($0.days.p95, digits: 3)
                } ?? "",
                NumberFormat.count(f.acceleratorTime.value / 3600), USD(p.cost!).formatted,
                band.map { "\(USD($0.cost.p5).formatted)–\(USD($0.cost.p95).formatted)" } ?? "",
                f.energy?.formatted ?? "—", both,
            ]
        }
    }

    /// The page and Markdown table of the frontier.
    public static func table(_ a: ChooseAnswer) -> Table {
        Table(header: header, rows: rows(a), numericColumns: numericColumns)
    }

    /// One line per verdict other than the picks: how many configurations, why, and which (accelerator, sizes).
    public static func verdictLines(_ a: ChooseAnswer) -> [String] {
        var byVerdict: [Verdict: [Int]] = [:]
        for i in a.result.points.indices { byVerdict[verdict(a, i), default: []].append(i) }
        var lines: [String] = []
        for v in Verdict.allCases where ![.cheapest, .fastest].contains(v) {
            guard let list = byVerdict[v], !list.isEmpty else { continue }
            var line = "\(v.rawValue) (\(list.count)): \(v.meaning)"
            if v != .dominated && v != .frontier { line += " — " + where_(a, list) }
            if [.planModel, .failures, .noPlan].contains(v), let d = detail(a, list[0]) { line += "; e.g. \(d)" }
            lines.append(line)
        }
        return lines
    }

    /// "a100-40gb at 256–4,096, v100 at all 9 sizes" for configurations `list`.
    static func where_(_ a: ChooseAnswer, _ list: [Int]) -> String {
        var order: [Int] = []
        var sizes: [Int: [Int]] = [:]
        for i in list {
            let p = a.result.points[i]
            if sizes[p.candidate] == nil { order.append(p.candidate) }
            sizes[p.candidate, default: []].append(p.gpus)
        }
        let parts = order.map { c -> String in
            let s = sizes[c]!.sorted()
            let all = a.resolved.problem.candidates[c].sizes.count
            let id = a.resolved.accelerators[c].id
            if s.count == all && all > 1 { return "\(id) at all \(all) sizes" }
            if s.count == 1 { return "\(id) at \(NumberFormat.grouped(Double(s[0])))" }
            let first = NumberFormat.grouped(Double(s[0]))
            let last = NumberFormat.grouped(Double(s.last!))
            return "\(id) at \(s.count) sizes \(first)–\(last)"
        }
        return parts.count > 8
            ? parts.prefix(8).joined(separator: ", ") + ", and \(parts.count - 8) more"
            : parts.joined(separator: ", ")
    }

    /// "→ Cheapest meeting the 90-day deadline: #4, 4,096 × b200, …" lines for the two picks.
    static func pickLines(_ a: ChooseAnswer) -> [String] {
        let r = a.resolved
        func describe(_ i: Int) -> String {
            let p = a.result.points[i]
            let band = a.intervals[i]
            var s =
                "#\(frontierNumber(a, i)) \(NumberFormat.grouped(Double(p.gpus))) × "
                + "\(r.accelerators[p.candidate].name), \(p.plan!.plan.summary): "
                + "\(NumberFormat.significant(p.days!, digits: 3)) days, \(USD(p.cost!).formatted)"
            if let b = band {
                s +=
                    " (p5–p95 \(NumberFormat.significant(b.days.p5, digits: 3))–"
                    + "\(NumberFormat.significant(b.days.p95, digits: 3)) days, "
                    + "\(USD(b.cost.p5).formatted)–\(USD(b.cost.p95).formatted))"
            }
            return s
        }
        var lines: [String] = []
        if let c = a.cheapest {
            let limit =
                r.deadlineDays.map { " meeting the \(NumberFormat.significant($0, digits: 4))-day deadline" }
                ?? ""
            lines.append("Cheapest\(limit): \(describe(c))")
        }
        if let f = a.fastest {
            let limit = r.budget.map { " within the \(USD($0).formatted) budget" } ?? ""
            lines.append("Fastest\(limit): \(describe(f))")
        }
        return lines
    }

    /// The heading line: model, tokens, compute, basis, the space searched.
    static func heading(_ a: ChooseAnswer, seconds: Double?) -> String {
        let r = a.resolved
        let result = a.result
        let compute = FLOP(6 * r.model.activeParameters.value * r.tokens.value)
        var out =
            "\(r.model.name), \(r.tokens.formatted), \(compute.formatted); cost: "
            + (r.problem.price == .rent
                ? "rental at the catalog's on-demand prices"
                : "ownership (amortized purchase price + electricity)") + "\n"
        out +=
            "\(r.accelerators.count) accelerators × \(r.sizesText) GPUs: \(result.points.count) configurations, "
            + "\(NumberFormat.grouped(Double(result.plansEvaluated))) plans evaluated"
        if let seconds, seconds > 0 {
            out +=
                " in \(NumberFormat.significant(seconds, digits: 2)) s "
                + "(\(NumberFormat.count(Double(result.plansEvaluated) / seconds)) plans/s)"
        }
        var limits: [String] = []
        if let d = r.deadlineDays { limits.append("deadline \(NumberFormat.significant(d, digits: 4)) days") }
        if let b = r.budget { limits.append("budget \(USD(b).formatted)") }
        out += limits.isEmpty ? "\n" : "; " + limits.joined(separator: ", ") + "\n"
        return out
    }

    /// What the intervals are.
    static func intervalLine(_ a: ChooseAnswer) -> String {
        if a.samples != nil { return a.notes.last { $0.hasPrefix("Intervals:") } ?? "" }
        let i = a.resolved.interval
        return "Intervals: p5–p95 of the plan model's \(i.description): days, GPU-hours and cost ÷ "
            + "\(NumberFormat.significant(i.highRatio, digits: 3)) … ÷ "
            + NumberFormat.significant(i.lowRatio, digits: 3)
            + " (MFU × the same); --samples N adds the uncertain inputs."
    }

    /// Renders in `format`; `seconds` (the search's wall time, text only) is left out of every other format.
    public static func render(_ a: ChooseAnswer, format: OutputFormat, seconds: Double? = nil) -> String {
        switch format {
        case .json: return json(a).rendered() + "\n"
        case .csv:
            let csvHeader = [
                "rank", "gpu", "gpus", "plan", "mfu", "failure_overhead", "wall_clock_days",
                "wall_clock_days_p5", "wall_clock_days_p95", "accelerator_hours", "cost_usd",
                "cost_usd_p5", "cost_usd_p95", "energy_kwh", "verdict",
            ]
            let rows = a.result.frontier.enumerated().map { k, i -> [String] in
                let p = a.result.points[i]
                let f = p.figures!
                let b = a.intervals[i]
                return [
                    "\(k + 1)", a.resolved.accelerators[p.candidate].id, "\(p.gpus)", p.plan!.plan.summary,
                    JSONValue.number(p.mfu!), JSONValue.number(p.failureOverhead), JSONValue.number(p.days!),
                    b.map { JSONValue.number($0.days.p5) } ?? "", b.map { JSONValue.number($0.days.p95) } ?? "",
                    JSONValue.number(f.acceleratorTime.value / 3600), JSONValue.number(p.cost!),
                    b.map { JSONValue.number($0.cost.p5) } ?? "", b.map { JSONValue.number($0.cost.p95) } ?? "",
                    f.energy.map { JSONValue.number($0.value / 3.6e6) } ?? "", verdict(a, i).rawValue,
                ]
            }
            return Table(header: csvHeader, rows: rows).csv()
        case .markdown:
            var out = "## Choose: \(a.resolved.model.name)\n\n" + heading(a, seconds: nil) + "\n"
            out += table(a).markdown() + "\n\n"
            out += pickLines(a).map { "- **\($0)**" }.joined(separator: "\n") + "\n\n### Why the rest lose\n\n"
            out += verdictLines(a).map { "- " + $0 }.joined(separator: "\n") + "\n\n" + intervalLine(a) + "\n"
            if !a.notes.isEmpty { out += "\n" + a.notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
            return out
        case .text:
            var out = heading(a, seconds: seconds) + "\n"
            if a.result.frontier.isEmpty {
                let price = a.resolved.problem.price
                out += "No configuration has \(price.needs) on the '\(price.rawValue)' basis: no cost frontier.\n"
            } else {
                out +=
                    "Pareto frontier (days vs cost), fastest first; each point is the fastest plan of its "
                    + "accelerator and size:\n\n" + table(a).text() + "\n\n"
                out += pickLines(a).map { "→ " + $0 }.joined(separator: "\n") + "\n"
            }
            out += "\nWhy the other configurations lose:\n" + verdictLines(a).map { "  " + $0 }.joined(separator: "\n")
            out += "\n\n" + intervalLine(a) + "\n"
            out += AssumptionList.text(a.resolved.assumptions)
            for n in a.notes where !n.hasPrefix("Intervals:") { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}
