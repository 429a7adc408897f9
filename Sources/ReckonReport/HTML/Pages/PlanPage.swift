import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

/// The `plan` page: the fastest parallel plans that fit, the MFU they predict, where the best one's step goes.
enum PlanPage {
    static func result(_ r: PlanRequest.Resolved, _ result: PlanSearchResult) -> Analysis.PageResult {
        let columns = PlanReport.Columns(r)
        let rows = result.plans.enumerated().map { columns.row($0.offset, $0.element) }
        let data = result.plans.indices.map { PageTable.Datum("plans.\($0).mfu", result.plans[$0].estimate.mfu) }
        let evaluated =
            "\(NumberFormat.grouped(Double(result.evaluated))) plans evaluated, "
            + "\(NumberFormat.grouped(Double(result.feasible))) fit in memory; fastest first."
        var tables = [
            PageTable(
                id: "plans", title: "Fastest plans", caption: evaluated,
                table: Table(
                    header: columns.header, rows: rows,
                    numericColumns: columns.numeric), data: data)
        ]
        var charts: [PageChart] = []
        var headline =
            "No plan of \(r.modelName) fits on \(NumberFormat.grouped(Double(r.problem.gpus))) × "
            + "\(r.gpuName) with these constraints."
        if let best = result.plans.first {
            let e = best.estimate
            headline =
                "Best plan for \(r.modelName) on \(NumberFormat.grouped(Double(r.problem.gpus))) × \(r.gpuName): "
                + "\(best.plan.summaryLine), \(NumberFormat.significant(e.stepSeconds, digits: 4)) s a step, "
                + "MFU \(PlanReport.percent(e.mfu))."
            if let line = PlanReport.intervalLine(e, interval: Validation.interval(for: r.problem.shape)) {
                headline += " " + line.prefix(1).uppercased() + line.dropFirst() + "."
            }
            charts.append(PageChart(id: "plan-step-breakdown", PlanAnalysis.breakdownBars(e)))
            var parts = QuantityTable()
            for part in PlanReport.breakdownParts(e.breakdown) where part.seconds > 0 {
                parts.add(
                    part.key.replacingOccurrences(of: "_", with: " "),
                    NumberFormat.significant(part.seconds, digits: 3) + " s ("
                        + PlanReport.percent(part.seconds / e.stepSeconds) + ")",
                    "plans.0.breakdown.\(part.key)_seconds", part.seconds)
            }
            tables.append(parts.page(id: "breakdown", title: "Where the best plan's step goes"))
        }
        let notes = [
            "Model: framework profile '\(r.problem.framework.id)'; Narayanan et al. 2021 (pipeline schedules), "
                + "Korthikanti et al. 2022 (activations), ZeRO/FSDP (sharding), α–β collectives; four constants "
                + "fitted once on the development set (see Validate)."
        ]
        return Analysis.PageResult(
            headline: headline, tables: tables, charts: charts, assumptions: r.assumptions,
            notes: notes)
    }
}

extension ParallelPlan {
    /// "TP 8 · PP 4 · DP 96, micro-batch 1, selective recompute, ZeRO 1".
    var summaryLine: String {
        var parts = ["TP \(tp)"]
        if cp > 1 { parts.append("CP \(cp)") }
        parts.append("PP \(pp)" + (interleave > 1 ? " (×\(interleave) interleaved)" : ""))
        parts.append("DP \(dp)")
        if ep > 1 { parts.append("EP \(ep)") }
        return parts.joined(separator: " · ")
            + ", micro-batch \(microbatch), recompute \(recompute.label), ZeRO \(zeroStage)"
    }
}
