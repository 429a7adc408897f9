import ReckonCore
import ReckonUnits

/// What a GPU-count field (``FieldSyntax/gpuCounts``) says: one count, a list, or a range to space points over.
public enum GPUCounts: Sendable, Hashable {
    case single(Int)
    case list([Int])
    case range(low: Int, high: Int)

    /// Most counts a list may hold (a sweep of more points is a range with `--points`).
    public static let maximumListLength = 1_000

    /// How many GPU counts this stands for (`points` for a range).
    public func count(points: Int) -> Int {
        switch self {
        case .single: 1
        case .list(let l): l.count
        case .range: points
        }
    }

    /// Parses `value` for `field`: counts with suffixes (`16k`), lists with `,`, ranges with `..` or `...`.
    public static func parse(_ value: InputValue, field: Field, bounds: FieldBounds?, origin: String?) throws
        -> GPUCounts
    {
        let text = value.description
        func count(_ s: Substring) throws -> Int {
            let x = try field.number(.text(s.trimmingWhitespace()), bounds: bounds, origin: origin)
            return Int(x)
        }
        func fail(_ allowed: String) -> InputError {
            field.refusal(value, allowed, origin: origin)
        }
        for separator in ["...", ".."] where text.contains(separator) {
            let ends = text.components(separatedBy: separator)
            guard ends.count == 2 else { throw fail(FieldSyntax.gpuCounts.description) }
            let low = try count(Substring(ends[0]))
            let high = try count(Substring(ends[1]))
            guard low < high else { throw fail("a range whose start is below its end, e.g. 1k...100k") }
            return .range(low: low, high: high)
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= maximumListLength else {
            throw fail("at most \(maximumListLength) GPU counts in a list (for more points use a range and --points)")
        }
        // In this field `,` always separates counts (write thousands as 1000 or 1k, not 1,000).
        let counts = try parts.map { part -> Int in
            guard !part.trimmingWhitespace().isEmpty else { throw fail("a list without empty items, e.g. 1k,4k,16k") }
            return try count(part)
        }
        return counts.count == 1 ? .single(counts[0]) : .list(counts.sorted())
    }
}

/// `K/N`: tolerate K failed groups of N.
public enum KOfN {
    public static func parse(_ value: InputValue, field: Field, origin: String?) throws -> (k: Int, n: Int) {
        let parts = value.description.split(separator: "/").map { $0.trimmingWhitespace() }
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), k >= 1, n >= 2, k < n,
            n <= 1_000_000
        else {
            throw field.refusal(value, FieldSyntax.kOfN.description + " (N at most 1000000)", origin: origin)
        }
        return (k, n)
    }
}

/// Checks the syntax fields a command takes.
enum FieldSyntaxCheck {
    static func check(
        _ syntax: FieldSyntax, field: Field, bounds: FieldBounds?, value: InputValue,
        origin: String?
    ) throws {
        switch syntax {
        case .kOfN:
            _ = try KOfN.parse(value, field: field, origin: origin)
        case .gpuCounts:
            _ = try GPUCounts.parse(value, field: field, bounds: bounds, origin: origin)
        case .lever:
            _ = try LeverValue.parse(value, field: field, bounds: bounds, origin: origin)
        case .modelConfig:
            guard case .text(let text) = value, !text.trimmingWhitespace().isEmpty else {
                throw field.refusal(value, FieldSyntax.modelConfig.description, origin: origin)
            }
        case .acceleratorList:
            _ = try AcceleratorList.parse(value, field: field, origin: origin)
        case .resultField:
            let text = value.description
            guard !text.isEmpty, text.count <= 64,
                text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
            else {
                throw field.refusal(value, "a result field name such as cost_usd", origin: origin)
            }
        }
    }
}

/// A roadmap lever's setting: on, off, a number in the lever's range, or (data formats) a format name.
public enum LeverValue: Sendable, Hashable {
    case on, off
    case number(Double)
    case format(String)

    public static func parse(_ value: InputValue, field: Field, bounds: FieldBounds?, origin: String?) throws
        -> LeverValue
    {
        switch value {
        case .flag(let b): return b ? .on : .off
        case .number: return .number(try field.number(value, bounds: bounds, origin: origin))
        case .text(let raw):
            let s = raw.trimmingWhitespace().lowercased()
            switch s {
            case "on", "true", "yes": return .on
            case "off", "false", "no": return .off
            default: break
            }
            if field.key == "data_formats", NumberFormatChoice(rawValue: s) != nil { return .format(s) }
            let number = s.hasSuffix("x") ? String(s.dropLast()) : s
            guard DecimalSyntax.problem(number) == nil else {
                var allowed = "on, off, or a number"
                if field.key == "data_formats" {
                    allowed += ", or one of " + NumberFormatChoice.allCases.map(\.rawValue).joined(separator: ", ")
                }
                throw field.refusal(value, allowed, origin: origin)
            }
            return .number(try field.number(.text(number), bounds: bounds, origin: origin))
        }
    }
}

/// What an accelerator-list field (``FieldSyntax/acceleratorList``) says: every accelerator of the catalog, or these.
public enum AcceleratorList: Sendable, Hashable {
    case all
    case ids([String])

    /// Most IDs a list may hold.
    public static let maximumLength = 1_000

    /// Parses `all` or IDs separated by commas (each 1 to 128 characters, no repeats); existence in the catalog is
    /// checked by the command.
    public static func parse(_ value: InputValue, field: Field, origin: String?) throws -> AcceleratorList {
        let text = value.description.trimmingWhitespace()
        if text.lowercased() == "all" { return .all }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard parts.count <= maximumLength else {
            throw field.refusal(value, "at most \(maximumLength) accelerator IDs", origin: origin)
        }
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 128 }) else {
            throw field.refusal(
                value, FieldSyntax.acceleratorList.description + ", without empty items",
                origin: origin)
        }
        var seen = Set<String>()
        for id in parts where !seen.insert(id.lowercased()).inserted {
            throw field.refusal(value, "each accelerator once", origin: origin, reason: "'\(id)' is listed twice")
        }
        return .ids(parts)
    }
}
