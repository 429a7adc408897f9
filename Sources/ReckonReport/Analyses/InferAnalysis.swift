import ReckonCatalog
import ReckonCore
import ReckonInput

/// `infer` and `deploy` for the web app and the API.
public enum InferAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        Analysis(
            name: "infer", title: "Serve a model",
            summary: "Latency, throughput, memory fit and $ per million tokens of one model on one kind of accelerator (roofline per phase).",
            fields: [
                .init("model", "Model", help: "catalog model", default: "gpt-3", choices: catalog.models.map(\.id)),
                .init("gpu", "Accelerator", help: "catalog accelerator", default: "h100-sxm", choices: catalog.accelerators.map(\.id)),
                .init("gpus", "Accelerators", help: "default: the fewest that hold the weights"),
                .init("batch", "Batch", help: "concurrent sequences"),
                .init("input_tokens", "Input tokens", help: "prompt length"),
                .init("output_tokens", "Output tokens", help: "generated tokens"),
                .init("precision", "Weight precision", help: "bf16, fp16, fp8, int8, int4", default: "bf16", choices: ["bf16", "fp16", "fp8", "int8", "int4"]),
                .init("price_per_hour", "Price per GPU-hour (USD)", help: "default: the catalog's"),
            ],
            json: { fields, catalog in
                let r = try InferRequest.resolve(fields, catalog: catalog)
                return InferReport.json(try r.scenario.estimate(), assumptions: r.assumptions, notes: r.notes)
            },
            page: { fields, catalog in
                let r = try InferRequest.resolve(fields, catalog: catalog)
                return Analysis.PageResult(table: Table(header: [], rows: []), text: try InferReport.render(r, format: .text))
            },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try InferUncertainty.run(fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }

    public static func makeDeploy(catalog: Catalog) -> Analysis {
        Analysis(
            name: "deploy", title: "Deploy vs develop",
            summary: "A fleet for a workload, its yearly cost and energy, beside the model's training cost (seed 003's scenarios as presets).",
            fields: [
                .init("preset", "Workload preset", help: "twitter-1pct-year or million-developers-year", default: "twitter-1pct-year",
                      choices: ["twitter-1pct-year", "million-developers-year"]),
                .init("model", "Model", help: "catalog model", default: "gpt-3", choices: catalog.models.map(\.id)),
                .init("gpu", "Accelerator", help: "catalog accelerator", default: "h100-sxm", choices: catalog.accelerators.map(\.id)),
                .init("output_tokens_per_day", "Output tokens per day", help: "overrides the preset"),
                .init("peak_to_average", "Peak-to-average ratio", help: "fleet sized for the peak"),
            ],
            json: { fields, catalog in
                let r = try DeployRequest.resolve(fields, catalog: catalog)
                let c = try DeploymentVsDevelopment.compare(training: r.training, serving: r.serving, workload: r.workload,
                                                            economics: r.economics, period: r.period)
                return DeployReport.json(c, r)
            },
            page: { fields, catalog in
                let r = try DeployRequest.resolve(fields, catalog: catalog)
                return Analysis.PageResult(table: Table(header: [], rows: []), text: try DeployReport.render(r, format: .text))
            },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try DeployUncertainty.run(fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
