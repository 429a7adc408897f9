import ReckonCore
import ReckonInput

/// `project` for the web app and the API.
public enum ProjectAnalysis {
    public static func make() -> Analysis {
        Analysis(
            name: "project", title: "Project frontier cost",
            summary: "Cost of the final training run of the largest model per year (Fig. 5, Table 1), its growth (Fig. 6) and the years it crosses spending lines.",
            fields: [
                .init("preset", "Trend preset", help: "starting constants", default: "paper-calibrated", choices: TrendPreset.allCases.map(\.rawValue)),
                .init("from", "From year", help: "first year", default: "2020"),
                .init("to", "To year", help: "last year", default: "2035"),
                .init("param_growth", "Parameter growth per year", help: "× per year; the paper: 2.8"),
                .init("price_perf_doubling_years", "Price-performance doubling (years)", help: "after the anchor year"),
            ],
            json: { fields, _ in ProjectReport.json(try ProjectRequest.resolve(fields)) },
            page: { fields, _ in
                let r = try ProjectRequest.resolve(fields)
                return Analysis.PageResult(table: Table(header: [], rows: []), svg: ProjectReport.svg(r), notes: [], text: ProjectReport.render(r, format: .text))
            },
            uncertain: { fields, _, samples, seed, sensitivity in
                try ProjectUncertainty.run(fields, samples: samples, seed: seed, sensitivity: sensitivity)
            })
    }
}
