import Foundation
import Testing

/// `--format csv` is for spreadsheets and scripts: a cell that holds a quantity holds a plain number (base units
/// in the column name), never "989 TFLOP/s", "58.9%" or "24,412".
@Suite struct CSVOutputTests {
    static let commands: [[String]] = [
        ["train"], ["train", "--mfu", "0.3..0.5", "--samples", "200"], ["scale"],
        ["plan", "--model", "llama-3.1-70b", "--gpus", "64"], ["validate"], ["project"], ["roadmap"], ["infer"],
        ["infer", "--model", "llama-3.1-70b", "--tpot", "0.05"], ["deploy"], ["catalog", "list"],
        ["catalog", "show", "h100-sxm"], ["catalog", "show", "gpt-3"],
    ]

    /// Splits RFC 4180 CSV into cells.
    static func cells(_ text: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        cell.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," || c == "\n" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
        }
        return cells
    }

    /// A cell that starts like a number (a digit, possibly after a sign or $) must be one; dates (2024-07) and
    /// text that merely starts with a count ("1% of global Twitter activity for a year") are allowed.
    static func looksLikeAQuantity(_ cell: String) -> Bool {
        let c = cell.trimmingCharacters(in: .whitespaces)
        guard let first = c.first else { return false }
        let start = "+-$×".contains(first) ? c.dropFirst().first : first
        guard let start, start.isNumber else { return false }
        if c.range(of: #"^\d{4}-\d{2}(-\d{2})?$"#, options: .regularExpression) != nil { return false }
        return c.count <= 24 && !c.contains(" of ")
    }

    @Test(arguments: commands) func quantitiesAreNumbers(_ arguments: [String]) throws {
        let r = try CLITests.run(arguments + ["--format", "csv"])
        #expect(r.status == 0, "\(arguments): \(r.err)")
        let bad = Self.cells(r.out).filter { Self.looksLikeAQuantity($0) && Double($0) == nil }
        #expect(bad.isEmpty, "\(arguments.joined(separator: " ")): \(bad.prefix(6))")
    }
}
