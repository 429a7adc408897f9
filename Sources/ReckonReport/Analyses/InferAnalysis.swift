import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonInput

/// `infer` and `deploy` for the web app and the API.
public enum InferAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        Analysis(
            name: "infer", title: "Serve a model",
            summary:
                "Latency, throughput, memory fit and $ per million tokens of one model on one kind of accelerator "
                + "(roofline per phase).",
            inputs: .infer, catalog: catalog,
            json: { fields, catalog in
                if let s = try InferRequest.resolveSearch(fields, catalog: catalog) {
                    return InferReport.searchJSON(
                        try ServingSearch.run(s.space, targets: s.targets), targets: s.targets, space: s.space)
                }
                let r = try InferRequest.resolve(fields, catalog: catalog)
                return InferReport.json(try r.scenario.estimate(), assumptions: r.assumptions, notes: r.notes)
            },
            page: { fields, catalog in
                if let s = try InferRequest.resolveSearch(fields, catalog: catalog) {
                    let result = try ServingSearch.run(s.space, targets: s.targets)
                    return InferPage.search(result, targets: s.targets, space: s.space, notes: s.notes)
                }
                return try InferPage.result(try InferRequest.resolve(fields, catalog: catalog))
            },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try InferUncertainty.run(
                    fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }

    public static func makeDeploy(catalog: Catalog) -> Analysis {
        Analysis(
            name: "deploy", title: "Deploy vs develop",
            summary: "A fleet for a workload, its yearly cost and energy, beside the model's training cost (Cottier "
                + "2022's scenarios as presets).",
            inputs: .deploy, catalog: catalog,
            json: { fields, catalog in
                let r = try DeployRequest.resolve(fields, catalog: catalog)
                return DeployReport.json(try r.compare(), r)
            },
            page: { fields, catalog in try DeployPage.result(try DeployRequest.resolve(fields, catalog: catalog)) },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try DeployUncertainty.run(
                    fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
