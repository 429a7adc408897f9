import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// The `roadmap` page: the seven levers of Table 2 as a waterfall from the baseline cost, and the road to a
/// $1,000 GPT-3.
enum RoadmapPage {
    static func result(_ r: RoadmapRequest.Resolved) -> Analysis.PageResult {
        let w = r.waterfall
        let headline =
            "Baseline: \(r.baselineLabel) = \(RoadmapReport.money(w.baseline.value)). With the chosen "
            + "levers: \(RoadmapReport.money(w.final.value)) (\(RoadmapReport.factorText(w.totalFactor)), "
            + "\(NumberFormat.fixed(-log10(w.totalFactor), decimals: 2)) orders of magnitude)."
        var waterfallData: [PageTable.Datum?] = [PageTable.Datum("baseline.cost_usd", w.baseline.value)]
        waterfallData += w.steps.indices.map { PageTable.Datum("waterfall.\($0).after_usd", w.steps[$0].after.value) }
        waterfallData.append(PageTable.Datum("final_cost_usd", w.final.value))
        let tables = [
            PageTable(id: "waterfall", title: "Waterfall", table: RoadmapReport.waterfallTable(r), data: waterfallData),
            PageTable(id: "levers", title: "The levers (Table 2)", table: RoadmapReport.leverTable(r)),
            PageTable(
                id: "gpt3", title: "The $1,000 GPT-3", caption: RoadmapReport.gpt3Summary(r.gpt3),
                table: RoadmapReport.gpt3Table(r.gpt3)),
        ]
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "roadmap-waterfall", RoadmapReport.waterfallChart(r))],
            assumptions: r.assumptions,
            sources: PageParts.sources(r.assumptions, extra: r.levers.map(\.source)), notes: r.notes)
    }
}
