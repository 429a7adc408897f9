import ReckonAnalysis
import ReckonInput
import ReckonUnits

/// The `scale` page: time to train against cluster size with failures counted, baseline and optimized systems.
enum ScalePage {
    static func result(_ r: ScaleRequest.Resolved) -> Analysis.PageResult {
        let result = r.sweep.run()
        let table = ScaleReport.table(result)
        let base = ScaleReport.pairsOfSeries(result)[0].base
        let data = result.gpuCounts.indices.map { i -> PageTable.Datum? in
            let point = result.curve(base)[base * result.gpuCounts.count + i]
            return point.wallClock.value.isFinite
                ? PageTable.Datum("rows.\(base * result.gpuCounts.count + i).wall_clock_days", point.wallClock.inDays)
                : nil
        }
        let tables = [
            PageTable(
                id: "sweep", title: "Time to train at each cluster size",
                caption: ScaleReport.partsSentence(result), table: table, data: data)
        ]
        return Analysis.PageResult(
            headline: ScaleReport.headline(r, result), tables: tables,
            charts: [PageChart(id: "scale-days-vs-gpus", ScaleReport.lineChart(result))],
            assumptions: r.assumptions, notes: [ScaleReport.llama3Sentence(r.llama3)] + r.notes)
    }
}
