import ReckonCatalog
import ReckonInput

extension CommandInputs {
    /// `reckon validate` takes no fields: it runs every embedded published case.
    public static let validate = CommandInputs("validate", takesDistributions: false, [])
}

/// `validate` (the plan model against every published run it can model) for the web app and the API.
public enum ValidateAnalysis {
    public static func make(catalog: Catalog = .builtin) -> Analysis {
        Analysis(
            name: "validate", title: "Predicted against published",
            summary: "Every published training run Reckon can model — Megatron-LM, NeMo, torchtitan, MLPerf and more — "
                + "with the throughput or MFU the plan model predicts, the error, and the tolerance of each suite.",
            inputs: .validate, catalog: catalog,
            json: { _, _ in ValidationReport.json(Validation.run()) },
            page: { _, _ in ValidatePage.result(Validation.run()) })
    }
}
