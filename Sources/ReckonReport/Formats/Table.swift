import Foundation

/// A table of text cells rendered as aligned text, Markdown or CSV.
public struct Table: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns to right-align (numbers).
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }

    /// Aligned columns separated by two spaces, with a rule under the header.
    public func text(indent: String = "") -> String {
        let widths = header.indices.map { c in
            ([header[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = header.indices.map { c -> String in
                let cell = c < cells.count ? cells[c] : ""
                let gap = String(repeating: " ", count: widths[c] - cell.count)
                return numericColumns.contains(c) ? gap + cell : cell + gap
            }
            var s = indent + padded.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        let rule = indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// A GitHub-flavoured Markdown table.
    public func markdown() -> String {
        let esc = { (s: String) in s.replacingOccurrences(of: "|", with: "\\|") }
        let align = header.indices.map { numericColumns.contains($0) ? "---:" : "---" }
        return
            (["| " + header.map(esc).joined(separator: " | ") + " |", "| " + align.joined(separator: " | ") + " |"]
            + rows.map { "| " + $0.map(esc).joined(separator: " | ") + " |" }).joined(separator: "\n")
    }

    /// RFC 4180 CSV with a header row.
    public func csv() -> String {
        ([header] + rows).map { $0.map(Table.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n")
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
