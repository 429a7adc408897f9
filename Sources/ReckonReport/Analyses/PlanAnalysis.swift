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
            summary:
                "Every tensor/pipeline/data/expert split, micro-batch, recompute and ZeRO stage that fits; the "
                + "fastest first, with the MFU it predicts.",
            inputs: .plan, catalog: catalog,
            example: ["model": "megatron-1t", "gpus": "3072", "global_batch": "3072"], choices: ["model": planable],
            json: { fields, catalog in
                let r = try PlanRequest.resolve(fields, catalog: catalog)
                return PlanReport.json(r, try PlanRequest.search(r))
            },
            page: { fields, catalog in
                let r = try PlanRequest.resolve(fields, catalog: catalog)
                return PlanPage.result(r, try PlanRequest.search(r))
            })
    }

    /// Where the best plan's step time goes: one horizontal bar per part, in seconds.
    public static func breakdownChart(_ e: PlanEstimate) -> String { breakdownBars(e).svg() }

    static func breakdownBars(_ e: PlanEstimate) -> BarChart {
        let parts = PlanReport.breakdownParts(e.breakdown).filter { $0.seconds > 0 }
        let bars = parts.map { part in
            BarChart.Bar(
                label: part.key.replacingOccurrences(of: "_", with: " "), low: 0, high: part.seconds,
                tone: part.key.hasSuffix("comm") || part.key == "bubble" ? 1 : 0,
                annotation: PlanReport.percent(part.seconds / e.stepSeconds))
        }
        return BarChart(
            title: "Step time of the best plan: \(NumberFormat.significant(e.stepSeconds, digits: 3)) s",
            value: Axis(label: "seconds per step", format: Axis.plainFormat), bars: bars,
            orientation: .horizontal, legend: [(0, "computation"), (1, "communication and pipeline bubble")])
    }
}
