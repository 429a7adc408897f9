import ReckonCatalog
import ReckonCore
import ReckonInput

/// `choose` (the cheapest and the fastest way to train a model) for the web app and the API.
public enum ChooseAnalysis {
    public static func make(catalog: Catalog) -> Analysis {
        let planable = catalog.models.filter { (try? TransformerShape(model: $0)) != nil }.map(\.id)
        var analysis = Analysis(
            name: "choose", title: "Choose accelerators and cluster size",
            summary: "Every accelerator at every cluster size, each with its fastest plan, failures and price: the "
                + "days-vs-dollars frontier, the cheapest run meeting a deadline and the fastest within a budget.",
            inputs: .choose, catalog: catalog,
            example: ["model": "llama-3.1-405b", "deadline": "90d", "budget": "$80M"], choices: ["model": planable],
            json: { fields, catalog in ChooseReport.json(try ChooseRequest.run(fields, catalog: catalog)) },
            page: { fields, catalog in ChoosePage.result(try ChooseRequest.run(fields, catalog: catalog)) })
        analysis.samplesItself = true
        return analysis
    }
}
