import ReckonCatalog
import ReckonCore
import ReckonInput

/// `scale` (time to train vs cluster size, the paper's Fig. 7) for the web app and the API.
public enum ScaleAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        Analysis(
            name: "scale", title: "Time to train vs cluster size",
            summary:
                "Failures, checkpoints, restarts and K-of-N tolerance from 1k to 100k GPUs: the paper's Fig. 7, every "
                + "Table 3 constant adjustable.",
            inputs: .scale, catalog: catalog,
            json: { fields, catalog in
                let r = try ScaleRequest.resolve(fields, catalog: catalog)
                return ScaleReport.json(r, r.sweep.run())
            },
            page: { fields, catalog in ScalePage.result(try ScaleRequest.resolve(fields, catalog: catalog)) },
            uncertain: { fields, catalog, samples, seed, sensitivity in
                try ScaleUncertainty.run(
                    fields, catalog: catalog, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
