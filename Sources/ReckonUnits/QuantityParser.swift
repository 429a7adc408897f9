/// Why a typed amount could not be read.
public struct QuantityParseError: Error, Equatable, CustomStringConvertible, Sendable {
    public let text: String
    public let reason: String
    public var description: String { "cannot read '\(text)': \(reason)" }
}

extension Quantity where D: ParsableDimension {
    /// Reads what people type: `175B`, `1.8T`, `7e9`, `80GB`, `80 GiB`, `3.35TB/s`, `989 TFLOP/s`, `$2.5/h`.
    ///
    /// - A leading `$` is ignored; digits may be grouped by `_` or by `,` in threes (``DecimalSyntax``).
    /// - A bare number is read in `D.bareUnit` (or in `bareUnit` when given).
    /// - SI prefixes are powers of 1000 (`GB` = 10⁹ B); IEC prefixes powers of 1024 (`GiB` = 2³⁰ B).
    /// - NaN, infinity and text that is not a number followed by a known unit are rejected.
    public init(parsing text: String, bareUnit: String? = nil) throws {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw QuantityParseError(text: text, reason: "empty; expected \(D.examples)") }
        var body = Substring(trimmed)
        if body.hasPrefix("$") { body = body.dropFirst() }
        // Split at the end of the numeric part: digits, sign, '.', separators, and an exponent.
        var end = body.startIndex
        var sawDigit = false
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            if c.isASCII && c.isNumber {
                sawDigit = true
                end = body.index(after: i)
            } else if c == "." || c == "_" || c == "," {
                end = body.index(after: i)
            } else if (c == "+" || c == "-") && (i == body.startIndex || "eE".contains(body[body.index(before: i)])) {
                end = body.index(after: i)
            } else if (c == "e" || c == "E") && sawDigit {
                // An exponent only if a digit (optionally signed) follows; "1.8e" alone is not a number.
                let next = body.index(after: i)
                if next < body.endIndex,
                    body[next].isNumber
                        || ((body[next] == "+" || body[next] == "-") && body.index(after: next) < body.endIndex
                            && body[body.index(after: next)].isNumber)
                {
                    end = next
                } else {
                    break
                }
            } else {
                break
            }
            i = body.index(after: i)
        }
        guard sawDigit else {
            throw QuantityParseError(text: text, reason: "no number at the start; expected \(D.examples)")
        }
        if let problem = DecimalSyntax.problem(String(body[..<end])) {
            throw QuantityParseError(text: text, reason: problem)
        }
        guard let number = DecimalSyntax.parse(String(body[..<end])) else {
            throw QuantityParseError(text: text, reason: "no number at the start; expected \(D.examples)")
        }
        guard number.isFinite else { throw QuantityParseError(text: text, reason: "not a finite number") }
        var unit = String(body[end...]).trimmingWhitespace()
        if unit.hasPrefix("$") { unit.removeFirst() }
        let symbol = unit.isEmpty ? (bareUnit ?? D.bareUnit) : unit
        guard let multiplier = D.units[symbol] ?? D.caseInsensitiveMatch(symbol) else {
            let shown = unit.count <= 24 ? unit : String(unit.prefix(24)) + "…"
            throw QuantityParseError(text: text, reason: "unknown unit '\(shown)'; expected \(D.examples)")
        }
        let value = number * multiplier
        guard value.isFinite else { throw QuantityParseError(text: text, reason: "too large to represent") }
        self.init(value)
    }
}

extension ParsableDimension {
    /// Case-insensitive fallback that never turns bytes into bits: a spelling whose last letter is
    /// `b` vs `B` differs in meaning, so that letter must match exactly.
    static func caseInsensitiveMatch(_ symbol: String) -> Double? {
        let lowered = symbol.lowercased()
        let values = Set(units.filter { $0.key.lowercased() == lowered && $0.key.last == symbol.last }.values)
        return values.count == 1 ? values.first : nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (no Foundation needed).
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
