import ReckonAnalysis
import ReckonInput
import ReckonUnits

/// Renders a Monte Carlo outcome (`--samples`, `reckon sensitivity`) in every output format.
public enum UncertaintyReport {
    /// A number in a field's unit, for people: `$4.6M`, `3.15e23`, `199k`, `38.2` — SI prefixes from 10⁴ on, so
    /// that a column mixes no plain six-digit numbers with prefixed ones.
    public static func format(_ x: Double, unit: String) -> String {
        if unit == "USD" { return USD(x).formatted }
        return abs(x) >= 1e4 ? NumberFormat.count(x, digits: 3) : NumberFormat.compact(x, digits: 3)
    }

    /// The stable JSON document.
    ///
    /// One object `{p5, p25, p50, p75, p95, mean}` per result field (`compute_flop`, `wall_clock_days`,
    /// `accelerator_hours`, `cost_usd`, `ownership_cost_usd`, `energy_kwh`, `co2_kg`), then `samples`, `seed`,
    /// `samples_defaulted`, `method`, `inputs` {key: {written, distribution, p5, p50, p95, mean}} (bare units of
    /// the flag), `notes`, and with sensitivity `sensitivity` {field, baseline, tornado [..], rank_correlations {input:
    /// {field: ρ}}}.
    public static func json(_ o: UncertainOutcome, field: String? = nil) -> JSONValue {
        let field = field ?? o.primary
        var pairs: [(String, JSONValue)] = []
        for (f, s) in zip(o.outputs, o.summaries) {
            pairs.append((f.key, .object(s.named.map { ($0.0, .number($0.1)) })))
        }
        pairs += [
            ("samples", .number(Double(o.samples))),
            ("seed", .number(Double(o.seed))),
            ("samples_defaulted", .bool(o.samplesDefaulted)),
            ("method", .string(o.method)),
            (
                "inputs",
                .object(
                    o.inputs.map { i in
                        let b = i.field.bareUnitValue
                        return (
                            i.key,
                            .object([
                                ("written", .string(i.text)),
                                (
                                    "distribution",
                                    .string(i.distribution.description { NumberFormat.compact($0 / b, digits: 4) })
                                ),
                                ("p5", .number(i.distribution.quantile(0.05) / b)), ("p50", .number(i.median / b)),
                                ("p95", .number(i.distribution.quantile(0.95) / b)),
                                ("mean", .number(i.distribution.mean / b)),
                            ])
                        )
                    })
            ),
            ("notes", .array(o.notes.map { .string($0) })),
        ]
        if let tornado = o.tornado, let (f, _) = o.output(field) {
            let ranked = tornado.ranked(by: f.column)
            var sensitivity: [(String, JSONValue)] = [
                ("field", .string(f.key)), ("baseline", .number(tornado.baseline[f.column])),
            ]
            sensitivity.append(
                (
                    "tornado",
                    .array(
                        ranked.map { s in
                            let b = o.inputs[s.input].field.bareUnitValue
                            return .object([
                                ("input", .string(o.inputs[s.input].key)), ("input_p5", .number(s.inputLow / b)),
                                ("input_p95", .number(s.inputHigh / b)),
                                ("output_at_p5", .number(s.atLow[f.column])),
                                ("output_at_p95", .number(s.atHigh[f.column])),
                                ("swing", .number(s.swing(f.column))),
                            ])
                        })
                ))
            if let rho = o.correlations {
                sensitivity.append(
                    (
                        "rank_correlations",
                        .object(
                            o.inputs.indices.map { j in
                                (o.inputs[j].key, .object(o.outputs.map { ($0.key, .number(rho[j][$0.column])) }))
                            })
                    ))
            }
            pairs.append(("sensitivity", .object(sensitivity)))
        }
        return .object(pairs)
    }

    /// Percentile rows: field, unit, p5 … mean (CSV adds the sample count and seed to every row).
    static func percentileTable(_ o: UncertainOutcome, raw: Bool) -> Table {
        // CSV carries the notes (draws clamped into a field's range among them) on every row, as other formats do.
        let extra = raw ? ["samples", "seed", "notes"] : []
        let notes = o.notes.joined(separator: " | ")
        return Table(
            header: ["field", "unit", "p5", "p25", "p50", "p75", "p95", "mean"] + extra,
            rows: zip(o.outputs, o.summaries).map { f, s in
                [f.key, f.unit] + s.named.map { raw ? JSONValue.number($0.1) : format($0.1, unit: f.unit) }
                    + (raw ? [String(o.samples), String(o.seed), notes] : [])
            }, numericColumns: [2, 3, 4, 5, 6, 7])
    }

    /// Tornado rows for `field`: input, its p5 and p95, the result at each, the swing.
    static func tornadoTable(_ o: UncertainOutcome, field: OutputField) -> Table? {
        guard let tornado = o.tornado else { return nil }
        return Table(
            header: ["input", "input p5", "input p95", "\(field.key) at p5", "\(field.key) at p95", "swing"],
            rows: tornado.ranked(by: field.column).map { s in
                let i = o.inputs[s.input]
                let b = i.field.bareUnitValue
                return [
                    i.key, NumberFormat.compact(s.inputLow / b, digits: 4),
                    NumberFormat.compact(s.inputHigh / b, digits: 4),
                    format(s.atLow[field.column], unit: field.unit), format(s.atHigh[field.column], unit: field.unit),
                    format(visibleSwing(s, tornado, field.column), unit: field.unit),
                ]
            }, numericColumns: [1, 2, 3, 4, 5])
    }

