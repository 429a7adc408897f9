import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's reconciliation: the bottom-up rental bill, the paper's "GPU cost" and "cloud cost" of the same two
/// runs, and the stated inputs that turn one into the other (what `reckon project` shows in full).
public enum CostStorySection {
    public static func section() -> ReportSection {
        do {
            let r = try ProjectRequest.resolve(InputFields())
            let runs = r.reconciliation
            var bars: [BarChart.Bar] = []
            for c in runs {
                bars.append(.init(label: "\(c.label): bottom-up rental", low: 1e4, high: c.bottomUpRental.value,
                    tone: 0,
                                  annotation: ProjectReport.money(c.bottomUpRental.value)))
                bars.append(.init(label: "\(c.label): cloud cost (derived)", low: 1e4, high: c.cloudCost.value, tone: 1,
                                  annotation: ProjectReport.money(c.cloudCost.value)))
                if let p = c.paperCloudCost {
                    bars.append(.init(label: "\(c.label): paper's cloud cost", low: 1e4, high: p.value, tone: 2,
                                      annotation: ProjectReport.money(p.value)))
                }
                bars.append(.init(label: "\(c.label): GPU cost (derived)", low: 1e4, high: c.gpuCost.value, tone: 1,
                                  annotation: ProjectReport.money(c.gpuCost.value)))
                if let p = c.paperGPUCost {
                    bars.append(.init(label: "\(c.label): paper's GPU cost", low: 1e4, high: p.value, tone: 2,
                                      annotation: ProjectReport.money(p.value)))
                }
            }
            let chart = BarChart(title: "One cost story: bottom-up bill, derived and published GPU and cloud costs",
                                 value: Axis(label: "USD (log scale)", scale: .log, format: Axis.dollarFormat),
                                     bars: bars,
                                 orientation: .horizontal)
            return ReportSection(
                id: "cost-story", title: "One cost story: from a rental bill to the paper's GPU and cloud cost",
                headline: ProjectReport.reconciliationSentence(runs),
                table: ProjectReport.reconciliationTable(runs),
                notes: ["GPU cost = the paper's compute at peak × amortised purchase (catalog price ÷ life); cloud "
                    + "cost = "
                        + "the same accelerator-hours ÷ MFU × the catalog's rental price; their ratio is the margin of "
                        + "renting over owning ÷ MFU — an output, not the typed 4.8 the trend model still uses to "
                            + "reproduce "
                        + "the paper's projection.", r.notes.last ?? "",
                        "The bottom-up bill (6·N·D, `reckon train` without failures) and the paper's k·P²/K count "
                            + "different "
                        + "compute: ×3.9 more for GPT-3 (k = 40 FLOP per parameter² vs 6·300B/175B), ×0.66 for the "
                            + "GPT-4 "
                        + "estimate (9 experts). Rerun with `reckon project`."].filter { !$0.isEmpty },
                svg: chart.svg(width: 800, height: 60 + 26 * bars.count + 50))
        } catch {
            return ReportSection(id: "cost-story", title: "One cost story", headline: "not computed (\(error))",
                                 table: Table(header: [], rows: []))
        }
    }
}

/// The main report's memory-wall section (`reckon trends`).
public enum MemoryWallSection {
    public static func section() -> ReportSection {
        let r = TrendsReport.analyze()
        return ReportSection(id: "memory-wall", title: "The memory wall and the hardware trend (Fig. 8)",
                             headline: TrendsReport.headline(r), table: TrendsReport.fitTable(r),
                             notes: TrendsReport.notes(r)
                                 + ["Rerun with `reckon trends` (`--svg FILE` for the chart)."],
                             svg: TrendsReport.chart(r).svg())
    }
}
