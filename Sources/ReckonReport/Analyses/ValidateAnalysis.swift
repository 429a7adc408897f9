import ReckonCatalog
import ReckonInput

/// `validate` (the plan model against every published run it can model) for the web app and the API.
public enum ValidateAnalysis {
    public static func make(catalog: Catalog = .builtin) -> Analysis {
        Analysis(
            name: "validate", title: "Predicted against published",
            summary: "Every published training run Reckon can model — Megatron-LM, NeMo, torchtitan, MLPerf and more — "
                + "with the throughput or MFU the plan model predicts, the error, and the tolerance of each suite.",
            inputs: .validate, catalog: catalog,
            json: { fields, _ in ValidationReport.json(Validation.run(try ValidateRequest.cases(fields))) },
            page: { fields, _ in ValidatePage.result(Validation.run(try ValidateRequest.cases(fields))) })
    }
}
