import Foundation
import ReckonCore
import ReckonUnits

/// One value a user gave: from a scenario file, a CLI flag or an HTTP body.
public enum InputValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case flag(Bool)

    public var description: String {
        switch self {
        case .number(let x): NumberFormat.significant(x, digits: 6)
        case .text(let s): s
        case .flag(let b): b ? "true" : "false"
        }
    }
}

/// The flat map of inputs every command reads: keys are the command's long flag names in snake_case
/// (`price_per_hour` for `--price-per-hour`). Files, flags and API bodies all become one of these,
/// so every command validates its inputs in exactly one place.
public struct InputFields: Sendable, Hashable {
    public private(set) var values: [String: InputValue]
    /// Where each key came from ("flag --mfu", "file run.yaml"), for error messages.
    public private(set) var origins: [String: String]

    public init(_ values: [String: InputValue] = [:], origin: String = "input") {
        self.values = [:]
        self.origins = [:]
        for (k, v) in values { set(k, v, origin: origin) }
    }

    public subscript(key: String) -> InputValue? { values[InputFields.normalize(key)] }
    public var keys: [String] { values.keys.sorted() }
    public func has(_ key: String) -> Bool { self[key] != nil }

    /// Sets a value; flag spellings (`--price-per-hour`, `price-per-hour`) are normalized to `price_per_hour`.
    public mutating func set(_ key: String, _ value: InputValue, origin: String) {
        let k = InputFields.normalize(key)
        values[k] = value
        origins[k] = origin
    }

    /// Removes `key` (any spelling) and returns its value.
    @discardableResult
    public mutating func remove(_ key: String) -> InputValue? {
        let k = InputFields.normalize(key)
        origins[k] = nil
        return values.removeValue(forKey: k)
    }

    /// Fields from one source (a file, a request body, a query), refusing two keys that name the same field
    /// (`gpus` and `GPUS`, `price-per-hour` and `price_per_hour`): which one won would depend on dictionary order.
    public static func collecting(_ pairs: [(key: String, value: InputValue)], origin: String) throws -> InputFields {
        var fields = InputFields()
        var spelling: [String: String] = [:]
        for (key, value) in pairs.sorted(by: { $0.key < $1.key }) {
            let k = normalize(key)
            if let first = spelling[k] {
                throw InputError(
                    field: k, value: "'\(first)' and '\(key)'", allowed: "each field once",
                    hint: "\(origin): both keys name the field \(k); keep one")
            }
            spelling[k] = key
            fields.set(key, value, origin: "\(origin), key '\(key.count > 64 ? String(key.prefix(64)) + "…" : key)'")
        }
        return fields
    }

    /// Values of `other` replace these (flags override a file).
    public mutating func overlay(_ other: InputFields) {
        for (k, v) in other.values { set(k, v, origin: other.origins[k] ?? "input") }
    }

    public static func normalize(_ key: String) -> String {
        // Already normal (lowercase ASCII, digits, underscores) — the common case on every lookup: no copy.
        if key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) {
            return key
        }
        var k = Substring(key)
        while k.hasPrefix("-") { k.removeFirst() }
        return String(k.lowercased().map { $0 == "-" ? "_" : $0 })
    }

    /// Throws for any key not in `allowed`, suggesting the closest known key.
    public func rejectUnknownKeys(allowed: Set<String>, command: String) throws {
        for key in keys where !allowed.contains(key) {
            let guess = key.count <= 64 ? Suggest.closest(to: key, among: allowed.sorted()) : nil
            let shownKey = key.count <= 64 ? key : String(key.prefix(64)) + "… (\(key.count) characters)"
            throw InputError(
                field: shownKey, value: Field.shown(values[key]!),
                allowed: "a field `reckon \(command)` understands",
                hint: [origins[key], guess.map { "did you mean '\($0)'?" }].compactMap { $0 }.joined(separator: "; "))
        }
    }
}

// MARK: - Typed reads (each names the field in its error)

extension InputFields {
    public func string(_ key: String) throws -> String? {
        guard let v = self[key] else { return nil }
        switch v {
        case .text(let s): return s
        case .number(let x): return NumberFormat.significant(x, digits: 15)
        case .flag(let b): return b ? "true" : "false"
        }
    }

    public func double(_ key: String) throws -> Double? {
        guard let v = self[key] else { return nil }
        switch v {
        case .number(let x):
            guard x.isFinite else { throw error(key, v, "a finite number") }
            return x
        case .text(let s):
            guard let x = Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")),
                x.isFinite
            else {
                throw error(key, v, "a finite number")
            }
            return x
        case .flag: throw error(key, v, "a number")
        }
    }

    public func int(_ key: String) throws -> Int? {
        guard let v = self[key] else { return nil }
        let x: Double
        switch v {
        case .number(let n): x = n
        case .text(let s):
            guard let q = try? Parameters(parsing: s) else { throw error(key, v, "a whole number such as 1024 or 16k") }
            x = q.value
        case .flag: throw error(key, v, "a whole number")
        }
        guard x.isFinite, x == x.rounded(), abs(x) < 9e15 else { throw error(key, v, "a whole number") }
        return Int(x)
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let v = self[key] else { return nil }
        switch v {
        case .flag(let b): return b
        case .text(let s) where ["true", "yes", "on", "1"].contains(s.lowercased()): return true
        case .text(let s) where ["false", "no", "off", "0"].contains(s.lowercased()): return false
        default: throw error(key, v, "true or false")
        }
    }

    /// A typed quantity: numbers are read in the dimension's bare unit, text is parsed with its unit.
    public func quantity<D: ParsableDimension>(_ key: String, _: D.Type = D.self, bareUnit: String? = nil) throws
        -> Quantity<D>?
    {
        guard let v = self[key] else { return nil }
        let text: String
        switch v {
        case .number(let x): text = NumberFormat.significant(x, digits: 17)
        case .text(let s): text = s
        case .flag: throw error(key, v, D.examples)
        }
        do { return try Quantity<D>(parsing: text, bareUnit: bareUnit) } catch let e as QuantityParseError {
            throw InputError(
                field: key, value: v.description, allowed: D.examples,
                hint: [origins[key], e.reason].compactMap { $0 }.joined(separator: "; "))
        }
    }

    /// One of an enum's cases, by raw value.
    public func choice<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type = E.self) throws -> E?
    where E.RawValue == String {
        guard let s = try string(key) else { return nil }
        if let e = E(rawValue: s.lowercased()) { return e }
        let options = E.allCases.map(\.rawValue)
        throw InputError(
            field: key, value: s, allowed: "one of " + options.joined(separator: ", "),
            hint: Suggest.closest(to: s.lowercased(), among: options).map { "did you mean '\($0)'?" })
    }

    func error(_ key: String, _ v: InputValue, _ allowed: String) -> InputError {
        InputError(field: key, value: Field.shown(v), allowed: allowed, hint: origins[key])
    }
}

/// Nearest known word for a typo.
enum Suggest {
    static func closest(to word: String, among options: [String]) -> String? {
        var best: (String, Int)? = nil
        for o in options {
            let d = levenshtein(word, o)
            if d <= max(2, word.count / 3), d < (best?.1 ?? .max) { best = (o, d) }
        }
        return best?.0
    }
    static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
