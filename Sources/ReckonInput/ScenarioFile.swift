import Foundation
import ReckonCatalog
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
    /// Parses the file at `path`. Errors name the file, the key and the reason. Only a regular file of at most
    /// ``SafeDocument/maximumScenarioBytes`` is read (not a device, a FIFO or a directory).
    public static func load(path: String) throws -> InputFields {
        let data = try readRegularFile(path, field: "scenario", maxBytes: SafeDocument.maximumScenarioBytes)
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(field: "scenario", value: path, allowed: "a UTF-8 text file")
        }
        return try parse(text, name: path)
    }

    /// The bytes of a regular file no larger than `maxBytes`, checked before reading.
    public static func readRegularFile(_ path: String, field: String, maxBytes: Int) throws -> Data {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes else {
            throw InputError(field: field, value: path, allowed: "a readable YAML or JSON file", hint: "no such file")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw InputError(field: field, value: path, allowed: "a regular file", hint: "not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maxBytes else {
            throw InputError(
                field: field, value: path, allowed: "a file of at most \(maxBytes / 1024) KiB",
                hint: "it has \(size / 1024) KiB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(field: field, value: path, allowed: "a readable YAML or JSON file")
        }
        return data
    }

    /// Parses scenario text; `name` is used in messages. JSON is recognized by a leading `{`.
    public static func parse(_ text: String, name: String) throws -> InputFields {
        let object = try SafeDocument.parse(
            text, name: name, field: "scenario",
            maxBytes: SafeDocument.maximumScenarioBytes)
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
            case let object as [String: Any] where InputFields.normalize(key) == Field.modelConfig.key:
                // A Hugging Face config given inline: kept as its JSON text, read by ModelConfigReader.
                guard JSONSerialization.isValidJSONObject(object),
                    let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                else {
                    throw InputError(
                        field: "model_config", value: "{…}", allowed: "a JSON object (config.json)",
                        hint: where_)
                }
                pairs.append((key, .text(String(decoding: data, as: UTF8.self))))
            default:
                throw InputError(
                    field: InputFields.normalize(String(key.prefix(64))),
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
