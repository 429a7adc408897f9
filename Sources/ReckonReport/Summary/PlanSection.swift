import ReckonCore
import ReckonUnits

/// The main report's parallel-plan section: the MFU the plan model predicts, checked against every
/// published run of `reckon validate`.
public enum PlanSection {
    public static func section() -> ReportSection {
        let all = Validation.run()
        let results = all.filter { $0.predicted != nil }
        let index = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($0.element.validationCase.id, $0.offset) })
        let summary = Validation.summary(results)
        let megatron = Validation.summary(results.filter { $0.validationCase.suite == GroundTruth.megatronSuite })
        let worst = results.filter { $0.error != nil }.max { abs($0.error!) < abs($1.error!) }
        func percent(_ x: Double) -> String { NumberFormat.significant(x * 100, digits: 2) + "%" }
        func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + percent(x) }
        let rows = results.map { r -> [String] in
            let c = r.validationCase
            return [
                c.label, ValidationReport.unit(c.metric), ValidationReport.value(c.published, c.metric),
                r.predicted.map { ValidationReport.value($0, c.metric) } ?? "no plan fits", r.error.map(signed) ?? "—",
            ]
        }
        var headline =
            "Reckon predicts MFU from the parallel plan instead of asking for it: median |error| "
            + "\(percent(summary.median)) "
            + "on \(summary.count) published runs (\(percent(megatron.median)) on Megatron-LM's \(megatron.count)"
        if let worst, let e = worst.error { headline += "; worst \(worst.validationCase.label), \(signed(e))" }
        headline += ")."
        var section = ReportSection(
            id: "plan", title: "Predicted MFU: the parallel-plan model against published runs",
            headline: headline,
            table: Table(
                header: ["published run", "metric", "published", "predicted", "error"], rows: rows,
                numericColumns: [2, 3, 4]),
            notes: [
                "Step time from Narayanan et al. 2021 (pipeline schedule), Korthikanti et al. 2022 (activation "
                    + "memory), α–β "
                    + "collectives and framework profiles; four constants (GEMM efficiency "
                    + "\(StepTimeConstants.default.gemmPeakEfficiency), "
                    + "FP8 GEMM, attention, element-wise traffic) fitted once on the development set and used "
                    + "everywhere.",
                "`reckon train` uses the best plan's MFU when --mfu is not given. Rerun with `reckon validate`; "
                    + "search plans with `reckon plan`.",
            ],
            svg: errorChart(results))
        section.reproductions = results.map { r in
            [Reproduction(["validate"], expected: [("cases.\(index[r.validationCase.id]!).predicted", r.predicted!)])]
        }
        return section
    }

    /// Predicted ÷ published − 1 for every run, as bars either side of zero.
    static func errorChart(_ results: [ValidationResult]) -> String {
        let bars = results.compactMap { r in
            r.error.map { e in
                BarChart.Bar(
                    label: r.validationCase.label, low: min(0, e * 100), high: max(0, e * 100), tone: e >= 0 ? 1 : 0,
                    annotation: (e >= 0 ? "+" : "") + NumberFormat.significant(e * 100, digits: 2) + "%")
            }
        }
        return BarChart(
            title: "Plan model vs published runs: prediction error",
            value: Axis(label: "error, % (predicted ÷ published − 1)", format: { NumberFormat.significant($0) + "%" }),
            bars: bars, orientation: .horizontal, baseline: 0
        ).svg(width: 800, height: 60 + 24 * bars.count + 50)
    }
}
