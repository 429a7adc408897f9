import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// `plan` (the fastest parallel plans and the MFU they predict) for the web app and the API.
public enum PlanAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        // Only models with a full shape can be planned.
        let planable = catalog.models.filter { (try? TransformerShape(model: $0)) != nil }.map(\.id)
        return Analysis(
            name: "plan", title: "Parallel plan and predicted MFU",
            summary: "Every tensor/pipeline/data/expert split, micro-batch, recompute and ZeRO stage that fits; the fastest first, with the MFU it predicts.",
            inputs: .plan, catalog: catalog,
            example: ["model": "megatron-1t", "gpus": "3072", "global_batch": "3072"], choices: ["model": planable],
            json: { fields, catalog in
                let r = try PlanRequest.resolve(fields, catalog: catalog)
                return PlanReport.json(r, try PlanRequest.search(r))
            },
            page: { fields, catalog in
                let r = try PlanRequest.resolve(fields, catalog: catalog)
                let result = try PlanRequest.search(r)
                let columns = PlanReport.Columns(r)
                let rows = result.plans.enumerated().map { columns.row($0.offset, $0.element) }
                let notes = ["\(NumberFormat.grouped(Double(result.evaluated))) plans evaluated, \(NumberFormat.grouped(Double(result.feasible))) fit in memory."]
                    + result.plans.enumerated().map { "#\($0.offset + 1) step time: \(PlanReport.breakdownLine($0.element.estimate))" }
                    + r.assumptions.map { "Assumed \($0.key) = \($0.value) [\($0.source)]" }
                let table = Table(header: columns.header, rows: rows, numericColumns: columns.numeric)
                return Analysis.PageResult(table: table,
                                           svg: result.plans.first.map { breakdownChart($0.estimate) }, notes: notes)
            })
    }

    /// Where the best plan's step time goes: one horizontal bar per part, in seconds.
    public static func breakdownChart(_ e: PlanEstimate) -> String {
        let parts = PlanReport.breakdownParts(e.breakdown).filter { $0.seconds > 0 }
        let bars = parts.enumerated().map { i, part in
            BarChart.Bar(label: part.key.replacingOccurrences(of: "_", with: " "), low: 0, high: part.seconds, tone: i % 3,
                         annotation: PlanReport.percent(part.seconds / e.stepSeconds))
        }
        return BarChart(title: "Step time of the best plan: \(NumberFormat.significant(e.stepSeconds, digits: 3)) s",
                        value: Axis(label: "seconds per step", format: Axis.plainFormat), bars: bars, orientation: .horizontal).svg()
    }
}
