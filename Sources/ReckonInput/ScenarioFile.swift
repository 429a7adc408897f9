import Foundation
import ReckonCore
import Yams

/// Reads a scenario file (YAML or JSON) into ``InputFields``.
///
/// The file is a flat mapping whose keys are the command's long flag names in snake_case:
/// ```yaml
/// model: gpt-3
/// gpu: v100
/// gpus: 10000
/// mfu: 0.21
/// ```
/// Values may be numbers, booleans or text with units (`"80 GiB"`, `"1.8T"`).
public enum ScenarioFile {
    /// Parses the file at `path`. Errors name the file, the key and the reason.
    public static func load(path: String) throws -> InputFields {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(field: "scenario", value: path, allowed: "a readable YAML or JSON file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(field: "scenario", value: path, allowed: "a UTF-8 text file")
        }
        return try parse(text, name: path)
    }

    /// Parses scenario text; `name` is used in messages. JSON is recognized by a leading `{`.
    public static func parse(_ text: String, name: String) throws -> InputFields {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let object: Any?
        if trimmed.hasPrefix("{") {
            do { object = try JSONSerialization.jsonObject(with: Data(trimmed.utf8)) } catch {
                throw InputError(field: "scenario", value: name, allowed: "valid JSON",
                                 hint: (error as NSError).userInfo["NSDebugDescription"] as? String ?? "malformed JSON")
            }
        } else if trimmed.isEmpty {
            object = [String: Any]()
        } else {
            do { object = try Yams.load(yaml: text) } catch {
                throw InputError(field: "scenario", value: name, allowed: "valid YAML", hint: String(describing: error).replacingOccurrences(of: "\n", with: " "))
            }
        }
        guard let map = object as? [String: Any] else {
            throw InputError(field: "scenario", value: name, allowed: "a mapping of field names to values (key: value)")
        }
        return try fields(from: map, origin: "file \(name)")
    }

    /// Converts a decoded JSON/YAML object (from a file or an HTTP body) into fields.
    public static func fields(from map: [String: Any], origin: String) throws -> InputFields {
        var pairs: [(key: String, value: InputValue)] = []
        for (key, raw) in map.sorted(by: { $0.key < $1.key }) {
            let where_ = "\(origin), key '\(key.count > 64 ? String(key.prefix(64)) + "…" : key)'"
            switch raw {
            case let b as Bool where type(of: raw) == Bool.self: pairs.append((key, .flag(b)))
            case let n as NSNumber where CFGetTypeIDIfAvailable(n) == "bool": pairs.append((key, .flag(n.boolValue)))
            case let i as Int: pairs.append((key, .number(Double(i))))
            case let d as Double:
                guard d.isFinite else {
                    throw InputError(field: key, value: Check.shown(d), allowed: "a finite number", hint: where_)
                }
                pairs.append((key, .number(d)))
            case let s as String: pairs.append((key, .text(s)))
            case is NSNull: continue
            default:
                throw InputError(field: InputFields.normalize(String(key.prefix(64))),
                                 value: String(describing: raw).prefix(40).description,
                                 allowed: "a number, a boolean or text (this format is flat: one value per key)",
                                 hint: where_)
            }
        }
        return try InputFields.collecting(pairs, origin: origin)
    }
}

/// JSONSerialization decodes booleans as NSNumber; tell them apart from numbers without CoreFoundation.
func CFGetTypeIDIfAvailable(_ n: NSNumber) -> String {
    String(cString: n.objCType) == "c" ? "bool" : "number"
}
