import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders `reckon roadmap`: the levers of Table 2, the waterfall, and the road to a $1,000 GPT-3.
public enum RoadmapReport {
    static func money(_ x: Double) -> String { ProjectReport.money(x) }
    static func factorText(_ x: Double) -> String { "×" + NumberFormat.significant(x, digits: 3) }
    static func key(_ id: LeverID) -> String { id.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// The stable JSON document of `reckon roadmap --format json`.
    ///
    /// Fields: `baseline` {`label`, `cost_usd`}, `levers` [{`lever`, `area`, `description`, `parameter`, `unit`,
    /// `baseline_value`, `value`, `enabled`, `factor`, `orders_of_magnitude`, `source`}], `waterfall` [{`lever`,
    /// `before_usd`, `after_usd`, `factor`, `cumulative_factor`}], `final_cost_usd`, `total_factor`,
    /// `thousand_dollar_gpt3` {`baseline_cost_usd`, `baseline_year`, `target_usd`, `required_orders_of_magnitude`,
    /// `price_perf_doubling_years`, `year_with_trend_only`, `levers` [{`lever`, `factor`, `orders_of_magnitude`,
    /// `step_efficiency` (η_MoE of model partitioning, null when FLOP only)}],
    /// `combinations` [{`levers`, `factor`, `orders_of_magnitude`, `cost_usd`, `reaches_target_without_trend`,
    /// `year_with_trend`}]}, `data_reduction_quality` {`baseline_loss`, `loss_fewer_tokens`, `loss_repeated_data`,
    /// `epochs`} (null when the lever is off), `routing_attention` [{`context`, `attention_share`, `factor`}],
    /// `assumptions`, `notes`. Model partitioning's `factor` is at equal quality under `--moe-law`.
    public static func json(_ r: RoadmapRequest.Resolved) -> JSONValue {
        let w = r.waterfall
        let g = r.gpt3
        let quality: JSONValue =
            r.dataQuality.map { q in
                .object([
                    ("baseline_loss", .number(q.baselineLoss)), ("loss_fewer_tokens", .number(q.lossWithFewerTokens)),
                    ("loss_repeated_data", .number(q.lossWithRepeatedData)), ("epochs", .number(q.epochs)),
                ])
            } ?? .null
        return .object([
            ("baseline", .object([("label", .string(r.baselineLabel)), ("cost_usd", .number(w.baseline.value))])),
            (
                "levers",
                .array(
                    r.levers.map { l in
                        .object([
                            ("lever", .string(key(l.id))), ("area", .string(l.id.area)),
                            ("description", .string(l.id.tableTwoDescription)),
                            ("parameter", .string(l.parameterName)), ("unit", .string(l.parameterUnit)),
                            ("baseline_value", .number(l.baseline)), ("value", .number(l.value)),
                            ("enabled", .bool(l.isEnabled)),
                            ("factor", .number(l.effectiveFactor)),
                            ("orders_of_magnitude", .number(l.ordersOfMagnitude)),
                            ("source", .string(l.source)),
                        ])
                    })
            ),
            (
                "waterfall",
                .array(
                    w.steps.map { s in
                        .object([
                            ("lever", .string(key(s.lever.id))), ("before_usd", .number(s.before.value)),
                            ("after_usd", .number(s.after.value)),
                            ("factor", .number(s.lever.factor)), ("cumulative_factor", .number(s.cumulativeFactor)),
                        ])
                    })
            ),
            ("final_cost_usd", .number(w.final.value)),
            ("total_factor", .number(w.totalFactor)),
            (
                "thousand_dollar_gpt3",
                .object([
                    ("baseline_cost_usd", .number(g.baselineCost.value)),
                    ("baseline_year", .number(Double(g.baselineYear))),
                    ("target_usd", .number(g.target.value)),
                    ("required_orders_of_magnitude", .number(g.requiredOrdersOfMagnitude)),
                    ("price_perf_doubling_years", .number(g.doublingYears)),
                    ("year_with_trend_only", .number(Double(g.yearWithTrendOnly))),
                    (
                        "levers",
                        .array(
                            g.levers.map { l in
                                .object([
                                    ("lever", .string(key(l.id))), ("factor", .number(l.effectiveFactor)),
                                    ("orders_of_magnitude", .number(l.ordersOfMagnitude)),
                                    ("step_efficiency", l.stepEfficiency.map { .number($0) } ?? .null),
                                ])
                            })
                    ),
                    (
                        "combinations",
                        .array(
                            g.combinations.map { c in
                                .object([
                                    ("levers", .array(c.levers.map { .string(key($0)) })),
                                    ("factor", .number(c.factor)),
                                    ("orders_of_magnitude", .number(c.ordersOfMagnitude)),
                                    ("cost_usd", .number(c.cost.value)),
                                    ("reaches_target_without_trend", .bool(c.reachesTargetWithoutTrend)),
                                    ("year_with_trend", .number(Double(c.yearWithTrend))),
                                ])
                            })
                    ),
                ])
            ),
            ("data_reduction_quality", quality),
            (
                "routing_attention",
                .array(
                    routingContexts.map { n in
                        .object([
                            ("context", .number(n)),
                            (
                                "attention_share",
                                .number(r.routingAttention.attentionShare(context: n))
                            ),
                            ("factor", .number(r.routingAttention.factor(context: n))),
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

    /// Context lengths at which routing attention is shown.
    static let routingContexts: [Double] = [2048, 32_768, 131_072, 1_048_576]

    /// Routing attention (Sec. 3.3) for the baseline model: attention's share of training FLOP and the cost factor
    /// with O(n^1.5·d) attention, per context length.
    static func routingTable(_ r: RoadmapRequest.Resolved) -> Table {
        let a = r.routingAttention
        let rows = routingContexts.map { n -> [String] in
            [
                NumberFormat.count(n), NumberFormat.significant(a.attentionShare(context: n) * 100, digits: 3) + "%",
                factorText(a.factor(context: n)),
            ]
        }
        return Table(
            header: ["context (tokens)", "attention share of training FLOP", "with routing attention"],
            rows: rows,
            numericColumns: [0, 1, 2])
    }

    static func routingSentence(_ r: RoadmapRequest.Resolved) -> String {
        let a = r.routingAttention
        return "Routing attention (Roy et al. 2021; paper Sec. 3.3) for the \(r.parameters.formatted)-parameter "
            + "baseline "
            + "(L ≈ \(NumberFormat.significant(a.layers, digits: 3)), d ≈ "
            + "\(NumberFormat.grouped(a.hiddenSize.rounded()))): "
            + "attention is a small share at GPT-3's 2,048 tokens, so O(n^1.5·d) only pays at long contexts:"
    }

    static func leverTable(_ r: RoadmapRequest.Resolved) -> Table {
        let rows = r.levers.map { l -> [String] in
            [
                l.id.area, l.isEnabled ? "on" : "off",
                "\(NumberFormat.significant(l.baseline, digits: 3)) → \(NumberFormat.significant(l.value, digits: 3)) "
                    + "\(l.parameterUnit)",
                factorText(l.effectiveFactor), NumberFormat.fixed(l.ordersOfMagnitude, decimals: 2), l.source,
            ]
        }
        return Table(
            header: ["lever (Table 2)", "state", "parameter", "cost factor", "OOM", "source"], rows: rows,
            numericColumns: [3, 4])
    }

    static func waterfallTable(_ r: RoadmapRequest.Resolved) -> Table {
        let w = r.waterfall
        var rows = [["baseline", "", money(w.baseline.value), ""]]
        rows += w.steps.map {
            [$0.lever.id.area, factorText($0.lever.factor), money($0.after.value), factorText($0.cumulativeFactor)]
        }
        rows.append([
            "with all chosen levers", factorText(w.totalFactor), money(w.final.value),
            NumberFormat.fixed(-log10(w.totalFactor), decimals: 2) + " OOM",
        ])
        return Table(header: ["step", "factor", "cost after", "cumulative"], rows: rows, numericColumns: [1, 2, 3])
    }

    /// The best combination for each number of levers (earliest year, then lowest cost).
    static func bestBySize(_ g: ThousandDollarGPT3) -> [ThousandDollarGPT3.Combination] {
        let all = g.combinations
        let sizes = Set(all.map(\.levers.count)).sorted()
        return sizes.compactMap { n in
            all.filter { $0.levers.count == n }.min { ($0.yearWithTrend, $0.factor) < ($1.yearWithTrend, $1.factor) }
        }
    }

    static func gpt3Table(_ g: ThousandDollarGPT3) -> Table {
        let rows = bestBySize(g).map { c -> [String] in
            let names = c.levers.isEmpty ? "none (hardware trend only)" : c.levers.map(\.area).joined(separator: " + ")
            return [
                String(c.levers.count), names, factorText(c.factor),
                NumberFormat.fixed(c.ordersOfMagnitude, decimals: 2),
                money(c.cost.value), c.reachesTargetWithoutTrend ? "yes" : "no", String(c.yearWithTrend),
            ]
        }
        return Table(
            header: [
                "levers", "best combination", "factor", "OOM", "cost in \(g.baselineYear)", "≤ target now",
                "year ≤ target with trend",
            ],
            rows: rows, numericColumns: [0, 2, 3, 4, 6])
    }

    static func gpt3Summary(_ g: ThousandDollarGPT3) -> String {
        let enabled = g.levers.filter(\.isEnabled)
        let all = enabled.reduce(1.0) { $0 * $1.factor }
        var s =
            "The $1,000 GPT-3 (LightOn's question): GPT-3 cost \(money(g.baselineCost.value)) in \(g.baselineYear); "
            + "\(money(g.target.value)) is \(NumberFormat.fixed(g.requiredOrdersOfMagnitude, decimals: 2)) orders of "
            + "magnitude lower "
            + "(\"four orders of magnitude\"). GPU price-performance alone (doubling every "
            + "\(NumberFormat.significant(g.doublingYears)) years) "
            + "gets there in \(g.yearWithTrendOnly). "
        s +=
            "All \(enabled.count) levers together give \(factorText(all)) "
            + "(\(NumberFormat.fixed(-log10(all), decimals: 2)) orders), "
        let minimal = g.minimalCombinationsWithoutTrend
        if minimal.isEmpty {
            s +=
                "not enough without the trend; with it, \(money(g.target.value)) is reached in "
                + "\(g.yearReached(costInBaselineYear: g.baselineCost.value * all))."
        } else {
            s +=
                "enough on their own: the smallest sufficient sets have \(minimal[0].levers.count) levers ("
                + minimal.prefix(3).map { $0.levers.map(\.area).joined(separator: " + ") }.joined(separator: "; ")
                + ")."
        }
        return s
    }

    /// Renders in `format`.
    public static func render(_ r: RoadmapRequest.Resolved, format: OutputFormat) -> String {
        let w = r.waterfall
        let head =
            "Baseline: \(r.baselineLabel) = \(money(w.baseline.value)). With the chosen levers: "
            + "\(money(w.final.value)) "
            + "(\(factorText(w.totalFactor)), \(NumberFormat.fixed(-log10(w.totalFactor), decimals: 2)) orders of "
            + "magnitude)."
        switch format {
        case .json: return json(r).rendered() + "\n"
        case .csv:
            var rows = [["baseline", "1", "1", JSONValue.number(w.baseline.value)]]
            rows += w.steps.map {
                [
                    key($0.lever.id), JSONValue.number($0.lever.factor), JSONValue.number($0.cumulativeFactor),
                    JSONValue.number($0.after.value),
                ]
            }
            return Table(header: ["step", "factor", "cumulative_factor", "cost_usd"], rows: rows).csv()
        case .markdown:
            var out = "## Roadmap: what bends the cost (Table 2)\n\n\(head)\n\n" + leverTable(r).markdown()
            out += "\n\n### Waterfall\n\n" + waterfallTable(r).markdown()
            out += "\n\n### The $1,000 GPT-3\n\n" + gpt3Summary(r.gpt3) + "\n\n" + gpt3Table(r.gpt3).markdown()
            out += "\n\n### Routing attention\n\n" + routingSentence(r) + "\n\n" + routingTable(r).markdown()
            out += AssumptionList.markdown(r.assumptions)
            out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n")
            return out + "\n"
        case .text:
            var out =
                head + "\n\n" + leverTable(r).text() + "\n\nWaterfall:\n" + waterfallTable(r).text(indent: "  ") + "\n"
            out += "\n" + gpt3Summary(r.gpt3) + "\n\n" + gpt3Table(r.gpt3).text(indent: "  ") + "\n"
            out += "\n" + routingSentence(r) + "\n" + routingTable(r).text(indent: "  ") + "\n"
            out += AssumptionList.text(r.assumptions)
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }

    /// The waterfall as an SVG chart: the baseline, one bar per lever from the cost before it to the cost after it
    /// (annotated with its factor), and the final cost; log y axis when the costs span more than 100×.
    public static func svg(_ r: RoadmapRequest.Resolved) -> String { waterfallChart(r).svg() }

    static func waterfallChart(_ r: RoadmapRequest.Resolved) -> BarChart {
        let w = r.waterfall
        let costs = [w.baseline.value, w.final.value] + w.steps.flatMap { [$0.before.value, $0.after.value] }
        let scale = Axis.scale(for: costs)
        // Full bars start one decade below the lowest cost on a log axis, at zero on a linear one.
        let floor = scale == .log ? min(w.final.value, w.baseline.value) / 10 : 0
        var bars = [
            BarChart.Bar(label: "baseline", low: floor, high: w.baseline.value, annotation: money(w.baseline.value))
        ]
        for step in w.steps {
            bars.append(
                .init(
                    label: step.lever.id.area, low: min(step.before.value, step.after.value),
                    high: max(step.before.value, step.after.value),
                    tone: 1, annotation: factorText(step.lever.effectiveFactor)))
        }
        bars.append(
            .init(label: "with levers", low: floor, high: w.final.value, tone: 2, annotation: money(w.final.value)))
        let label = "GPU cost, USD" + (scale == .log ? " (log scale)" : "")
        return BarChart(
            title: "Training cost with the roadmap levers (Table 2)",
            value: Axis(label: label, scale: scale, format: Axis.dollarFormat), bars: bars,
            legend: [(0, "baseline cost"), (1, "saving of one lever"), (2, "cost with the levers")])
    }
}
