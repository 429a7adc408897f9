import Foundation
import ReckonCore
import Yams

/// Reads a YAML or JSON document a user supplied (scenario file, catalog file, request body) within fixed limits,
/// so that no document can make Reckon run long, use gigabytes, overflow the stack, or quote the file back:
///
/// - a size cap (`maxBytes`), checked before anything is parsed;
/// - YAML anchors and aliases (`&a`, `*a`) refused: a kilobyte of nested aliases expands to gigabytes;
/// - nesting at most ``maximumDepth`` levels of brackets or indentation, checked on the text before a parser
///   recurses into it;
/// - duplicate keys refused (YAML by the parser; JSON by ``duplicateKey(in:)``, since JSONSerialization keeps the
/// last);
/// - parser messages shortened to their reason and position, without the document's text.
public enum SafeDocument {
    public static let maximumDepth = 32
    /// Largest scenario file or request body.
    public static let maximumScenarioBytes = 1 << 20
    /// Largest catalog file.
    public static let maximumCatalogBytes = 16 << 20

    /// Parses `text` (JSON when it starts with `{` or `[`, else YAML). `field` and `name` go into errors.
    public static func parse(_ text: String, name: String, field: String, maxBytes: Int) throws -> Any? {
        func refuse(_ allowed: String, _ reason: String? = nil) -> InputError {
            InputError(field: field, value: name, allowed: allowed, hint: reason)
        }
        guard text.utf8.count <= maxBytes else {
            throw refuse("a file of at most \(maxBytes / 1024) KiB", "it has \(text.utf8.count / 1024) KiB")
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [String: Any]() }
        let json = trimmed.hasPrefix("{") || trimmed.hasPrefix("[")
        let depth = nestingDepth(trimmed, yaml: !json)
        guard depth <= maximumDepth else {
            throw refuse("at most \(maximumDepth) levels of nesting", "it nests \(depth) levels")
        }
        if json {
            if let key = duplicateKey(in: trimmed) {
                throw refuse("each key once in an object", "'\(String(key.prefix(64)))' appears twice")
            }
            do { return try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) } catch {
                let reason = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "malformed JSON"
                throw refuse("valid JSON", String(reason.prefix(120)))
            }
        }
        if let alias = anchorOrAlias(in: text) {
            throw refuse("YAML without anchors or aliases", "'\(alias)' is one; write each value out")
        }
        do { return try Yams.load(yaml: text) } catch {
            throw refuse("valid YAML", yamlReason(error))
        }
    }

    /// The parser's reason and position, without the `Context:` that quotes the document.
    static func yamlReason(_ error: Error) -> String {
        var text = String(describing: error).replacingOccurrences(of: "\n", with: " ")
        if let context = text.range(of: "Context:") { text = String(text[..<context.lowerBound]) }
        if let position = String(describing: error).range(of: #"line \d+, column \d+"#, options: .regularExpression) {
            text += " at " + String(describing: error)[position]
        }
        return String(text.trimmingCharacters(in: .whitespaces).prefix(160))
    }

    /// The deepest nesting of `[`/`{` outside strings, and for YAML of indentation levels.
    static func nestingDepth(_ text: String, yaml: Bool) -> Int {
        var depth = 0
        var deepest = 0
        var quote: Character? = nil
        var escaped = false
        for c in text {
            if let q = quote {
                if escaped {
                    escaped = false
                } else if c == "\\" && q == "\"" {
                    escaped = true
                } else if c == q {
                    quote = nil
                }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "[", "{":
                depth += 1
                deepest = max(deepest, depth)
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        guard yaml else { return deepest }
        var indents: [Int] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let body = line.drop { $0 == " " || $0 == "-" }
            guard !body.isEmpty, !body.hasPrefix("#") else { continue }
            let indent = line.count - body.count
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            deepest = max(deepest, indents.count)
        }
        return deepest
    }

    /// The first YAML anchor (`&name`) or alias (`*name`) outside quotes and comments.
    static func anchorOrAlias(in text: String) -> String? {
        for line in text.split(separator: "\n") {
            var quote: Character? = nil
            var previous: Character = " "
            var index = line.startIndex
            while index < line.endIndex {
                let c = line[index]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && (previous == " " || index == line.startIndex) {
                    break
                } else if (c == "&" || c == "*") && " [{,:-".contains(previous) {
                    let next = line.index(after: index)
                    if next < line.endIndex, line[next].isLetter || line[next].isNumber || line[next] == "_" {
                        return String(line[index...].prefix { !$0.isWhitespace && $0 != "," }.prefix(40))
                    }
                }
                previous = c
                index = line.index(after: index)
            }
        }
        return nil
    }

    /// The first key that appears twice in one JSON object (JSONSerialization silently keeps the last).
    public static func duplicateKey(in json: String) -> String? {
        var stack: [Set<String>?] = []  // a set of keys per open object, nil for an array
        var chars = Array(json.unicodeScalars)[...]
        var expectingKey = false
        while let c = chars.first {
            chars = chars.dropFirst()
            switch c {
            case "{":
                stack.append([])
                expectingKey = true
            case "[":
                stack.append(nil)
                expectingKey = false
            case "}", "]":
                if !stack.isEmpty { stack.removeLast() }
                expectingKey = false
            case ",":
                if let top = stack.last { expectingKey = top != nil }
            case "\"":
                var text = ""
                var escaped = false
                while let d = chars.first {
                    chars = chars.dropFirst()
                    if escaped {
                        text.unicodeScalars.append(d)
                        escaped = false
                    } else if d == "\\" {
                        escaped = true
                    } else if d == "\"" {
                        break
                    } else {
                        text.unicodeScalars.append(d)
                    }
                }
                if expectingKey, var keys = stack.last ?? nil {
                    if keys.contains(text) { return text }
                    keys.insert(text)
                    stack[stack.count - 1] = keys
                    expectingKey = false
                }
            default: break
            }
        }
        return nil
    }
}
