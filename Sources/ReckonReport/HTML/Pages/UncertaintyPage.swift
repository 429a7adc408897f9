import ReckonAnalysis
import ReckonInput
import ReckonUnits

/// The page of a Monte Carlo run (a form field given as a range, or `samples`/`seed`/`sensitivity`): percentiles of
/// every result, the histogram of the primary one, and with sensitivity the tornado and the rank correlations.
enum UncertaintyPage {
    static func result(_ o: UncertainOutcome, sensitivity: Bool) -> Analysis.PageResult {
        let field = o.output(o.primary)?.field ?? o.outputs[0]
        var tables = [
            PageTable(
                id: "percentiles", title: "Percentiles of every result",
                table: UncertaintyReport.percentileTable(o, raw: false),
                data: percentileData(o))
        ]
        tables.append(PageTable(id: "uncertain-inputs", title: "Uncertain inputs", table: inputTable(o)))
        var charts: [PageChart] = []
        if sensitivity, let tornado = UncertaintyReport.tornadoBars(o, field: field.key) {
            charts.append(PageChart(id: "\(o.command)-tornado", tornado))
            if let t = UncertaintyReport.tornadoTable(o, field: field) {
                tables.insert(
                    PageTable(
                        id: "tornado", title: "Tornado: \(field.key)",
                        caption: "Each input moved from its p5 to its p95, the others at their medians.",
                        table: t), at: 0)
            }
            if let c = UncertaintyReport.correlationTable(o) {
                tables.append(PageTable(id: "correlations", title: "Rank correlations (Spearman ρ)", table: c))
            }
        }
        if let histogram = UncertaintyReport.histogramChart(o, field: field.key) {
            charts.append(PageChart(id: "\(o.command)-histogram", histogram))
        }
        let p = o.summaries[o.outputs.firstIndex { $0.key == field.key } ?? 0]
        let median = UncertaintyReport.format(p.p50, unit: field.unit)
        let low = UncertaintyReport.format(p.p5, unit: field.unit)
        let high = UncertaintyReport.format(p.p95, unit: field.unit)
        let headline =
            "\(field.key): median \(median), 90% interval \(low) – \(high) "
            + "(\(NumberFormat.grouped(Double(o.samples))) samples, seed \(o.seed))."
        return Analysis.PageResult(
            headline: headline, tables: tables, charts: charts,
            notes: ["Monte Carlo: \(o.method)."] + o.notes)
    }

    /// Row data for the percentile table: each field's median.
    static func percentileData(_ o: UncertainOutcome) -> [PageTable.Datum?] {
        zip(o.outputs, o.summaries).map { f, s in PageTable.Datum("\(f.key).p50", s.p50) }
    }

    static func inputTable(_ o: UncertainOutcome) -> Table {
        Table(
            header: ["input", "as written", "distribution", "median"],
            rows: o.inputs.map { i in
                let b = i.field.bareUnitValue
                return [
                    i.key, i.text, i.distribution.description { NumberFormat.compact($0 / b, digits: 4) },
                    NumberFormat.compact(i.median / b, digits: 4),
                ]
            }, numericColumns: [3])
    }
}
