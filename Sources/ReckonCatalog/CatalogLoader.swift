import Foundation
import ReckonCore
import ReckonUnits
import Yams

/// Loads user catalog entries from a folder of YAML or JSON files (`.yaml`, `.yml`, `.json`, any case).
///
/// Each file is a mapping with an `accelerators` list, a `models` list, or both. Every entry needs `id`,
/// `name` (models read from a config may omit it) and `source`; sizes and rates may carry units:
/// ```yaml
/// accelerators:
///   - id: my-gpu
///     name: My GPU
///     vendor: Acme
///     year: 2025
///     peak_bf16: 1200 TFLOP/s
///     peak_fp4: 4800 TFLOP/s
///     memory: 144 GB
///     memory_bandwidth: 6 TB/s
///     tdp: 900 W
///     cloud_price_per_hour: 4.5
///     cloud_price_low_per_hour: 3.0      # optional spread of published prices
///     cloud_price_high_per_hour: 7.0
///     source: Acme datasheet rev 2
///     as_of: 2025-06
/// models:
///   - id: my-model
///     name: My 30B
///     params: 30B          # or leave out and give the whole shape (gated_ffn, tied_embeddings too)
///     tokens: 3T
///     layers: 48
///     hidden: 7168
///     source: internal
///   - id: my-moe
///     model_config: configs/my-moe.json   # a Hugging Face config.json, relative to this file
///     tokens: 10T
///     source: our training run
/// ```
/// Every entry is checked with the bounds of ``CatalogBounds`` and the consistency rules of
/// ``CatalogValidation``. An ID may appear once across the files (a repeat is refused, naming both files); an
/// entry may replace a built-in entry or take a built-in alias as its ID, which the merged catalog notes.
/// ``load(directory:)`` throws the first problem; ``check(directory:)`` returns them all.
public enum CatalogLoader {
    /// File extensions read, compared in lower case.
    public static let extensions: Set<String> = ["yaml", "yml", "json"]

    /// The entries of every catalog file in `directory`, or the first problem found as an ``InputError``.
    public static func load(directory: String) throws -> Catalog {
        let result = try read(directory: directory)
        if let first = result.problems.first { throw first.inputError }
        return result.catalog
    }

    /// Every problem in the catalog files of `directory` (empty when the catalog is valid), with the entries that
    /// are valid. Throws only when `directory` is not a readable folder.
    public static func check(directory: String) throws -> CatalogCheck {
        try read(directory: directory)
    }

    /// Parses one catalog file's text; throws the first problem. Relative `model_config` paths are resolved
    /// against the file's folder.
    public static func parse(_ text: String, file: String) throws -> Catalog {
        var reading = CatalogFileReading()
        reading.read(text, file: file)
        if let first = reading.problems.first { throw first.inputError }
        return reading.catalog
    }

    static func read(directory: String) throws -> CatalogCheck {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw InputError(field: "catalog", value: directory, allowed: "a folder of .yaml, .yml or .json files")
        }
        guard let all = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw InputError(field: "catalog", value: directory, allowed: "a readable folder")
        }
        let names = all.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        var reading = CatalogFileReading()
        var files: [String] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            files.append(path)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                reading.problems.append(
                    CatalogProblem(
                        file: path, entry: nil, key: "catalog", value: path,
                        allowed: "a readable UTF-8 file"))
                continue
            }
            reading.read(text, file: path)
        }
        return CatalogCheck(directory: directory, files: files, catalog: reading.catalog, problems: reading.problems)
    }
}

/// The outcome of checking a catalog folder: the files read, the valid entries, every problem.
public struct CatalogCheck: Sendable {
    public var directory: String
    public var files: [String]
    /// The entries that passed every check (with the file each came from).
    public var catalog: Catalog
    public var problems: [CatalogProblem]

    /// True when no problem was found.
    public var isValid: Bool { problems.isEmpty }
}

