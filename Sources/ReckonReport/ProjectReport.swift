import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders `reckon project`: the projection table, crossing years, the Fig. 6 growth index, and the SVG charts.
public enum ProjectReport {
    /// The stable JSON document of `reckon project --format json`.
    ///
    /// Fields: `preset`, `basis`, `constants` {…}, `projection` [{`year`, `scenario`, `params`, `experts`,
    /// `flop_per_param`, `compute_flop`, `usd_per_flop`, `gpu_cost_usd`, `cloud_cost_usd`, `gpu_hours`}],
    /// `crossovers` [{`scenario`, `line`, `line_name`, `basis`, `year` (null if not by 2100)}],
    /// `spending_lines` [{`id`, `name`, `base_year`, `base_value_usd`, `annual_growth`, `source`, `assumption`}],
    /// `growth_index` [{`year`, `gpu_performance`, `supercomputers`, `model_size`, `training_compute`}],
    /// `moe_law`, `equal_quality` [{`year`, `scenario`, `factor`, `cost_usd`}] (cost on `basis` at the quality the
    /// paper assumes, the law valuing the experts), `equal_quality_crossovers` (as `crossovers`),
    /// `reconciliation` [{`run`, `year`, `accelerator`, `bottom_up_compute_flop`, `paper_compute_flop`,
    /// `gpu_hours_at_peak`, `amortized_usd_per_hour`, `rental_usd_per_hour`, `utilization`, `gpu_cost_usd`,
    /// `cloud_cost_usd`, `cloud_to_gpu_ratio`, `bottom_up_rental_usd`, `paper_gpu_cost_usd`, `paper_cloud_cost_usd`}],
    /// `assumptions` {key: {value, source}}, `notes` [..].
    public static func json(_ r: ProjectRequest.Resolved) -> JSONValue {
        let p = r.projection
        let c = p.model.constants
        return .object([
            ("preset", .string(r.preset.rawValue)),
            ("basis", .string(p.basis.rawValue)),
            (
                "constants",
                .object([
                    ("anchor_year_gpt3", .number(Double(c.gpt3Year))), ("params_gpt3", .number(c.gpt3Parameters)),
                    ("experts_gpt3", .number(c.gpt3Experts)), ("anchor_year", .number(Double(c.anchorYear))),
                    ("params_anchor", .number(c.anchorParameters)), ("experts_anchor", .number(c.anchorExperts)),
                    ("flop_per_param_anchor", .number(c.anchorFLOPPerParameter)),
                    ("anchor_gpu_cost_usd", .number(c.anchorGPUCost)),
                    ("param_growth", .number(c.parameterGrowth)),
                    ("price_perf_doubling_years_hist", .number(c.historicalDoublingYears)),
                    ("price_perf_doubling_years", .number(c.projectedDoublingYears)),
                    ("cloud_ratio", .number(c.cloudToGPUCostRatio)),
                    ("gpu_flops_anchor", .number(c.anchorGPUFLOPPerSecond)),
                    ("gpu_perf_growth", .number(c.gpuPerformanceGrowth)),
                    ("best_experts_per_year", .number(c.best.expertsPerYear)),
                    ("guess_experts_per_year", .number(c.guess.expertsPerYear)),
                    ("worst_experts_per_year", .number(c.worst.expertsPerYear)),
                    ("best_flop_per_param", .number(c.best.flopPerParameter)),
                    ("guess_flop_per_param", .number(c.guess.flopPerParameter)),
                    ("worst_flop_per_param", .number(c.worst.flopPerParameter)),
                    ("source", .string(c.source)),
                ])
            ),
            (
                "projection",
                .array(
                    p.points.map { pt in
                        .object([
                            ("year", .number(Double(pt.year))), ("scenario", .string(pt.scenario.rawValue)),
                            ("params", .number(pt.parameters.value)), ("experts", .number(pt.experts)),
                            ("flop_per_param", .number(pt.flopPerParameter)),
                            ("compute_flop", .number(pt.compute.value)),
                            ("usd_per_flop", .number(pt.dollarsPerFLOP)), ("gpu_cost_usd", .number(pt.gpuCost.value)),
                            ("cloud_cost_usd", .number(pt.cloudCost.value)), ("gpu_hours", .number(pt.gpuHours)),
                        ])
                    })
            ),
            (
                "crossovers",
                .array(
                    p.crossovers.map { x in
                        .object([
                            ("scenario", .string(x.scenario.rawValue)), ("line", .string(x.lineID)),
                            ("line_name", .string(x.lineName)),
                            ("basis", .string(x.basis.rawValue)), ("year", x.year.map { .number(Double($0)) } ?? .null),
                        ])
                    })
            ),
            (
                "spending_lines",
                .array(
                    p.lines.map { l in
                        .object([
                            ("id", .string(l.id)), ("name", .string(l.name)),
                            ("base_year", .number(Double(l.baseYear))),
                            ("base_value_usd", .number(l.baseValue.value)), ("annual_growth", .number(l.annualGrowth)),
                            ("source", .string(l.source)), ("assumption", .string(l.assumption)),
                        ])
                    })
            ),
            (
                "growth_index",
                .array(
                    growthYears(p).map { y in
                        .object(
                            [("year", .number(Double(y)))]
                                + GrowthSeries.allCases.map { s in
                                    (
                                        s.rawValue.replacingOccurrences(of: "-", with: "_"),
                                        JSONValue.number(p.growth.index(s, year: y))
                                    )
                                })
                    })
            ),
            ("moe_law", .string(p.moeLaw.name)),
            (
                "equal_quality",
                .array(
                    p.points.map { pt in
                        .object([
                            ("year", .number(Double(pt.year))), ("scenario", .string(pt.scenario.rawValue)),
                            ("factor", .number(p.model.equalQualityFactor(pt.scenario, year: pt.year, law: p.moeLaw))),
                            (
                                "cost_usd",
                                .number(
                                    p.model.costAtEqualQuality(
                                        pt.scenario, year: pt.year, basis: p.basis,
                                        law: p.moeLaw))
                            ),
                        ])
                    })
            ),
            (
                "equal_quality_crossovers",
                .array(
                    p.equalQualityCrossovers.map { x in
                        .object([
                            ("scenario", .string(x.scenario.rawValue)), ("line", .string(x.lineID)),
                            (
                                "line_name",
                                .string(x.lineName)
                            ),
                            ("basis", .string(x.basis.rawValue)), ("year", x.year.map { .number(Double($0)) } ?? .null),
                        ])
                    })
            ),
            (
                "reconciliation",
                .array(
                    r.reconciliation.map { c in
                        .object([
                            ("run", .string(c.label)), ("year", .number(Double(c.year))),
                            (
                                "accelerator",
                                .string(c.acceleratorName)
                            ),
                            ("bottom_up_compute_flop", .number(c.bottomUpCompute.value)),
                            ("paper_compute_flop", .number(c.paperCompute.value)),
                            (
                                "gpu_hours_at_peak",
                                .number(c.hoursAtPeak)
                            ),
                            ("amortized_usd_per_hour", .number(c.amortizedPerHour.value)),
                            ("rental_usd_per_hour", .number(c.rentalPrice.inDollarsPerHour)),
                            ("utilization", .number(c.utilization)), ("gpu_cost_usd", .number(c.gpuCost.value)),
                            ("cloud_cost_usd", .number(c.cloudCost.value)),
                            (
                                "cloud_to_gpu_ratio",
                                .number(c.cloudToGPURatio)
                            ),
                            ("bottom_up_rental_usd", .number(c.bottomUpRental.value)),
                            ("paper_gpu_cost_usd", .optional(c.paperGPUCost?.value)),
                            ("paper_cloud_cost_usd", .optional(c.paperCloudCost?.value)),
                        ])
                    })
            ),
            (
                "assumptions",
                .object(
                    r.assumptions.map {
                        ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))]))
                    })
            ),
            ("notes", .array(r.notes.map { .string($0) })),
        ])
    }

    /// The walk from a bottom-up rental bill to the paper's two figures, one column per anchor run.
    public static func reconciliationTable(_ runs: [CostReconciliation]) -> Table {
        func col(_ f: (CostReconciliation) -> String) -> [String] { runs.map(f) }
        let money = { (x: Double) in ProjectReport.money(x) }
        var rows: [[String]] = [
            ["bottom-up compute 6·N·D (Kaplan)"] + col { $0.bottomUpCompute.formatted },
            ["bottom-up rental: ÷ (peak × MFU) × rental price"] + col { money($0.bottomUpRental.value) },
            ["paper's compute k·P²/K (trend model)"]
                + col { "\($0.paperCompute.formatted) (×\(NumberFormat.significant($0.computeRatio, digits: 2)))" },
            ["accelerator-hours at peak"] + col { "\(NumberFormat.count($0.hoursAtPeak)) on \($0.acceleratorName)" },
            ["× amortised purchase (price ÷ life)"]
                + col { "$\(NumberFormat.significant($0.amortizedPerHour.value, digits: 3))/h" },
            ["= GPU cost (owned, 100% busy)"] + col { money($0.gpuCost.value) },
            ["paper's GPU cost"] + col { $0.paperGPUCost.map { money($0.value) } ?? "—" },
            ["÷ utilisation (MFU)"] + col { NumberFormat.significant($0.utilization * 100) + "%" },
            ["× rental ÷ amortised (margin of renting)"]
                + col {
                    "×"
                        + NumberFormat.significant(
                            $0.rentalMarkup,
                            digits: 3)
                },
            ["= cloud cost (rented at MFU)"] + col { money($0.cloudCost.value) },
            ["paper's cloud cost"] + col { $0.paperCloudCost.map { money($0.value) } ?? "—" },
            ["cloud ÷ GPU, derived (paper: 4.8)"] + col { NumberFormat.significant($0.cloudToGPURatio, digits: 3) },
        ]
        rows = rows.map {
            $0.count == runs.count + 1
                ? $0
                : $0
                    + [String](
                        repeating: "",
                        count: runs.count
                            + 1 - $0.count)
        }
        return Table(header: ["step"] + runs.map { "\($0.label), \($0.year)" }, rows: rows)
    }

    /// What the reconciliation shows, in one sentence.
    public static func reconciliationSentence(_ runs: [CostReconciliation]) -> String {
        let parts = runs.map { c -> String in
            var s = "\(c.label): cloud \(money(c.cloudCost.value))"
            if let p = c.paperCloudCost { s += " (paper \(money(p.value)))" }
            s += ", GPU \(money(c.gpuCost.value))"
            if let p = c.paperGPUCost { s += " (paper \(money(p.value)))" }
            return s + ", ratio \(NumberFormat.significant(c.cloudToGPURatio, digits: 2))"
        }
        return "The paper's cloud cost is its compute rented at MFU; its GPU cost is below it by the margin of renting "
            + "over owning times 1/MFU, which the catalog's prices put at ×"
            + runs.map { NumberFormat.significant($0.cloudToGPURatio, digits: 2) }
            .joined(separator: " and ×")
            + ", not a fixed 4.8 (the paper's GPU cost is higher than owned hardware at full "
            + "use). " + parts.joined(separator: "; ")
            + ". The bottom-up bill differs again because 6·N·D is not the paper's k·P²/K."
    }

    /// Years of the growth index: the base year (2010) to the last projected year.
    static func growthYears(_ p: Projection) -> [Int] {
        let start = p.growth.constants.baseYear
        return start <= p.years.upperBound ? Array(start...p.years.upperBound) : []
    }

    /// "$6.7M", "$19B", "$3.2T"; scientific from 10¹⁵ on ("$3.4e15"), where suffixes stop being familiar.
    static func money(_ x: Double) -> String { abs(x) >= 1e15 ? "$" + NumberFormat.scientific(x) : USD(x).formatted }
    /// "175B", "1.8T", "310T"; scientific from 10¹⁵ on.
    static func count(_ x: Double) -> String { abs(x) >= 1e15 ? NumberFormat.scientific(x) : NumberFormat.count(x) }

    /// The per-year table: best-guess model, then the cost of each scenario on the chosen basis.
    static func projectionTable(_ p: Projection) -> Table {
        let header =
            ["year", "params (guess)", "experts b/g/w", "FLOP (guess)"]
            + ProjectionScenario.allCases.map { "\(p.basis.rawValue.uppercased()) \($0.title)" }
            + ["cloud, best guess", "guess, equal quality (\(p.moeLaw.name))"]
        let rows: [[String]] = p.years.map { y in
            let m = p.model
            let experts = ProjectionScenario.allCases.map { NumberFormat.significant(m.experts($0, year: y)) }.joined(
                separator: "/")
            return [String(y), count(m.parameters(year: y).value), experts, m.compute(.bestGuess, year: y).formatted]
                + ProjectionScenario.allCases.map { money(m.cost($0, year: y, basis: p.basis)) }
                + [
                    money(m.cloudCost(.bestGuess, year: y).value),
                    money(m.costAtEqualQuality(.bestGuess, year: y, basis: p.basis, law: p.moeLaw)),
                ]
        }
        return Table(header: header, rows: rows, numericColumns: Set(0..<header.count).subtracting([2]))
    }

    static func crossoverTable(_ p: Projection) -> Table {
        let header =
            ["spending line", "value in \(p.years.lowerBound)"] + ProjectionScenario.allCases.map(\.title)
            + ["guess, equal quality"]
        let rows = p.lines.map { line -> [String] in
            [line.name, money(line.value(year: p.years.lowerBound).value)]
                + ProjectionScenario.allCases.map { s in
                    p.crossovers.first { $0.scenario == s && $0.lineID == line.id }?.year.map(String.init)
                        ?? "after 2100"
                } + [
                    p.equalQualityCrossovers.first { $0.scenario == .bestGuess && $0.lineID == line.id }?.year
                        .map(String.init) ?? "after 2100"
                ]
        }
        return Table(header: header, rows: rows)
    }

    static func growthTable(_ p: Projection) -> Table {
        let header = ["year"] + GrowthSeries.allCases.map(\.title)
        let rows = growthYears(p).map { y in
            [String(y)] + GrowthSeries.allCases.map { NumberFormat.compact(p.growth.index($0, year: y), digits: 3) }
        }
        return Table(header: header, rows: rows, numericColumns: Set(0..<header.count))
    }

    /// Renders in `format`.
    public static func render(_ r: ProjectRequest.Resolved, format: OutputFormat) -> String {
        let p = r.projection
        switch format {
        case .json: return json(r).rendered() + "\n"
        case .csv:
            let header = [
                "year", "scenario", "params", "experts", "flop_per_param", "compute_flop", "usd_per_flop",
                "gpu_cost_usd", "cloud_cost_usd", "gpu_hours",
            ]
            let rows = p.points.map { pt in
                [
                    String(pt.year), pt.scenario.rawValue, JSONValue.number(pt.parameters.value),
                    JSONValue.number(pt.experts),
                    JSONValue.number(pt.flopPerParameter), JSONValue.number(pt.compute.value),
                    JSONValue.number(pt.dollarsPerFLOP),
                    JSONValue.number(pt.gpuCost.value), JSONValue.number(pt.cloudCost.value),
                    JSONValue.number(pt.gpuHours),
                ]
            }
            return Table(header: header, rows: rows).csv()
        case .markdown:
            var out =
                "## Projection of the final training run (\(r.preset.rawValue))\n\n\(headline(r))\n\n"
                + projectionTable(p).markdown()
            out +=
                "\n\n### Crossing years (\(p.basis.rawValue.uppercased()) cost ≥ line)\n\n"
                + crossoverTable(p).markdown()
            out += "\n\n### Growth index (Fig. 6, 2010 = 1)\n\n" + growthTable(p).markdown()
            out +=
                "\n\n### One cost story: bottom-up rental → the paper's GPU and cloud cost\n\n"
                + reconciliationSentence(r.reconciliation) + "\n\n" + reconciliationTable(r.reconciliation).markdown()
            out += AssumptionList.markdown(r.assumptions)
            out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n")
            return out + "\n"
        case .text:
            var out = headline(r) + "\n\n" + projectionTable(p).text() + "\n"
            out +=
                "\nCrossing years (first year the \(p.basis.rawValue.uppercased()) cost is at least the line):\n"
                + crossoverTable(p).text(indent: "  ") + "\n"
            out += "\nGrowth index (Fig. 6, 2010 = 1):\n" + growthTable(p).text(indent: "  ") + "\n"
            out +=
                "\nOne cost story — " + reconciliationSentence(r.reconciliation) + "\n"
                + reconciliationTable(r.reconciliation).text(indent: "  ") + "\n"
            out += AssumptionList.text(r.assumptions)
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }

    /// One sentence with the numbers the paper quotes.
    static func headline(_ r: ProjectRequest.Resolved) -> String {
        let m = r.projection.model
        let c = m.constants
        let y3 = c.gpt3Year
        let ya = c.anchorYear
        let y5 = ya + 5
        var s =
            "Frontier training run, preset \(r.preset.rawValue): GPT-3 (\(y3)) "
            + "\(money(m.gpuCost(.bestGuess, year: y3).value)) GPU / "
            + "\(money(m.cloudCost(.bestGuess, year: y3).value)) cloud; GPT-4 (\(ya)) "
            + "\(money(m.gpuCost(.bestGuess, year: ya).value)) / "
            + "\(money(m.cloudCost(.bestGuess, year: ya).value)); best guess \(y5): "
            + "\(money(m.gpuCost(.bestGuess, year: y5).value)) / "
            + "\(money(m.cloudCost(.bestGuess, year: y5).value)) (paper: <$1M/$4.8M, $6.7M/$32M, $19B/$93B)."
        let guess = r.projection.crossovers.filter { $0.scenario == .bestGuess }
        if !guess.isEmpty {
            s +=
                " Best guess crosses "
                + guess.map { "\($0.lineName) in \($0.year.map(String.init) ?? "no year before 2100")" }
                .joined(separator: ", ") + "."
        }
        return s
    }

    // MARK: - Charts

    /// Fig. 5: cost of the final training run vs year (log), three scenarios, the spending lines, the paper's anchors.
    public static func costChart(_ p: Projection) -> LineChart {
        let years = Array(p.years)
        var series = ProjectionScenario.allCases.map { s in
            LineChart.Series(
                name: "\(s.title) (\(p.basis.rawValue.uppercased()) cost)",
                points: years.map { (Double($0), p.model.cost(s, year: $0, basis: p.basis)) })
        }
        // The paper's quoted values (Sec. 2.1), GPU or cloud basis.
        let paper: [(x: Double, y: Double)] =
            p.basis == .gpu ? [(2021, 1e6), (2023, 6.7e6), (2028, 19e9)] : [(2021, 4.8e6), (2023, 32e6), (2028, 93e9)]
        series.append(
            .init(name: "paper, Sec. 2.1", points: paper.filter { p.years.contains(Int($0.x)) }, markers: true))
        let lines = p.lines.map { line in
            LineChart.Reference(name: line.name, points: years.map { (Double($0), line.value(year: $0).value) })
        }
        return LineChart(
            title: "Cost of the final training run of a frontier LLM (Fig. 5)",
            x: Axis(label: "year", format: Axis.yearFormat),
            y: Axis(
                label: "\(p.basis.rawValue.uppercased()) cost, USD (log " + "scale)", scale: .log,
                format: Axis.dollarFormat),
            series: series, references: lines)
    }

    /// Fig. 6: growth index (2010 = 1, log) of GPU performance, supercomputers, model size and training FLOP.
    public static func growthChart(_ p: Projection) -> LineChart {
        let years = growthYears(p)
        let series = GrowthSeries.allCases.map { s in
            LineChart.Series(name: s.title, points: years.map { (Double($0), p.growth.index(s, year: $0)) })
        }
        return LineChart(
            title:
                "Growth since 2010 (Fig. 6; before \(p.growth.constants.largeModelEraStart) assumed to follow "
                + "hardware)",
            x: Axis(label: "year", format: Axis.yearFormat),
            y: Axis(label: "index, 2010 = 1 (log scale)", scale: .log, format: Axis.countFormat), series: series)
    }

    /// Both charts in one SVG document, Fig. 5 above Fig. 6.
    public static func svg(_ r: ProjectRequest.Resolved) -> String {
        SVG.stack(
            [
                (costChart(r.projection).svg(width: 800, height: 520), 520),
                (growthChart(r.projection).svg(width: 800, height: 480), 480),
            ], width: 800)
    }
}
