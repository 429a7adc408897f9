import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// One table of a page: a title, the table, an optional sentence above it, and — for rows that show one number of
/// the CLI's JSON — that number's JSON path and value (written as `data-key`/`data-value` on the row, so a check can
/// compare the page with `--format json`).
public struct PageTable: Sendable {
    public struct Datum: Sendable {
        /// Dotted path into the command's JSON (`wall_clock_days`, `usd_per_million_tokens.output`).
        public var key: String
        public var value: Double
        public init(_ key: String, _ value: Double) {
            self.key = key
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var caption: String?
    public var table: Table
    /// One entry per row (nil: the row shows no single JSON number).
    public var data: [Datum?]
    /// Shown folded (`<details>`): long tables a reader opens when wanted.
    public var folded: Bool

    public init(
        id: String, title: String, caption: String? = nil, table: Table, data: [Datum?] = [],
        folded: Bool = false
    ) {
        self.id = id
        self.title = title
        self.caption = caption
        self.table = table
        self.data = data
        self.folded = folded
    }
}

/// One chart of a page: the SVG and the data it draws as CSV (both offered as downloads beside it).
public struct PageChart: Sendable {
    /// The file name of the downloads, without extension (`train-wall-clock-vs-gpus`).
    public var id: String
    public var svg: String
    public var csv: String

    public init(id: String, svg: String, csv: String) {
        self.id = id
        self.svg = svg
        self.csv = csv
    }
    public init(id: String, _ chart: LineChart, width: Int = 800, height: Int = 480) {
        self.init(id: id, svg: chart.svg(width: width, height: height), csv: chart.csv())
    }
    public init(id: String, _ chart: BarChart, width: Int = 800, height: Int? = nil) {
        self.init(id: id, svg: chart.svg(width: width, height: height ?? chart.naturalHeight), csv: chart.csv())
    }
    public init(id: String, _ chart: HistogramChart) { self.init(id: id, svg: chart.svg(), csv: chart.csv()) }
    public init(id: String, _ chart: StripChart) { self.init(id: id, svg: chart.svg(), csv: chart.csv()) }
}

/// A quantity–value table built row by row, each row optionally tied to the JSON number it shows.
struct QuantityTable {
    var rows: [[String]] = []
    var data: [PageTable.Datum?] = []

    mutating func add(_ label: String, _ value: String, _ key: String? = nil, _ raw: Double? = nil) {
        rows.append([label, value])
        data.append(key.flatMap { k in raw.map { PageTable.Datum(k, $0) } })
    }

    /// Right-aligned values: every value of such a table is a number with its unit.
    func page(id: String, title: String, caption: String? = nil, numeric: Bool = true) -> PageTable {
        PageTable(
            id: id, title: title, caption: caption,
            table: Table(header: ["quantity", "value"], rows: rows, numericColumns: numeric ? [1] : []),
            data: data)
    }
}

/// Shared page helpers.
enum PageParts {
    /// The assumptions table rows of a result (input, value, source).
    static func assumptions(_ list: [Assumption]) -> [Assumption] { list }

    /// The distinct sources named by assumptions and derivation steps, in order of first appearance.
    static func sources(_ assumptions: [Assumption], _ derivation: [DerivationStep] = [], extra: [String] = [])
        -> [String]
    {
        var seen = Set<String>()
        var out: [String] = []
        for s in extra + assumptions.map(\.source) + derivation.map(\.source) {
            let t = s.trimmingCharacters(in: .whitespaces)
            if !t.isEmpty, seen.insert(t).inserted { out.append(t) }
        }
        return out
    }

    static func percent(_ x: Double, digits: Int = 3) -> String {
        NumberFormat.significant(x * 100, digits: digits) + "%"
    }
    static func days(_ x: Double) -> String { NumberFormat.significant(x) + " days" }
}
