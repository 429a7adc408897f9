import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// Renders `reckon validate`: every development row, suite by suite, predicted vs published, the error, good
/// or bad against the suite's tolerance, and the median and maximum |error| of each suite.
public enum ValidationReport {
    static func value(_ x: Double, _ metric: ValidationMetric) -> String {
        metric == .sixNDMFU
            ? NumberFormat.significant(x * 100, digits: 3) + "%"
            : NumberFormat.significant(x, digits: 4)
    }

    static func unit(_ metric: ValidationMetric) -> String {
        switch metric {
        case .hardwareTFLOPsPerGPU: "TFLOP/s/GPU (HW)"
        case .tokensPerSecondPerGPU: "tokens/s/GPU"
        case .sixNDMFU: "MFU (6ND)"
        case .nemoModelTFLOPsPerGPU: "TFLOP/s/GPU (NeMo)"
        case .megatronMoETFLOPsPerGPU: "TFLOP/s/GPU (MoE README)"
        }
    }

    /// "good", "bad" or "—" (no prediction), against the row's suite tolerance.
    static func verdict(_ r: ValidationResult) -> String {
        guard let e = r.error else { return "—" }
        return abs(e) <= Validation.tolerance(for: r.validationCase).row ? "good" : "bad"
    }

    static func percent(_ x: Double) -> String { NumberFormat.significant(x * 100, digits: 2) + "%" }

    static func summaryLine(_ results: [ValidationResult], label: String) -> String {
        let s = Validation.errorSummary(results)
        var line = "\(label): \(s.count) modelled"
        if s.count > 0 { line += ", median |error| \(percent(s.median)), max |error| \(percent(s.max))" }
        if s.withoutPrediction > 0 { line += "; \(s.withoutPrediction) without a prediction" }
        return line
    }

    /// The suite line: all its rows, then (when they differ) its calibration rows, which the tolerance speaks of.
    static func suiteLine(_ rows: [ValidationResult], suite: String) -> String {
        let t = Validation.tolerance(suite: suite)
        var line = summaryLine(rows, label: "  " + suite)
        let calibration = rows.filter { $0.validationCase.calibration }
        if !calibration.isEmpty, rows.contains(where: { !$0.validationCase.calibration && $0.predicted != nil }) {
            line += "; " + summaryLine(calibration, label: "calibration rows")
        }
        let subject = calibration.isEmpty ? "rows" : "calibration rows"
        return line + " (tolerance on \(subject): median \(percent(t.median)), row \(percent(t.row)))"
    }

    static func summaryJSON(_ results: [ValidationResult]) -> JSONValue {
        let s = Validation.errorSummary(results)
        return .object([
            ("count", .number(Double(s.count))),
            ("median_abs_error", s.count > 0 ? .number(s.median) : .null),
            ("max_abs_error", s.count > 0 ? .number(s.max) : .null),
            ("without_prediction", .number(Double(s.withoutPrediction))),
        ])
    }

    public static func json(_ results: [ValidationResult]) -> JSONValue {
        let suites = Validation.bySuite(results)
        let interval = Validation.residualInterval(results)
        let moeInterval = Validation.residualInterval(results, moe: true)
        return .object([
            (
                "cases",
                .array(
                    results.map { r in
                        let c = r.validationCase
                        return .object([
                            ("id", .string(c.id)), ("suite", .string(c.suite)), ("label", .string(c.label)),
                            ("metric", .string(c.metric.rawValue)), ("published", .number(c.published)),
                            ("predicted", .optional(r.predicted)), ("error", .optional(r.error)),
                            ("verdict", .string(verdict(r))), ("calibration", .bool(c.calibration)),
                            ("framework", .string(c.framework.id)),
                            ("plan", r.plan.map { .string($0.summary) } ?? .null),
                            ("reason", r.reason.map { .string($0) } ?? .null),
                            ("source", .string(c.source)), ("note", .string(c.note)),
                        ])
                    })
            ),
            (
                "suites",
                .array(
                    suites.map { suite, rows in
                        let t = Validation.tolerance(suite: suite)
                        return .object([
                            ("suite", .string(suite)), ("summary", summaryJSON(rows)),
                            ("summary_calibration", summaryJSON(rows.filter { $0.validationCase.calibration })),
                            ("median_tolerance", .number(t.median)), ("row_tolerance", .number(t.row)),
                            ("tolerance_reason", .string(t.reason)),
                        ])
                    })
            ),
            ("summary", summaryJSON(results)),
            ("summary_calibration", summaryJSON(results.filter { $0.validationCase.calibration })),
            ("summary_megatron", summaryJSON(results.filter { $0.validationCase.suite == GroundTruth.megatronSuite })),
            ("residual_interval", intervalJSON(interval)),
            ("residual_interval_moe", intervalJSON(moeInterval)),
        ])
    }

