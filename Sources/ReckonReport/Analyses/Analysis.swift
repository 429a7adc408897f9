import ReckonCatalog
import ReckonCore
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
        /// The default in words when it is computed ("predicted by the plan model"); empty otherwise.
        public var defaultNote: String
        /// Choices for a drop-down (catalog IDs, enum cases); empty for free text.
        public var choices: [String]
        /// Shown before the "more" fields.
        public var common: Bool
        public var unit: String?
        /// The catalog list a drop-down's choices come from (an alias given is shown as the entry's ID).
        public var catalog: FieldKind.CatalogKind?
        /// How the value is read (a toggle is written `--flag` on the command line, without a value).
        public var kind: FieldKind
    }

    /// What an HTML page shows for a result: a headline, tables, charts, the assumptions made and their sources,
    /// the derivation, notes. Pages are built from these parts only (never from the text output).
    public struct PageResult: Sendable {
        /// One or two sentences with the answer.
        public var headline: String
        public var tables: [PageTable]
        /// At least one per analysis, each with its data (CSV) for download.
        public var charts: [PageChart]
        public var assumptions: [Assumption]
        public var sources: [String]
        public var derivation: [DerivationStep]
        public var notes: [String]

        public init(
            headline: String, tables: [PageTable] = [], charts: [PageChart] = [],
            assumptions: [Assumption] = [], sources: [String] = [], derivation: [DerivationStep] = [],
            notes: [String] = []
        ) {
            self.headline = headline
            self.tables = tables
            self.charts = charts
            self.assumptions = assumptions
            self.sources = sources.isEmpty ? PageParts.sources(assumptions, derivation) : sources
            self.derivation = derivation
            self.notes = notes
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

    public init(
        name: String, title: String, summary: String, inputs: CommandInputs, catalog: Catalog,
        example: [String: String] = [:], choices: [String: [String]] = [:],
        json: @escaping @Sendable (InputFields, Catalog) throws -> JSONValue,
        page: @escaping @Sendable (InputFields, Catalog) throws -> PageResult,
        uncertain: UncertainRunner? = nil
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.inputs = inputs
        self.example = example
        self.choices = choices
        self.fields = Analysis.formFields(inputs, catalog: catalog, choices: choices)
        self.json = json
        self.page = page
        self.uncertain = uncertain
    }

    /// Every field of the command, common ones first, with catalog IDs and enum cases as drop-downs.
    static func formFields(_ inputs: CommandInputs, catalog: Catalog, choices: [String: [String]]) -> [Field] {
        inputs.uses.map { use in
            var options: [String] = []
            var catalogKind: FieldKind.CatalogKind?
            switch use.field.kind {
            case .choice: options = use.choices ?? []
            case .catalogID(.model):
                options = catalog.models.map(\.id)
                catalogKind = .model
            case .catalogID(.accelerator):
                options = catalog.accelerators.map(\.id)
                catalogKind = .accelerator
            case .flag, .toggle: options = ["true", "false"]
            default: break
            }
            if let narrower = choices[use.key] { options = narrower }
            return Field(
                key: use.key, label: use.field.label, help: use.help, defaultValue: use.defaultValue ?? "",
                defaultNote: use.defaultNote ?? "",
                choices: options, common: use.common, unit: use.field.unit, catalog: catalogKind,
                kind: use.field.kind)
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
            ValidateAnalysis.make(catalog: catalog),
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
