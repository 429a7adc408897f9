/// One section of the main report: a headline, a table, the assumptions behind it and its sources.
public struct ReportSection: Sendable {
    public var id: String
    public var title: String
    /// One or two sentences a reader takes away.
    public var headline: String
    public var table: Table
    public var notes: [String]
    /// An optional inline SVG chart for HTML output.
    public var svg: String?
    /// How to get each row from the command line: one list per row of `table` (empty for a published figure or a
    /// step of a derivation), usually one command, two when a row shows two runs side by side.
    public var reproductions: [[Reproduction]] = []

    public init(id: String, title: String, headline: String, table: Table, notes: [String] = [], svg: String? = nil) {
        self.id = id
        self.title = title
        self.headline = headline
        self.table = table
        self.notes = notes
        self.svg = svg
    }

    public func text() -> String {
        var out =
            "\(title)\n\(String(repeating: "═", count: title.count))\n\(headline)\n\n\(table.text(indent: "  "))\n"
        for n in notes { out += "  · \(n)\n" }
        let pairs = reproductionPairs()
        if !pairs.isEmpty { out += "  Reproduce:\n" + pairs.map { "    \($0.rows) — \($0.command)\n" }.joined() }
        return out
    }

    public func markdown() -> String {
        var out = "## \(title)\n\n\(headline)\n\n\(table.markdown())\n"
        if !notes.isEmpty { out += "\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        let pairs = reproductionPairs()
        if !pairs.isEmpty {
            out += "\nReproduce:\n\n" + pairs.map { "- \($0.rows): `\($0.command)`" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("id", .string(id)), ("title", .string(title)), ("headline", .string(headline)),
            ("columns", .array(table.header.map { .string($0) })),
            ("rows", .array(table.rows.map { .array($0.map { .string($0) }) })),
            ("notes", .array(notes.map { .string($0) })),
            (
                "commands",
                .array(
                    table.rows.indices.map { i in
                        .array((i < reproductions.count ? reproductions[i] : []).map { .string($0.line) })
                    })
            ),
        ])
    }
}
