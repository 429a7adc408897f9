import ReckonCatalog
import ReckonCore
import ReckonInput

/// `roadmap` for the web app and the API.
public enum RoadmapAnalysis {
    public static func make(catalog: Catalog = .builtin) -> Analysis {
        Analysis(
            name: "roadmap", title: "Roadmap of cost levers",
            summary:
                "The seven levers of Table 2 as a waterfall from a baseline training cost, and what a $1,000 GPT-3 "
                + "takes.",
            inputs: .roadmap, catalog: catalog,
            json: { fields, _ in RoadmapReport.json(try RoadmapRequest.resolve(fields)) },
            page: { fields, _ in RoadmapPage.result(try RoadmapRequest.resolve(fields)) },
            uncertain: { fields, _, samples, seed, sensitivity in
                try RoadmapUncertainty.run(fields, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
