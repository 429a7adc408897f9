import ReckonCore
import ReckonInput
import ReckonUnits

/// The `project` page: the cost of the frontier's final training run per year (Fig. 5), when it crosses the
/// spending lines, and the growth index (Fig. 6).
enum ProjectPage {
    static func result(_ r: ProjectRequest.Resolved) -> Analysis.PageResult {
        let p = r.projection
        let projection = ProjectReport.projectionTable(p)
        // Row i of the table is year i of the range; its best-guess point is the JSON's projection entry of that
        // year and scenario.
        let data = p.years.map { year -> PageTable.Datum? in
            guard let i = p.points.firstIndex(where: { $0.year == year && $0.scenario == .bestGuess }) else {
                return nil
            }
            return PageTable.Datum("projection.\(i).cloud_cost_usd", p.points[i].cloudCost.value)
        }
        let lines = Table(
            header: ["spending line", "base year", "value then", "growth a year", "source", "assumption"],
            rows: p.lines.map { l in
                [
                    l.name, String(l.baseYear), ProjectReport.money(l.baseValue.value),
                    PageParts.percent(l.annualGrowth), l.source, l.assumption,
                ]
            }, numericColumns: [1, 2, 3])
        let tables = [
            PageTable(
                id: "projection", title: "Final training run of the largest model, per year",
                caption: "Best guess, best and worst case on the \(p.basis.rawValue.uppercased()) basis; the "
                    + "last column is the best guess rented in the cloud.", table: projection, data: data),
            PageTable(
                id: "crossovers", title: "First year the cost reaches each spending line",
                table: ProjectReport.crossoverTable(p)),
            PageTable(id: "spending-lines", title: "Spending lines", table: lines),
            PageTable(
                id: "growth", title: "Growth index (Fig. 6, 2010 = 1)", table: ProjectReport.growthTable(p),
                folded: true),
        ]
        let constants = p.model.constants
        return Analysis.PageResult(
            headline: ProjectReport.headline(r), tables: tables,
            charts: [
                PageChart(id: "project-cost-per-year", ProjectReport.costChart(p), height: 520),
                PageChart(id: "project-growth-index", ProjectReport.growthChart(p)),
            ],
            assumptions: r.assumptions,
            sources: PageParts.sources(r.assumptions, extra: [constants.source] + p.lines.map(\.source)),
            notes: r.notes)
    }
}
