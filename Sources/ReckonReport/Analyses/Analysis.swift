import ReckonCatalog
import ReckonInput

/// One analysis as the web app and the API see it: its inputs (for forms), and how it turns a flat
/// field map into the same JSON the CLI prints and into an HTML result.
///
/// The CLI and the server call exactly these functions; nothing is computed in a route handler.
public struct Analysis: Sendable {
    /// A form field, derived from the field registry: the key (flag name in snake_case), a label, the help line
    /// with the command's default, the default as a placeholder, and the choices of a drop-down.
    public struct Field: Sendable {
        public var key: String
        public var label: String
        public var help: String
        /// The command's default as typed (shown as a placeholder; empty when computed or absent).
        public var defaultValue: String
        /// Choices for a drop-down (catalog IDs, enum cases); empty for free text.
        public var choices: [String]
        /// Shown before the "more" fields.
        public var common: Bool
        public var unit: String?
    }

    /// What an HTML page shows for a result.
    public struct PageResult: Sendable {
        public var table: Table
        public var svg: String?
        public var notes: [String]
        /// The command's own text rendering, shown as-is when there is no table.
        public var text: String?
        public init(table: Table, svg: String? = nil, notes: [String] = [], text: String? = nil) {
            self.table = table; self.svg = svg; self.notes = notes; self.text = text
        }
    }

    /// Per-request limits the server enforces (stated in its errors).
    public struct Limits: Sendable {
        public var maxSamples = 100_000
        public var maxSweepPoints = 1_000
        public init() {}
    }

    public var name: String
    public var title: String
    public var summary: String
    /// The command's inputs in the field registry: the form, the API's validation and the OpenAPI schema.
    public var inputs: CommandInputs
    /// The scenario a page opens with (field → value as typed), when the query is empty.
    public var example: [String: String]
    /// Narrower drop-down choices than the catalog's (e.g. only models with a shape for `plan`).
    public var choices: [String: [String]]
    public var fields: [Field]
    public var json: @Sendable (InputFields, Catalog) throws -> JSONValue
    public var page: @Sendable (InputFields, Catalog) throws -> PageResult
    /// Monte Carlo over the same fields with some given as distributions (fields, catalog, samples, seed, sensitivity);
    /// nil for an analysis without uncertain inputs.
    public var uncertain: UncertainRunner?
    /// Fields whose own syntax contains `..` (a GPU-count sweep) and so never mark a request as uncertain.
    public var sweepKeys: Set<String> { inputs.sweepKeys }
    /// True for an analysis whose inputs include `samples` and `seed` and whose own `json`/`page` sample
    /// (`choose`: intervals of each frontier point): requests go to them as they are.
    public var samplesItself = false

    public typealias UncertainRunner = @Sendable (InputFields, Catalog, Int?, UInt64?, Bool) throws -> UncertainOutcome

    public init(name: String, title: String, summary: String, inputs: CommandInputs, catalog: Catalog,
                example: [String: String] = [:], choices: [String: [String]] = [:],
                json: @escaping @Sendable (InputFields, Catalog) throws -> JSONValue,
                page: @escaping @Sendable (InputFields, Catalog) throws -> PageResult,
                uncertain: UncertainRunner? = nil) {
        self.name = name; self.title = title; self.summary = summary; self.inputs = inputs
        self.example = example; self.choices = choices
        self.fields = Analysis.formFields(inputs, catalog: catalog, choices: choices)
        self.json = json; self.page = page; self.uncertain = uncertain
    }

    /// Every field of the command, common ones first, with catalog IDs and enum cases as drop-downs.
    static func formFields(_ inputs: CommandInputs, catalog: Catalog, choices: [String: [String]]) -> [Field] {
        inputs.uses.map { use in
            var options: [String] = []
            switch use.field.kind {
            case .choice: options = use.choices ?? []
            case .catalogID(.model): options = catalog.models.map(\.id)
            case .catalogID(.accelerator): options = catalog.accelerators.map(\.id)
            case .flag, .toggle: options = ["true", "false"]
            default: break
            }
            if let narrower = choices[use.key] { options = narrower }
            return Field(key: use.key, label: use.field.label, help: use.help, defaultValue: use.defaultValue ?? "",
                         choices: options, common: use.common, unit: use.field.unit)
        }
    }
}

/// Every analysis the API and web app offer, in menu order. Each analysis adds itself here.
public enum Analyses {
    public static func all(catalog: Catalog = .builtin) -> [Analysis] {
        [
            TrainAnalysis.make(catalog: catalog),
            ScaleAnalysis.make(catalog: catalog),
            PlanAnalysis.make(catalog: catalog),
            ChooseAnalysis.make(catalog: catalog),
            ProjectAnalysis.make(),
            RoadmapAnalysis.make(),
            InferAnalysis.make(catalog: catalog),
            InferAnalysis.makeDeploy(catalog: catalog),
        ]
    }

    public static func named(_ name: String, catalog: Catalog = .builtin) -> Analysis? {
        all(catalog: catalog).first { $0.name == name }
    }
}
