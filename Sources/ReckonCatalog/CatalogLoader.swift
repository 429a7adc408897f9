import Foundation
import ReckonCore
import ReckonUnits
import Yams

/// Loads user catalog entries from a folder of YAML or JSON files.
///
/// Each file is a mapping with an `accelerators` list, a `models` list, or both. Every entry needs
/// `id`, `name` and `source`; sizes and rates may carry units:
/// ```yaml
/// accelerators:
///   - id: my-gpu
///     name: My GPU
///     vendor: Acme
///     year: 2025
///     peak_bf16: 1200 TFLOP/s
///     memory: 144 GB
///     memory_bandwidth: 6 TB/s
///     tdp: 900 W
///     cloud_price_per_hour: 4.5
///     source: Acme datasheet rev 2
///     as_of: 2025-06
/// models:
///   - id: my-model
///     name: My 30B
///     params: 30B
///     tokens: 3T
///     layers: 48
///     hidden: 7168
///     source: internal
/// ```
/// A malformed file is rejected with the file, the key and the reason.
public enum CatalogLoader {
    public static func load(directory: String) throws -> Catalog {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw InputError(field: "catalog", value: directory, allowed: "a folder of .yaml, .yml or .json files")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix(".json") }.sorted()
        var catalog = Catalog(accelerators: [], models: [])
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw InputError(field: "catalog", value: path, allowed: "a readable UTF-8 file")
            }
            catalog.merge(try parse(text, file: path))
        }
        return catalog
    }

    /// Parses one catalog file's text.
    public static func parse(_ text: String, file: String) throws -> Catalog {
        let root = try SafeDocument.parse(text, name: file, field: "catalog", maxBytes: SafeDocument.maximumCatalogBytes)
        guard let map = root as? [String: Any] else {
            throw InputError(field: "catalog", value: file, allowed: "a mapping with 'accelerators' and/or 'models' lists")
        }
        for key in map.keys where key != "accelerators" && key != "models" {
            throw InputError(field: key, value: "…", allowed: "'accelerators' or 'models'", hint: "file \(file)")
        }
        var accelerators: [AcceleratorSpec] = []
        var models: [ModelSpec] = []
        for (i, item) in try list(map["accelerators"], "accelerators", file).enumerated() {
            accelerators.append(try accelerator(Entry(item, path: "\(file): accelerators[\(i)]")))
        }
        for (i, item) in try list(map["models"], "models", file).enumerated() {
            models.append(try model(Entry(item, path: "\(file): models[\(i)]")))
        }
        return Catalog(accelerators: accelerators, models: models)
    }

    static func list(_ any: Any?, _ key: String, _ file: String) throws -> [[String: Any]] {
        guard let any else { return [] }
        guard let items = any as? [Any] else { throw InputError(field: key, value: "…", allowed: "a list of entries", hint: "file \(file)") }
        return try items.enumerated().map { i, item in
            guard let m = item as? [String: Any] else {
                throw InputError(field: "\(key)[\(i)]", value: String(describing: item), allowed: "a mapping of fields", hint: "file \(file)")
            }
            return m
        }
    }

    static let acceleratorKeys: Set<String> = ["id", "name", "vendor", "year", "peak_fp32", "peak_tf32", "peak_bf16", "peak_fp16", "peak_fp8", "peak_int8",
        "memory", "memory_bandwidth", "scale_up_bandwidth", "scale_out_bandwidth", "scale_up_domain", "tdp", "cloud_price_per_hour",
        "purchase_price", "mtbf_hours", "source", "as_of"]
    static let modelKeys: Set<String> = ["id", "name", "year", "layers", "hidden", "heads", "kv_heads", "ffn", "vocab", "context", "params",
        "active_params", "experts", "active_experts", "tokens", "estimate", "source", "as_of"]

    static func accelerator(_ e: Entry) throws -> AcceleratorSpec {
        try e.onlyKeys(acceleratorKeys)
        var peak: [Precision: FLOPPerSecond] = [:]
        for p in Precision.allCases where p != .int4 {
            if let v: FLOPPerSecond = try e.quantity("peak_\(p.rawValue)") { peak[p] = v }
        }
        guard !peak.isEmpty else { throw e.error("peak_bf16", "missing", "at least one peak, e.g. peak_bf16: 989 TFLOP/s") }
        return AcceleratorSpec(
            id: try e.id(), name: try e.requiredString("name"), vendor: try e.string("vendor") ?? "unknown",
            year: try e.int("year") ?? 0, peak: peak, memory: try e.quantity("memory"), memoryBandwidth: try e.quantity("memory_bandwidth"),
            scaleUpBandwidth: try e.quantity("scale_up_bandwidth"), scaleOutBandwidth: try e.quantity("scale_out_bandwidth"),
            scaleUpDomain: try e.int("scale_up_domain"), tdp: try e.quantity("tdp"), cloudPrice: try e.quantity("cloud_price_per_hour"),
            purchasePrice: try e.quantity("purchase_price"), mtbf: try e.double("mtbf_hours").map { .hours($0) },
            source: try e.requiredString("source"), asOf: try e.string("as_of") ?? "unknown")
    }

    static func model(_ e: Entry) throws -> ModelSpec {
        try e.onlyKeys(modelKeys)
        guard let params: Parameters = try e.quantity("params") else { throw e.error("params", "missing", "a parameter count such as 70B") }
        let active: Parameters? = try e.quantity("active_params")
        if let active, active.value > params.value { throw e.error("active_params", active.formatted, "at most params (\(params.formatted))") }
        return ModelSpec(
            id: try e.id(), name: try e.requiredString("name"), year: try e.int("year"), layers: try e.int("layers"),
            hiddenSize: try e.int("hidden"), heads: try e.int("heads"), kvHeads: try e.int("kv_heads"), ffnSize: try e.int("ffn"),
            vocabulary: try e.int("vocab"), contextLength: try e.int("context"), totalParameters: params, activeParameters: active,
            experts: try e.int("experts") ?? 1, activeExperts: try e.int("active_experts") ?? 1, trainingTokens: try e.quantity("tokens"),
            isEstimate: (e.raw["estimate"] as? Bool) ?? false, source: try e.requiredString("source"), asOf: try e.string("as_of") ?? "unknown")
    }

    /// One entry of a catalog file, with its location for messages.
    struct Entry {
        let raw: [String: Any]
        let path: String
        init(_ raw: [String: Any], path: String) { self.raw = raw; self.path = path }

        func error(_ key: String, _ value: String, _ allowed: String) -> InputError {
            InputError(field: key, value: value, allowed: allowed, hint: path)
        }
        func onlyKeys(_ allowed: Set<String>) throws {
            for k in raw.keys where !allowed.contains(k) {
                throw error(k, String(describing: raw[k]!), "a known field (" + allowed.sorted().joined(separator: ", ") + ")")
            }
        }
        func string(_ key: String) throws -> String? {
            guard let v = raw[key] else { return nil }
            if let s = v as? String { return s }
            if let i = v as? Int { return String(i) }
            if let d = v as? Double { return String(d) }
            throw error(key, String(describing: v), "text")
        }
        func requiredString(_ key: String) throws -> String {
            guard let s = try string(key), !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw error(key, "missing", "non-empty text") }
            return s
        }
        func id() throws -> String {
            let s = try requiredString("id")
            guard s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
                throw error("id", s, "letters, digits, '-' and '.' only")
            }
            return s.lowercased()
        }
        func int(_ key: String) throws -> Int? {
            guard let v = raw[key] else { return nil }
            if let i = v as? Int, i >= 0 { return i }
            throw error(key, String(describing: v), "a whole number ≥ 0")
        }
        func double(_ key: String) throws -> Double? {
            guard let v = raw[key] else { return nil }
            if let d = (v as? Double) ?? (v as? Int).map(Double.init), d.isFinite, d > 0 { return d }
            throw error(key, String(describing: v), "a positive number")
        }
        func quantity<D: ParsableDimension>(_ key: String) throws -> Quantity<D>? {
            guard let v = raw[key] else { return nil }
            let text = (v as? String) ?? (v as? Int).map { String($0) } ?? (v as? Double).map { String($0) }
            guard let text else { throw error(key, String(describing: v), D.examples) }
            do {
                let q = try Quantity<D>(parsing: text)
                guard q.value > 0 else { throw error(key, text, "a positive amount") }
                return q
            } catch let e as QuantityParseError {
                throw error(key, text, D.examples + " — " + e.reason)
            }
        }
    }
}
