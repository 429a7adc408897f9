import ReckonCatalog
import ReckonCore
import ReckonInput

/// `scale` (time to train vs cluster size, the paper's Fig. 7) for the web app and the API.
public enum ScaleAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        Analysis(
            name: "scale", title: "Time to train vs cluster size",
            summary: "Failures, checkpoints, restarts and K-of-N tolerance from 1k to 100k GPUs: the paper's Fig. 7, every Table 3 constant adjustable.",
            fields: [
                .init("params", "Parameters", help: "model size, e.g. 1.8T (the paper's Fig. 7) or 405B", default: ScaleRequest.defaultParameters.formatted),
                .init("gpus", "GPU counts", help: "a count (50k), a list (1k,4k,16k) or a range (1k...100k)", default: "1k...100k"),
                .init("points", "Points", help: "log-spaced points of a range (at most 1,000)", default: String(ScaleRequest.defaultRange.points)),
                .init("failures", "Failure model", help: "Table 3 or the rates Llama 3 405B saw", default: "paper-2024", choices: FailureModel.presetNames),
                .init("interval", "Checkpoint interval", help: "Daly 2006 or Young 1974", default: "daly", choices: CheckpointInterval.allCases.map(\.rawValue)),
                .init("amdahl", "Amdahl reading", help: "how the 1% sequential fraction applies", default: "dp100", choices: AmdahlReading.allCases.map(\.rawValue)),
                .init("gpu_mtbf_hours", "GPU MTBF (h)", help: "per GPU, paper-2024 only", default: ScaleRequest.describe("gpu_mtbf_hours", .paper2024)),
                .init("cpu_mtbf_hours", "CPU MTBF (h)", help: "per CPU, paper-2024 only", default: ScaleRequest.describe("cpu_mtbf_hours", .paper2024)),
                .init("checkpoint_bandwidth", "Checkpoint bandwidth (baseline)", help: "e.g. 500 GB/s", default: ScaleRequest.describe("checkpoint_bandwidth", .paper2024)),
                .init("optimized_checkpoint_bandwidth", "Checkpoint bandwidth (optimized)", help: "e.g. 2 TB/s", default: ScaleRequest.describe("optimized_checkpoint_bandwidth", .paper2024)),
                .init("tolerate", "Tolerated groups (optimized)", help: "K/N failed data-parallel groups", default: ScaleRequest.describe("tolerate", .paper2024)),
                .init("restart_hours", "Restart time (h)", help: "lost per job interrupt", default: ScaleRequest.describe("restart_hours", .paper2024)),
            ],
            json: { fields, catalog in
                let r = try ScaleRequest.resolve(fields, catalog: catalog)
                return ScaleReport.json(r, r.sweep.run())
            },
            page: { fields, catalog in
                let r = try ScaleRequest.resolve(fields, catalog: catalog)
                let result = r.sweep.run()
                return Analysis.PageResult(table: ScaleReport.table(result), svg: ScaleReport.chart(result),
                                           notes: [ScaleReport.headline(r, result), ScaleReport.llama3Sentence(r.llama3)] + r.notes
                                               + r.assumptions.map { "Assumed \($0.key) = \($0.value) [\($0.source)]" })
            },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try ScaleUncertainty.run(fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            },
            sweepKeys: ["gpus"])
    }
}
