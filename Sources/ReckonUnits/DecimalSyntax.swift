/// The one reading of a number as people type it, for every number field (flags, files, API bodies, catalogs).
///
/// Accepted: an optional sign, decimal digits with an optional fraction and exponent (`2.5`, `-3`, `1e-5`, `7E9`),
/// digits grouped by `_` anywhere between digits (`1_000_000`) or by `,` in groups of exactly three (`1,000`).
/// Refused: decimal commas (`2,5` — it would otherwise read as 25), hexadecimal (`0x10`, `0x1p3`), `inf`, `nan`,
/// empty text, and anything with other characters.
public enum DecimalSyntax {
    /// Why `text` is not a decimal number, or nil when it is one.
    public static func problem(_ text: String) -> String? {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty else { return "empty" }
        let lower = t.lowercased()
        if lower.contains("0x") { return "hexadecimal numbers are not read; write it in decimal" }
        if lower.contains("inf") || lower.contains("nan") { return "not a finite number" }
        var mantissa = Substring(t)
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let exponent = mantissa[mantissa.index(after: e)...]
            let digits = exponent.hasPrefix("+") || exponent.hasPrefix("-") ? exponent.dropFirst() : exponent
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return "malformed exponent" }
            mantissa = mantissa[..<e]
        }
        if mantissa.hasPrefix("+") || mantissa.hasPrefix("-") { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return "more than one decimal point" }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty) else { return "no digits" }
        if fraction.contains(",") { return "a comma after the decimal point; write digit groups with _ (1_000.5)" }
        if whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else {
                return "decimal commas are not read (write 2.5, not 2,5); a comma may only group thousands (2,500)"
            }
        }
        for part in [whole, fraction] {
            let pieces = part.split(separator: ",", omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
            if part.isEmpty { continue }
            guard pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
                return "not a decimal number"
            }
        }
        return nil
    }

    /// The number `text` spells, or nil when ``problem(_:)`` finds one.
    public static func parse(_ text: String) -> Double? {
        guard problem(text) == nil else { return nil }
        let cleaned = text.trimmingWhitespace().filter { $0 != "_" && $0 != "," }
        guard let x = Double(cleaned), x.isFinite else { return nil }
        return x
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
