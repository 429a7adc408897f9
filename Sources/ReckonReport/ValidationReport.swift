import ReckonCore
import ReckonUnits

/// Renders `reckon validate`: every ground-truth case, predicted vs published, and the error summary.
public enum ValidationReport {
    static func value(_ x: Double, _ metric: ValidationMetric) -> String {
        metric == .sixNDMFU ? NumberFormat.significant(x * 100, digits: 3) + "%" : NumberFormat.significant(x, digits: 4)
    }

    static func unit(_ metric: ValidationMetric) -> String {
        switch metric {
        case .hardwareTFLOPsPerGPU: "TFLOP/s/GPU (HW)"
        case .tokensPerSecondPerGPU: "tokens/s/GPU"
        case .sixNDMFU: "MFU (6ND)"
        }
    }

    static func summaryLine(_ results: [ValidationResult], label: String) -> String {
        let s = Validation.summary(results)
        return "\(label): \(s.count) cases, median |error| \(NumberFormat.significant(s.median * 100, digits: 2))%, "
            + "max |error| \(NumberFormat.significant(s.max * 100, digits: 2))%"
    }

    public static func json(_ results: [ValidationResult]) -> JSONValue {
        let s = Validation.summary(results)
        let megatron = Validation.summary(results.filter { $0.validationCase.id.hasPrefix("megatron-") })
        return .object([
            ("cases", .array(results.map { r in
                let c = r.validationCase
                return .object([
                    ("id", .string(c.id)), ("label", .string(c.label)), ("metric", .string(c.metric.rawValue)),
                    ("published", .number(c.published)), ("predicted", .optional(r.predicted)),
                    ("error", .optional(r.error)), ("plan", r.plan.map { .string($0.summary) } ?? .null),
                    ("source", .string(c.source)), ("note", .string(c.note)),
                ])
            })),
            ("summary", .object([("count", .number(Double(s.count))), ("median_abs_error", .number(s.median)),
                                 ("max_abs_error", .number(s.max))])),
            ("summary_megatron", .object([("count", .number(Double(megatron.count))),
                                          ("median_abs_error", .number(megatron.median)),
                                          ("max_abs_error", .number(megatron.max))])),
        ])
    }

    public static func render(_ results: [ValidationResult], format: OutputFormat) -> String {
        let header = ["case", "metric", "published", "predicted", "error", "plan"]
        let rows = results.map { r -> [String] in
            let c = r.validationCase
            return [c.label, unit(c.metric), value(c.published, c.metric), r.predicted.map { value($0, c.metric) } ?? "no plan fits",
                    r.error.map { (($0 >= 0) ? "+" : "") + NumberFormat.significant($0 * 100, digits: 2) + "%" } ?? "—",
                    r.plan?.summary ?? ""]
        }
        let megatron = results.filter { $0.validationCase.id.hasPrefix("megatron-") }
        switch format {
        case .json: return json(results).rendered() + "\n"
        case .csv: return Table(header: header, rows: rows).csv()
        case .markdown:
            return "## Validation against published training runs\n\n"
                + Table(header: header, rows: rows, numericColumns: [2, 3, 4]).markdown() + "\n\n"
                + summaryLine(megatron, label: "Megatron Table 1") + "  \n" + summaryLine(results, label: "All") + "\n"
        case .text:
            var out = Table(header: header, rows: rows, numericColumns: [2, 3, 4]).text() + "\n\n"
            out += summaryLine(megatron, label: "Megatron Table 1 (calibration set of η_max)") + "\n"
            out += summaryLine(results, label: "All") + "\n\nSources:\n"
            var seen = Set<String>()
            for r in results where seen.insert(r.validationCase.source).inserted { out += "  - \(r.validationCase.source)\n" }
            out += "Notes:\n"
            for r in results where !r.validationCase.id.hasPrefix("megatron-") { out += "  - \(r.validationCase.label): \(r.validationCase.note)\n" }
            return out
        }
    }
}
