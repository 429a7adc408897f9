import ReckonCore
import ReckonInput
import ReckonUnits

/// The `choose` page: the days-vs-dollars frontier over every accelerator and cluster size, the two picks, why the
/// other configurations lose, and the chart.
enum ChoosePage {
    static func result(_ a: ChooseAnswer) -> Analysis.PageResult {
        let picks = ChooseReport.pickLines(a)
        var headline = picks.joined(separator: ". ") + "."
        if picks.isEmpty {
            headline = "No configuration of \(a.resolved.model.name) meets the limits: see why below."
        } else if picks.count == 2, a.cheapest == a.fastest {
            headline =
                picks[0] + ". It is also the fastest" + (a.resolved.budget == nil ? "" : " within the budget")
                + "."
        }
        let data = a.result.frontier.enumerated().map { k, i in
            a.result.points[i].days.map { PageTable.Datum("frontier.\(k).wall_clock_days", $0) }
        }
        let caption =
            "\(a.result.points.count) configurations, "
            + "\(NumberFormat.grouped(Double(a.result.plansEvaluated))) plans evaluated; fastest first. "
            + ChooseReport.intervalLine(a)
        let frontier = PageTable(
            id: "frontier", title: "Days-vs-dollars frontier", caption: caption,
            table: ChooseReport.table(a), data: data)
        let verdicts = ChooseReport.verdictLines(a).map { line -> [String] in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count == 2 ? parts : [line, ""]
        }
        var tables = [frontier]
        if !verdicts.isEmpty {
            tables.append(
                PageTable(
                    id: "verdicts", title: "Why the other configurations lose",
                    table: Table(
                        header: ["verdict (configurations)", "why, and where"],
                        rows: verdicts)))
        }
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "choose-days-vs-cost", ChooseReport.lineChart(a))],
            assumptions: a.resolved.assumptions,
            notes: a.notes.filter { !$0.hasPrefix("Intervals:") })
    }
}