    /// The swing, with rounding noise (below 10⁻⁹ of the baseline, e.g. from x·n/n) shown as 0.
    static func visibleSwing(_ s: Sensitivity.Swing, _ t: Sensitivity.Tornado, _ k: Int) -> Double {
        let swing = s.swing(k)
        return swing <= 1e-9 * abs(t.baseline[k]) ? 0 : swing
    }

    /// Spearman ρ of each input with each result field.
    static func correlationTable(_ o: UncertainOutcome) -> Table? {
        guard let rho = o.correlations else { return nil }
        return Table(
            header: ["input"] + o.outputs.map(\.key),
            rows: o.inputs.indices.map { j in
                [o.inputs[j].key] + o.outputs.map { NumberFormat.fixed(rho[j][$0.column], decimals: 2) }
            },
            numericColumns: Set(1...o.outputs.count))
    }

    /// Renders in `format`; `field` chooses the result the tornado ranks inputs by.
    public static func render(_ o: UncertainOutcome, format: OutputFormat, field: String? = nil) -> String {
        let chosen = o.output(field ?? o.primary)?.field ?? o.outputs[0]
        switch format {
        case .json: return json(o, field: chosen.key).rendered() + "\n"
        case .csv: return percentileTable(o, raw: true).csv()
        case .markdown:
            var out =
                "## Uncertainty (\(NumberFormat.grouped(Double(o.samples))) samples, seed \(o.seed))\n\n"
                + percentileTable(o, raw: false).markdown() + "\n"
            if let t = tornadoTable(o, field: chosen) {
                out += "\n### Tornado: \(chosen.key)\n\n" + t.markdown() + "\n"
            }
            if let c = correlationTable(o) { out += "\n### Rank correlations (Spearman)\n\n" + c.markdown() + "\n" }
            if !o.notes.isEmpty { out += "\n" + o.notes.map { "- " + $0 }.joined(separator: "\n") + "\n" }
            return out
        case .text:
            var out = "Monte Carlo: \(NumberFormat.grouped(Double(o.samples))) samples"
            out += o.samplesDefaulted ? " (the default for distributions; set with --samples N)" : ""
            out += ", seed \(o.seed), \(o.method).\n"
            if o.inputs.isEmpty {
                out += "No input is a distribution: every percentile is the deterministic answer.\n"
            } else {
                out += "\nUncertain inputs:\n"
                for i in o.inputs {
                    let b = i.field.bareUnitValue
                    out +=
                        "  --\(i.key.replacingOccurrences(of: "_", with: "-")) \(i.text)   = "
                        + "\(i.distribution.description { NumberFormat.compact($0 / b, digits: 4) }), median "
                        + "\(NumberFormat.compact(i.median / b, digits: 4))\n"
                }
            }
            out += "\n" + percentileTable(o, raw: false).text() + "\n"
            if let t = tornadoTable(o, field: chosen) {
                out +=
                    "\nTornado for \(chosen.key) (each input from its p5 to its p95, the others at their medians; "
                    + "baseline "
                    + "\(UncertaintyReport.format(o.tornado!.baseline[chosen.column], unit: chosen.unit))):\n"
                out += t.text(indent: "  ") + "\n"
            }
            if let c = correlationTable(o) {
                out +=
                    "\nRank correlations (Spearman ρ between each input's draws and each result, over all samples):\n"
                    + c.text(indent: "  ") + "\n"
            }
            for n in o.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }

    /// An SVG histogram of result `field`.
    public static func histogram(_ o: UncertainOutcome, field: String) -> String? {
        histogramChart(o, field: field)?.svg()
    }

    static func histogramChart(_ o: UncertainOutcome, field: String) -> HistogramChart? {
        guard let (f, _) = o.output(field) else { return nil }
        let unit = f.unit
        let axis = Axis(label: "\(f.key) (\(f.unit))", format: { UncertaintyReport.format($0, unit: unit) })
        return HistogramChart(
            title: "\(f.key): \(NumberFormat.grouped(Double(o.samples))) samples, seed \(o.seed)",
            value: axis, values: Array(o.result.output(f.column)))
    }

    /// An SVG tornado chart for result `field` (needs a sensitivity run).
    public static func tornadoChart(_ o: UncertainOutcome, field: String) -> String? {
        tornadoBars(o, field: field)?.svg()
    }

    static func tornadoBars(_ o: UncertainOutcome, field: String) -> BarChart? {
        guard let tornado = o.tornado, let (f, _) = o.output(field) else { return nil }
        let unit = f.unit
        let bars = tornado.ranked(by: f.column).map { s in
            BarChart.Bar(
                label: o.inputs[s.input].key, low: s.atLow[f.column], high: s.atHigh[f.column],
                tone: s.atHigh[f.column] >= s.atLow[f.column] ? 0 : 1,
                annotation: "swing " + UncertaintyReport.format(visibleSwing(s, tornado, f.column), unit: unit))
        }
        return BarChart(
            title: "What moves \(f.key) most (p5 → p95 of each input)",
            value: Axis(label: "\(f.key) (\(f.unit))", format: { UncertaintyReport.format($0, unit: unit) }),
            bars: bars, orientation: .horizontal, baseline: tornado.baseline[f.column],
            legend: [(0, "rises with the input"), (1, "falls as the input rises")],
            baselineName: "all inputs at their medians")
    }
}