/// Reads catalog files one after another, keeping the entries, where each came from, and every problem.
struct CatalogFileReading {
    var accelerators: [AcceleratorSpec] = []
    var models: [ModelSpec] = []
    var acceleratorOrigins: [String: String] = [:]
    var modelOrigins: [String: String] = [:]
    var problems: [CatalogProblem] = []
    /// ID → where it was first defined (`file: models[3]`), to refuse repeats naming both places.
    var seenAccelerators: [String: String] = [:]
    var seenModels: [String: String] = [:]

    var catalog: Catalog {
        Catalog(
            accelerators: accelerators, models: models, acceleratorOrigins: acceleratorOrigins,
            modelOrigins: modelOrigins)
    }

    mutating func read(_ text: String, file: String) {
        let root: Any?
        do {
            root = try SafeDocument.parse(
                text, name: file, field: "catalog",
                maxBytes: SafeDocument.maximumCatalogBytes)
        } catch let e as InputError {
            let reason = e.hint.map { " (\($0))" } ?? ""
            problems.append(
                CatalogProblem(
                    file: file, entry: nil, key: "catalog", value: file,
                    allowed: e.allowed + reason))
            return
        } catch {
            problems.append(
                CatalogProblem(
                    file: file, entry: nil, key: "catalog", value: file,
                    allowed: "valid YAML or JSON"))
            return
        }
        guard let map = root as? [String: Any] else {
            problems.append(
                CatalogProblem(
                    file: file, entry: nil, key: "catalog", value: file,
                    allowed: "a mapping with 'accelerators' and/or 'models' lists"))
            return
        }
        for key in map.keys.sorted() where key != "accelerators" && key != "models" {
            problems.append(
                CatalogProblem(
                    file: file, entry: nil, key: key, value: "…",
                    allowed: "'accelerators' or 'models'"))
        }
        let folder = (file as NSString).deletingLastPathComponent
        for (i, item) in list(map["accelerators"], "accelerators", file).enumerated() {
            var e = CatalogEntry(item, file: file, entry: "accelerators[\(i)]", folder: folder)
            guard let a = e.accelerator() else {
                problems += e.problems
                continue
            }
            let entry = "accelerators[\(i)] '\(a.id)'"
            let found = CatalogValidation.problems(in: a, file: file, entry: entry)
            problems += found
            guard found.isEmpty, Self.unique(a.id, &seenAccelerators, file: file, entry: entry, &problems) else {
                continue
            }
            accelerators.append(a)
            acceleratorOrigins[a.id] = file
        }
        for (i, item) in list(map["models"], "models", file).enumerated() {
            var e = CatalogEntry(item, file: file, entry: "models[\(i)]", folder: folder)
            guard let m = e.model() else {
                problems += e.problems
                continue
            }
            let entry = "models[\(i)] '\(m.id)'"
            let found = CatalogValidation.problems(in: m, file: file, entry: entry)
            problems += found
            guard found.isEmpty, Self.unique(m.id, &seenModels, file: file, entry: entry, &problems) else { continue }
            models.append(m)
            modelOrigins[m.id] = file
        }
    }

    /// Records `id` as defined at `file: entry`, or a problem naming both places when it already was.
    static func unique(
        _ id: String, _ seen: inout [String: String], file: String, entry: String,
        _ problems: inout [CatalogProblem]
    ) -> Bool {
        if let first = seen[id] {
            problems.append(
                CatalogProblem(
                    file: file, entry: entry, key: "id", value: id,
                    allowed: "an ID defined once across the catalog files (also in \(first))"))
            return false
        }
        seen[id] = "\(file): \(entry)"
        return true
    }

    mutating func list(_ any: Any?, _ key: String, _ file: String) -> [[String: Any]] {
        guard let any else { return [] }
        guard let items = any as? [Any] else {
            problems.append(
                CatalogProblem(
                    file: file, entry: nil, key: key, value: "…",
                    allowed: "a list of entries"))
            return []
        }
        var result: [[String: Any]] = []
        for (i, item) in items.enumerated() {
            guard let m = item as? [String: Any] else {
                problems.append(
                    CatalogProblem(
                        file: file, entry: "\(key)[\(i)]", key: key,
                        value: String(describing: item).prefix(60).description,
                        allowed: "a mapping of fields"))
                continue
            }
            result.append(m)
        }
        return result
    }
}
