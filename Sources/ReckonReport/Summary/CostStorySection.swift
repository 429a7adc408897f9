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
                bars.append(
                    .init(
                        label: "\(c.label): bottom-up rental", low: 0, high: c.bottomUpRental.value,
                        tone: 0,
                        annotation: ProjectReport.money(c.bottomUpRental.value)))
                bars.append(
                    .init(
                        label: "\(c.label): cloud cost (derived)", low: 0, high: c.cloudCost.value, tone: 1,
                        annotation: ProjectReport.money(c.cloudCost.value)))
                if let p = c.paperCloudCost {
                    bars.append(
                        .init(
                            label: "\(c.label): paper's cloud cost", low: 0, high: p.value, tone: 2,
                            annotation: ProjectReport.money(p.value)))
                }
                bars.append(
                    .init(
                        label: "\(c.label): GPU cost (derived)", low: 0, high: c.gpuCost.value, tone: 1,
                        annotation: ProjectReport.money(c.gpuCost.value)))
                if let p = c.paperGPUCost {
                    bars.append(
                        .init(
                            label: "\(c.label): paper's GPU cost", low: 0, high: p.value, tone: 2,
                            annotation: ProjectReport.money(p.value)))
                }
            }
            let scale = Axis.scale(for: bars.map(\.high))
            let chart = BarChart(
                title: "One cost story: bottom-up bill, derived and published GPU and cloud costs",
                value: Axis(
                    label: "USD" + (scale == .log ? " (log scale)" : ""), scale: scale,
                    format: Axis.dollarFormat),
                bars: bars, orientation: .horizontal,
                legend: [
                    (0, "bottom-up rental"), (1, "derived from the paper's compute"),
                    (2, "the paper's figure"),
                ])
            var section = ReportSection(
                id: "cost-story", title: "One cost story: from a rental bill to the paper's GPU and cloud cost",
                headline: ProjectReport.reconciliationSentence(runs),
                table: ProjectReport.reconciliationTable(runs),
                notes: [
                    "GPU cost = the paper's compute at peak × amortised purchase (catalog price ÷ life); cloud "
                        + "cost = "
                        + "the same accelerator-hours ÷ MFU × the catalog's rental price; their ratio is the margin of "
                        + "renting over owning ÷ MFU — an output, not the typed 4.8 the trend model still uses to "
                        + "reproduce "
                        + "the paper's projection.", r.notes.last ?? "",
                    "The bottom-up bill (6·N·D, `reckon train` without failures) and the paper's k·P²/K count "
                        + "different "
                        + "compute: ×3.9 more for GPT-3 (k = 40 FLOP per parameter² vs 6·300B/175B), ×0.66 for the "
                        + "GPT-4 "
                        + "estimate (9 experts). Rerun with `reckon project`.",
                ].filter { !$0.isEmpty },
                svg: chart.svg(width: 800, height: chart.naturalHeight))
            section.reproductions = reproductions(runs)
            return section
        } catch {
            return ReportSection(
                id: "cost-story", title: "One cost story", headline: "not computed (\(error))",
                table: Table(header: [], rows: []))
        }
    }
}

/// The main report's memory-wall section (`reckon trends`).
extension CostStorySection {
    /// The JSON key of `reckon project`'s `reconciliation` each step of the table shows (nil: a ratio of two).
    static let keys: [String?] = [
        "bottom_up_compute_flop", "bottom_up_rental_usd", "paper_compute_flop",
        "gpu_hours_at_peak", "amortized_usd_per_hour", "gpu_cost_usd", "paper_gpu_cost_usd",
        "utilization", nil, "cloud_cost_usd", "paper_cloud_cost_usd", "cloud_to_gpu_ratio",
    ]

    /// Each step is `reckon project`'s reconciliation of every run.
    static func reproductions(_ runs: [CostReconciliation]) -> [[Reproduction]] {
        let values: [[String: Double]] = runs.map { c in
            var v: [String: Double] = [
                "bottom_up_compute_flop": c.bottomUpCompute.value, "bottom_up_rental_usd": c.bottomUpRental.value,
                "paper_compute_flop": c.paperCompute.value, "gpu_hours_at_peak": c.hoursAtPeak,
                "amortized_usd_per_hour": c.amortizedPerHour.value, "gpu_cost_usd": c.gpuCost.value,
                "utilization": c.utilization, "cloud_cost_usd": c.cloudCost.value,
                "cloud_to_gpu_ratio": c.cloudToGPURatio,
            ]
            v["paper_gpu_cost_usd"] = c.paperGPUCost?.value
            v["paper_cloud_cost_usd"] = c.paperCloudCost?.value
            return v
        }
        return keys.map { key in
            let expected =
                key.map { k in
                    runs.indices.compactMap { i in values[i][k].map { ("reconciliation.\(i).\(k)", $0) } }
                } ?? []
            return [Reproduction(["project"], expected: expected)]
        }
    }
}

public enum MemoryWallSection {
    public static func section() -> ReportSection {
        let r = TrendsReport.analyze()
        var section = ReportSection(
            id: "memory-wall", title: "The memory wall and the hardware trend (Fig. 8)",
            headline: TrendsReport.headline(r), table: TrendsReport.fitTable(r),
            notes: TrendsReport.notes(r)
                + ["Rerun with `reckon trends` (`--svg FILE` for the chart)."],
            svg: TrendsReport.chart(r).svg())
        // The rows of the fit table, in its order: each series of the NVIDIA set, then of all vendors.
        section.reproductions = [("nvidia", r.nvidia), ("all", r.all)].flatMap { set, wall in
            MemoryWall.Series.allCases.map { s in
                let expected = wall.fit(s).map {
                    [("fits[series=\(s.rawValue),set=\(set)].annual_growth", $0.annualGrowth)]
                }
                return [Reproduction(["trends"], expected: expected ?? [])]
            }
        }
        return section
    }
}
