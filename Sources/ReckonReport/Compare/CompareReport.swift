import ReckonCore
import ReckonUnits

/// Renders a ``Comparison`` in every output format (`reckon compare`) and as a chart.
public enum CompareReport {
    /// The outputs the chart shows per command (every output is in the tables).
    static let keyOutputs: [String: [String]] = [
        "train": ["wall_clock_days", "cost_usd", "accelerator_hours", "energy_kwh", "compute_flop"],
        "infer": [
            "tpot_seconds", "ttft_seconds", "tokens_per_second_per_gpu", "usd_per_million_output_tokens",
            "accelerators",
        ],
        "deploy": [
            "accelerators", "serving_cost_usd", "training_cost_usd", "deployment_to_development_ratio",
            "break_even_days",
        ],
    ]

    static func letter(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i % 26))) }

    /// The stable JSON document of `reckon compare --format json`.
    ///
    /// Fields: `command`, `scenarios` [{`name`, `inputs` {field: value as typed}, `output` (the command's JSON)}],
    /// `inputs` [{`key`, `values` [text or null: default], `differs`}], `outputs` [{`key`, `values` [number, text or
    /// null], `ratios` [number or null: output ÷ the first scenario's], `differs`}].
    public static func json(_ c: Comparison) -> JSONValue {
        .object([
            ("command", .string(c.command)),
            (
                "scenarios",
                .array(
                    c.scenarios.map { s in
                        .object([
                            ("name", .string(s.name)),
                            ("inputs", .object(s.inputs.keys.sorted().map { ($0, .string(s.inputs[$0]!)) })),
                            ("output", s.output),
                        ])
                    })
            ),
            (
                "inputs",
                .array(
                    c.inputRows.map { r in
                        .object([
                            ("key", .string(r.key)),
                            ("values", .array(r.values.map { $0.map { .string($0) } ?? .null })),
                            ("differs", .bool(r.differs)),
                        ])
                    })
            ),
            (
                "outputs",
                .array(
                    c.outputRows.map { r in
                        let values: [JSONValue] = zip(r.numbers, r.texts).map { n, t in
                            n.map { .number($0) } ?? t.map { .string($0) } ?? .null
                        }
                        return .object([
                            ("key", .string(r.key)), ("values", .array(values)),
                            ("ratios", .array(r.ratios.map { .optional($0) })), ("differs", .bool(r.differs)),
                        ])
                    })
            ),
        ])
    }

    static func names(_ c: Comparison) -> [String] { c.scenarios.indices.map(letter) }

    /// Field, then the value in each scenario ("default" where not given); `*` marks a field that differs.
    static func inputTable(_ c: Comparison, marks: Bool) -> Table {
        Table(
            header: (marks ? [""] : []) + ["input"] + names(c),
            rows: c.inputRows.map { r in
                (marks ? [r.differs ? "*" : ""] : []) + [r.key] + r.values.map { $0 ?? "default" }
            })
    }

    /// Output, the value in each scenario, then each later scenario's ratio to the first.
    static func outputTable(_ c: Comparison, marks: Bool) -> Table {
        let later = c.scenarios.indices.dropFirst().map { "\(letter($0)) ÷ A" }
        let header = (marks ? [""] : []) + ["output"] + names(c) + later
        let offset = marks ? 1 : 0
        let rows = c.outputRows.map { r -> [String] in
            let values = zip(r.numbers, r.texts).map { n, t in n.map { NumberFormat.compact($0, digits: 4) } ?? t ?? "—"
            }
            let ratios = r.ratios.dropFirst().map { $0.map { "×" + NumberFormat.significant($0, digits: 3) } ?? "—" }
            return (marks ? [r.differs ? "*" : ""] : []) + [r.key] + values
                + (r.isNumeric ? ratios : later.map { _ in "" })
        }
        return Table(header: header, rows: rows, numericColumns: Set((offset + 1)..<header.count))
    }

    public static func render(_ c: Comparison, format: OutputFormat) -> String {
        let legend = c.scenarios.enumerated().map { "\(letter($0.offset)) = \($0.element.name)" }.joined(
            separator: ", ")
        switch format {
        case .json: return json(c).rendered() + "\n"
        case .csv:
            let header = ["output"] + c.scenarios.map(\.name) + c.scenarios.dropFirst().map { "ratio_\($0.name)" }
            let rows = c.outputRows.filter(\.isNumeric).map { r in
                [r.key] + r.numbers.map { $0.map(JSONValue.number) ?? "" }
                    + r.ratios.dropFirst().map { $0.map(JSONValue.number) ?? "" }
            }
            return Table(header: header, rows: rows).csv()
        case .markdown:
            return "## Comparing \(c.scenarios.count) `\(c.command)` scenarios\n\n\(legend)\n\n### Inputs\n\n"
                + inputTable(c, marks: true).markdown() + "\n\n### Outputs\n\n" + outputTable(c, marks: true).markdown()
                + "\n"
        case .text:
            return "Comparing \(c.scenarios.count) `reckon \(c.command)` scenarios: \(legend)\n\n"
                + "Inputs (* differs; default: not given):\n" + inputTable(c, marks: true).text(indent: "  ")
                + "\n\nOutputs (* differs), ratio to A:\n" + outputTable(c, marks: true).text(indent: "  ") + "\n"
        }
    }

    /// Each key output of every scenario as its ratio to the first scenario's (one colour per scenario); a log axis
    /// when the ratios span more than 100×.
    public static func chart(_ c: Comparison) -> BarChart {
        let rows = c.outputRows.filter { $0.isNumeric }
        var wanted = keyOutputs[c.command] ?? []
        if wanted.isEmpty {
            // scale: the first series at each cluster size.
            let first = rows.first { $0.key.contains(" @ ") }?.key.components(separatedBy: " @ ").first ?? ""
            wanted = rows.map(\.key).filter { $0.hasPrefix(first + " @ ") }
        }
        var bars: [BarChart.Bar] = []
        for key in wanted {
            guard let r = rows.first(where: { $0.key == key }) else { continue }
            for (i, ratio) in r.ratios.enumerated() {
                guard let ratio, ratio > 0 else { continue }
                bars.append(
                    .init(
                        label: "\(key) · \(letter(i))", low: 0, high: ratio, tone: i,
                        annotation: "×" + NumberFormat.significant(ratio, digits: 3)))
            }
        }
        let scale = Axis.scale(for: bars.map(\.high))
        return BarChart(
            title: "Each scenario's outputs as a multiple of scenario A's",
            value: Axis(
                label: "ratio to A" + (scale == .log ? " (log scale)" : ""), scale: scale,
                format: { "×" + NumberFormat.significant($0) }),
            bars: bars, orientation: .horizontal, baseline: 1,
            legend: c.scenarios.enumerated().map { ($0.offset, "\(letter($0.offset)): \($0.element.name)") },
            baselineName: "same as A")
    }
}
