import ReckonCore
import ReckonInput

/// `roadmap` for the web app and the API.
public enum RoadmapAnalysis {
    public static func make() -> Analysis {
        Analysis(
            name: "roadmap", title: "Roadmap of cost levers",
            summary: "The seven levers of Table 2 as a waterfall from a baseline training cost, and what a $1,000 GPT-3 takes.",
            fields: [
                .init("gpus", "System size (GPUs)", help: "for the distributed-systems lever", default: "50000"),
                .init("data_formats", "Data formats", help: "on, off, fp8, mx, lns or a speed-up"),
                .init("competitive_accelerators", "Accelerator gross margin", help: "on, off or a margin such as 0.4"),
                .init("model_partitioning", "Model partitioning", help: "on, off or a number of partitions"),
                .init("target_usd", "Target cost for GPT-3 (USD)", help: "default $1,000"),
            ],
            json: { fields, _ in RoadmapReport.json(try RoadmapRequest.resolve(fields)) },
            page: { fields, _ in
                let r = try RoadmapRequest.resolve(fields)
                return Analysis.PageResult(table: Table(header: [], rows: []), svg: RoadmapReport.svg(r), notes: [], text: RoadmapReport.render(r, format: .text))
            },
            uncertain: { fields, _, samples, seed, sensitivity in
                try RoadmapUncertainty.run(fields, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
