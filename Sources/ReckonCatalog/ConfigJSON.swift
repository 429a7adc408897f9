import Foundation

/// A JSON value as read from a model configuration file, keeping booleans, whole numbers, fractions and
/// text apart (Foundation's `JSONSerialization` turns all numbers and booleans into one `NSNumber`, which
/// would let `true` pass for 1 or 4096.5 for 4096).
public indirect enum ConfigJSON: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    /// A number written without a fraction or exponent that fits in `Int`.
    case int(Int)
    /// Any other number (fractions, exponents, integers beyond `Int`).
    case double(Double)
    case string(String)
    case array([ConfigJSON])
    case object([String: ConfigJSON])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
            return
        }
        if let b = try? c.decode(Bool.self) {
            self = .bool(b)
            return
        }
        if let i = try? c.decode(Int.self) {
            self = .int(i)
            return
        }
        if let d = try? c.decode(Double.self) {
            self = .double(d)
            return
        }
        if let s = try? c.decode(String.self) {
            self = .string(s)
            return
        }
        if let a = try? c.decode([ConfigJSON].self) {
            self = .array(a)
            return
        }
        self = .object(try c.decode([String: ConfigJSON].self))
    }

    /// Parses `data` as one JSON value.
    public static func parse(_ data: Data) throws -> ConfigJSON {
        try JSONDecoder().decode(ConfigJSON.self, from: data)
    }

    /// The value as a person would read it in the file, shortened for messages.
    public var shown: String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .int(let i): text = String(i)
        case .double(let d): text = d.isFinite && d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) + ".0" : "\(d)"
        case .string(let s): text = "\"\(s)\""
        case .array(let a):
            text = "[" + a.prefix(8).map(\.shown).joined(separator: ", ") + (a.count > 8 ? ", …]" : "]")
        case .object(let o):
            text = "{" + o.keys.sorted().prefix(6).joined(separator: ", ") + (o.count > 6 ? ", …}" : "}")
        }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }
}
