import Foundation
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits

/// `train` for the web app and the API.
public enum TrainAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        Analysis(
            name: "train", title: "Train a model",
            summary:
                "Compute, time, cost, energy and emissions of one training run: C = 6·N·D, time = C / (GPUs × peak × "
                + "MFU).",
            inputs: .train, catalog: catalog,
            json: { fields, catalog in
                let r = try TrainRequest.resolve(fields, catalog: catalog)
                return TrainReport.json(
                    r.scenario.estimate(), assumptions: r.assumptions, notes: r.notes,
                    failures: r.failures, interval: r.mfuInterval)
            },
            page: { fields, catalog in
                TrainPage.result(try TrainRequest.resolve(fields, catalog: catalog), fields: fields)
            },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try TrainUncertainty.run(
                    fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }

    /// Wall-clock days and rental cost of the same run from ⅛× to 8× the chosen accelerator count.
    /// `failures` gives the failure overhead at a GPU count and parameter count (the request's own preset); without it
    /// the default preset's.
    public static func clusterSizeChart(
        _ s: TrainingScenario,
        failures: (@Sendable (Int, Double) -> Double)? = nil
    ) -> String {
        clusterSizeLineChart(s, failures: failures).svg()
    }

    static func clusterSizeLineChart(
        _ s: TrainingScenario,
        failures: (@Sendable (Int, Double) -> Double)? = nil
    ) -> LineChart {
        var days: [(x: Double, y: Double)] = []
        for i in 0...12 {
            var v = s
            v.count = max(1, Int((Double(s.count) * pow(2, Double(i - 6) / 2)).rounded()))
            // The failure overhead depends on the cluster size: recompute it when the run counts failures.
            if s.failureOverhead != 1 {
                let model = failures ?? (try? TrainRequest.failureOverheadModel(precision: s.precision))
                v.failureOverhead = model.map { $0(v.count, s.model.totalParameters.value) } ?? .infinity
            }
            if v.failureOverhead.isFinite { days.append((Double(v.count), v.estimate().wallClock.inDays)) }
        }
        let chosen = s.estimate().wallClock.inDays
        return LineChart(
            title: "\(s.model.name): wall-clock days vs \(s.accelerator.name) count",
            x: Axis(label: "accelerators", scale: .log),
            y: Axis(label: "wall-clock days", scale: .log, format: Axis.plainFormat),
            series: [
                .init(name: "wall-clock days at MFU \(NumberFormat.significant(s.mfu))", points: days),
                .init(
                    name: "this run: \(NumberFormat.grouped(Double(s.count))) accelerators",
                    points: [(Double(s.count), chosen)], markers: true),
            ])
    }
}
