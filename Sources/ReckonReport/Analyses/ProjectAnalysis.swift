import ReckonCatalog
import ReckonCore
import ReckonInput

/// `project` for the web app and the API.
public enum ProjectAnalysis {
    public static func make(catalog: Catalog = .builtin) -> Analysis {
        Analysis(
            name: "project", title: "Project frontier cost",
            summary:
                "Cost of the final training run of the largest model per year (Fig. 5, Table 1), its growth (Fig. 6) "
                + "and the years it crosses spending lines.",
            inputs: .project, catalog: catalog,
            json: { fields, _ in ProjectReport.json(try ProjectRequest.resolve(fields)) },
            page: { fields, _ in ProjectPage.result(try ProjectRequest.resolve(fields)) },
            uncertain: { fields, _, samples, seed, sensitivity in
                try ProjectUncertainty.run(fields, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
