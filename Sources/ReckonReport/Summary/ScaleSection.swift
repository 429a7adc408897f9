import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// The main report's time-to-train-vs-cluster-size section: `reckon scale`'s defaults (observed failure rates,
/// model-state checkpoints) at the sizes of the paper's Fig. 7.
public enum ScaleSection {
    /// Cluster sizes shown: the rows of framework.md §3.5.
    public static let gpuCounts = "1k,4k,16k,25k,50k,100k"

    public static func section(catalog: Catalog = .builtin) -> ReportSection {
        do {
            let r = try ScaleRequest.resolve(
                InputFields(["gpus": .text(gpuCounts)], origin: "report"), catalog: catalog)
            let result = r.sweep.run()
            let pairs = ScaleReport.pairsOfSeries(result)
            var rows: [[String]] = []
            var commands: [[Reproduction]] = []
            for i in result.gpuCounts.indices {
                var row = [NumberFormat.grouped(Double(result.gpuCounts[i]))]
                // `reckon scale --gpus N`: one row per series, in the sweep's order.
                let expected = result.series.indices.map { s in
                    ("rows.\(s).wall_clock_days", result.curve(s)[s * result.gpuCounts.count + i].wallClock.inDays)
                }
                commands.append([Reproduction(["scale", "--gpus", String(result.gpuCounts[i])], expected: expected)])
                for p in pairs {
                    let b = result.curve(p.base)[p.base * result.gpuCounts.count + i]
                    let o = result.curve(p.opt)[p.opt * result.gpuCounts.count + i]
                    row += [
                        ScaleReport.days(b.wallClock) + " / " + ScaleReport.days(o.wallClock),
                        ScaleReport.ratio(b.wallClock / o.wallClock),
                    ]
                }
                rows.append(row)
            }
            var header = ["GPUs"]
            for p in pairs { header += ["\(ScaleReport.label(result.series[p.base])) base / opt", "gain"] }
            // The chart: the same curves on a fine log grid (60 points) over the same range.
            var fine = r.sweep
            fine.gpuCounts = try ScaleSweep.logSpaced(
                from: result.gpuCounts.first!, to: result.gpuCounts.last!, points: 60)
            var section = ReportSection(
                id: "scale", title: "Time to train vs cluster size (failures counted)",
                headline: ScaleReport.headline(r, result),
                table: Table(header: header, rows: rows, numericColumns: Set(0..<header.count)),
                notes: [
                    ScaleReport.partsSentence(result), ScaleReport.llama3Sentence(r.llama3),
                    "1.8T parameters, the paper's compute model (Faraboschi et al. 2024, Sec. 3.1, Table 3) with "
                        + "observed failure "
                        + "rates (llama3-observed) and model-state checkpoints; Daly (2006) checkpoint interval and "
                        + "wall time; "
                        + "K-of-N tolerance with Poisson repair queue. Rerun with `reckon scale` (`--svg FILE` for "
                        + "the chart); "
                        + "the paper's Fig. 7: `reckon scale --failures paper-2024 --checkpoint-basis gpu-memory`.",
                ],
                svg: ScaleReport.chart(fine.run(), title: "Time to train a 1.8T-parameter model vs cluster size"))
            section.reproductions = commands
            return section
        } catch {
            return ReportSection(
                id: "scale", title: "Time to train vs cluster size", headline: "not computed (\(error))",
                table: Table(header: [], rows: []))
        }
    }
}