    static func intervalJSON(_ interval: ResidualInterval?) -> JSONValue {
        interval.map { i in
            .object([
                ("throughput_ratio_p5", .number(i.lowRatio)), ("throughput_ratio_p95", .number(i.highRatio)),
                ("rows", .number(Double(i.rows))), ("description", .string(i.description)),
            ])
        } ?? .null
    }

    static let header = ["suite", "case", "metric", "published", "predicted", "error", "verdict", "plan or reason"]

    static func row(_ r: ValidationResult) -> [String] {
        let c = r.validationCase
        return [
            c.suite, c.label, unit(c.metric), value(c.published, c.metric),
            r.predicted.map { value($0, c.metric) } ?? "—",
            r.error.map { (($0 >= 0) ? "+" : "") + percent($0) } ?? "—", verdict(r),
            r.plan?.summary ?? r.reason ?? "",
        ]
    }

    /// One row per case, numbers as numbers (the error as a fraction, MFU as a fraction).
    static func csv(_ results: [ValidationResult]) -> String {
        let header = ["suite", "case", "metric", "published", "predicted", "error", "verdict", "plan_or_reason"]
        return Table(
            header: header,
            rows: results.map { r in
                let c = r.validationCase
                return [
                    c.suite, c.label, c.metric.rawValue, JSONValue.number(c.published),
                    r.predicted.map(JSONValue.number) ?? "", r.error.map(JSONValue.number) ?? "", verdict(r),
                    r.plan?.summary ?? r.reason ?? "",
                ]
            }
        ).csv()
    }

    public static func render(_ results: [ValidationResult], format: OutputFormat) -> String {
        let suites = Validation.bySuite(results)
        switch format {
        case .json: return json(results).rendered() + "\n"
        case .csv: return csv(results)
        case .markdown:
            var out = "## Validation against published training runs\n\n"
            for (suite, rows) in suites {
                let t = Validation.tolerance(suite: suite)
                out +=
                    "### \(suite)\n\n"
                    + Table(
                        header: Array(header.dropFirst()),
                        rows: rows.map { Array(row($0).dropFirst()) },
                        numericColumns: [2, 3, 4]
                    ).markdown()
                out +=
                    "\n\n" + summaryLine(rows, label: suite) + " (tolerance: median \(percent(t.median)), row "
                    + "\(percent(t.row)); \(t.reason))\n\n"
            }
            return out + summaryLine(results, label: "All") + "\n"
        case .text:
            var out = ""
            for (suite, rows) in suites {
                out +=
                    "\(suite)\n"
                    + Table(
                        header: Array(header.dropFirst()), rows: rows.map { Array(row($0).dropFirst()) },
                        numericColumns: [2, 3, 4]
                    ).text() + "\n"
                out += suiteLine(rows, suite: suite) + "\n\n"
            }
            out += summaryLine(results.filter { $0.validationCase.calibration }, label: "Calibration rows") + "\n"
            out += summaryLine(results, label: "All") + "\n"
            for (moe, label) in [(false, "dense"), (true, "MoE")] {
                guard let i = Validation.residualInterval(results, moe: moe) else { continue }
                let low = NumberFormat.significant(i.lowRatio, digits: 3)
                let high = NumberFormat.significant(i.highRatio, digits: 3)
                out +=
                    "Residual interval, \(label) plans (published ÷ predicted throughput, p5–p95): \(low)–\(high), "
                    + "\(i.description)\n"
            }
            out += "\nSources:\n"
            var seen = Set<String>()
            for r in results where seen.insert(r.validationCase.source).inserted {
                out += "  - \(r.validationCase.source)\n"
            }
            out += "Notes:\n"
            let noted = results.filter {
                !$0.validationCase.note.isEmpty && $0.validationCase.suite != GroundTruth.megatronSuite
            }
            for r in noted {
                out += "  - \(r.validationCase.id): \(r.validationCase.note)\n"
            }
            return out
        }
    }
}
