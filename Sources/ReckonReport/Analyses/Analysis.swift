import ReckonCatalog
import ReckonInput

/// One analysis as the web app and the API see it: its inputs (for forms), and how it turns a flat
/// field map into the same JSON the CLI prints and into an HTML result.
///
/// The CLI and the server call exactly these functions; nothing is computed in a route handler.
public struct Analysis: Sendable {
    /// A form field: the flag name in snake_case, a label, a help line, and the built-in scenario's value.
    public struct Field: Sendable {
        public var key: String
        public var label: String
        public var help: String
        public var defaultValue: String
        /// Choices for a drop-down (catalog IDs, enum cases); empty for free text.
        public var choices: [String]
        public init(_ key: String, _ label: String, help: String, default defaultValue: String = "", choices: [String] = []) {
            self.key = key; self.label = label; self.help = help; self.defaultValue = defaultValue; self.choices = choices
        }
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
    public var fields: [Field]
    public var json: @Sendable (InputFields, Catalog) throws -> JSONValue
    public var page: @Sendable (InputFields, Catalog) throws -> PageResult
    /// Monte Carlo over the same fields with some given as distributions (fields, catalog, samples, seed, sensitivity);
    /// nil for an analysis without uncertain inputs.
    public var uncertain: UncertainRunner?
    /// Fields whose own syntax contains `..` (a GPU-count sweep) and so never mark a request as uncertain.
    public var sweepKeys: Set<String>

    public typealias UncertainRunner = @Sendable (InputFields, Catalog, Int?, UInt64?, Bool) throws -> UncertainOutcome

    public init(name: String, title: String, summary: String, fields: [Field],
                json: @escaping @Sendable (InputFields, Catalog) throws -> JSONValue,
                page: @escaping @Sendable (InputFields, Catalog) throws -> PageResult,
                uncertain: UncertainRunner? = nil, sweepKeys: Set<String> = []) {
        self.name = name; self.title = title; self.summary = summary; self.fields = fields; self.json = json; self.page = page
        self.uncertain = uncertain; self.sweepKeys = sweepKeys
    }
}

/// Every analysis the API and web app offer, in menu order. Each analysis adds itself here.
public enum Analyses {
    public static func all(catalog: Catalog = .builtin) -> [Analysis] {
        [
            TrainAnalysis.make(catalog: catalog),
            ScaleAnalysis.make(catalog: catalog),
            PlanAnalysis.make(catalog: catalog),
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
