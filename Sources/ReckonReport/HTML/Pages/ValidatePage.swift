import Foundation
import ReckonCore
import ReckonUnits

/// The `validate` page: predicted against published for every development row, suite by suite, the error of each
/// as a dot (good or bad against its suite's tolerance), and the sources.
enum ValidatePage {
    static func result(_ results: [ValidationResult]) -> Analysis.PageResult {
        let all = Validation.errorSummary(results)
        let calibration = Validation.errorSummary(results.filter { $0.validationCase.calibration })
        var headline =
            "Predicted against \(all.count) published measurements: median |error| "
            + "\(ValidationReport.percent(all.median)), max \(ValidationReport.percent(all.max))"
        if calibration.count > 0 {
            headline +=
                "; on the \(calibration.count) calibration rows median \(ValidationReport.percent(calibration.median))"
        }
        headline += "."
        if all.withoutPrediction > 0 { headline += " \(all.withoutPrediction) rows have no prediction (reason given)." }

        let index = Dictionary(
            uniqueKeysWithValues: results.enumerated().map { ($0.element.validationCase.id, $0.offset) })
        var tables: [PageTable] = []
        for (suite, rows) in Validation.bySuite(results) {
            let data = rows.map { r -> PageTable.Datum? in
                guard let p = r.predicted, let i = index[r.validationCase.id] else { return nil }
                return PageTable.Datum("cases.\(i).predicted", p)
            }
            let t = Table(
                header: Array(ValidationReport.header.dropFirst()),
                rows: rows.map { Array(ValidationReport.row($0).dropFirst()) }, numericColumns: [2, 3, 4])
            tables.append(
                PageTable(
                    id: "suite-\(slug(suite))", title: suite,
                    caption: ValidationReport.suiteLine(rows, suite: suite)
                        .trimmingCharacters(in: .whitespaces),
                    table: t, data: data))
        }
        var notes: [String] = []
        if let i = Validation.residualInterval(results) {
            notes.append(
                "Residual interval (published ÷ predicted throughput, p5–p95): "
                    + "\(NumberFormat.significant(i.lowRatio, digits: 3))–"
                    + "\(NumberFormat.significant(i.highRatio, digits: 3)), \(i.description). "
                    + "Train and plan use it for their error bars.")
        }
        if let i = Validation.residualInterval(results, moe: true) {
            notes.append(
                "Mixture-of-experts plans use their own: "
                    + "\(NumberFormat.significant(i.lowRatio, digits: 3))–"
                    + "\(NumberFormat.significant(i.highRatio, digits: 3)), \(i.description).")
        }
        var seen = Set<String>()
        let sources = results.map(\.validationCase.source).filter { seen.insert($0).inserted }
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "validate-errors", errorChart(results))],
            sources: sources, notes: notes)
    }

    /// The error of every modelled row, one row of dots per suite, coloured by verdict.
    static func errorChart(_ results: [ValidationResult]) -> StripChart {
        let points = results.compactMap { r -> StripChart.Point? in
            guard let e = r.error else { return nil }
            return StripChart.Point(
                category: r.validationCase.suite, label: r.validationCase.label, value: e * 100,
                tone: ValidationReport.verdict(r) == "good" ? 2 : 1)
        }
        return StripChart(
            title: "Prediction error of every published row (predicted ÷ published − 1)",
            value: Axis(label: "error, %", format: { NumberFormat.significant($0) + "%" }),
            points: points, legend: [(2, "within the suite's row tolerance"), (1, "outside it")],
            reference: (0, "no error"))
    }

    static func slug(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
