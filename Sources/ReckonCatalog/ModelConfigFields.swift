import ReckonCore

/// Reads the keys of one JSON object of a config file, checks each value against ``CatalogBounds`` and keeps
/// the account of what was read, assumed and left unused.
///
/// Every conversion is guarded: a count must be a whole number (not text, not a boolean, not a fraction) inside
/// its bound, so a huge or negative value is refused with the file, key and reason instead of trapping later.
struct ModelConfigFields {
    let object: [String: ConfigJSON]
    /// Key path of this object in the file (`text_config.`), empty at the top level.
    let prefix: String
    let file: String
    private(set) var used: Set<String> = []
    var read: [ModelConfigReading.Read] = []
    var assumed: [ModelConfigReading.Assumed] = []

    init(_ object: [String: ConfigJSON], prefix: String = "", file: String) {
        self.object = object
        self.prefix = prefix
        self.file = file
    }

    func error(_ key: String, _ value: String, _ allowed: String) -> InputError {
        InputError(field: prefix + key, value: value, allowed: allowed, hint: "file \(file)")
    }

    /// The raw value of `key`, marking it used; JSON `null` counts as absent.
    mutating func value(_ key: String) -> ConfigJSON? {
        guard let v = object[key] else { return nil }
        used.insert(key)
        if case .null = v { return nil }
        return v
    }

    /// Marks keys as consumed without reading them (they are accounted for elsewhere).
    mutating func consume(_ keys: String...) {
        for k in keys where object[k] != nil { used.insert(k) }
    }

    /// A whole number within the bound of catalog field `field` (named in the error by the file's key).
    mutating func int(_ key: String, field: String, meaning: String? = nil) throws -> Int? {
        guard let v = value(key) else { return nil }
        let bound = CatalogBounds.model(field)!
        let number: Double
        switch v {
        case .int(let i): number = Double(i)
        case .double(let d): number = d
        default: throw error(key, v.shown, bound.allowed + " (a number, not \(kind(v)))")
        }
        guard bound.contains(number) else { throw error(key, v.shown, bound.allowed) }
        read.append(.init(key: prefix + key, value: v.shown, meaning: meaning ?? field))
        return Int(number)
    }

    /// A required whole number.
    mutating func requiredInt(_ key: String, field: String, meaning: String? = nil) throws -> Int {
        guard let i = try int(key, field: field, meaning: meaning) else {
            throw error(key, "missing", CatalogBounds.model(field)!.allowed)
        }
        return i
    }

    /// A whole number, or `fallback` recorded as assumed with `reason`.
    mutating func int(_ key: String, field: String, default fallback: Int, reason: String) throws -> Int {
        if let i = try int(key, field: field) { return i }
        assumed.append(.init(key: prefix + key, value: String(fallback), reason: reason))
        return fallback
    }

    mutating func bool(_ key: String, meaning: String) throws -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else { throw error(key, v.shown, "true or false") }
        read.append(.init(key: prefix + key, value: v.shown, meaning: meaning))
        return b
    }

    /// A boolean, or `fallback` recorded as assumed with `reason`.
    mutating func bool(_ key: String, meaning: String, default fallback: Bool, reason: String) throws -> Bool {
        if let b = try bool(key, meaning: meaning) { return b }
        assumed.append(.init(key: prefix + key, value: fallback ? "true" : "false", reason: reason))
        return fallback
    }

    mutating func string(_ key: String, meaning: String) throws -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { throw error(key, v.shown, "text") }
        read.append(.init(key: prefix + key, value: v.shown, meaning: meaning))
        return s
    }

    /// A list of whole numbers (layer indices), each in `0..<limit`.
    mutating func indexList(_ key: String, below limit: Int, meaning: String) throws -> [Int]? {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else { throw error(key, v.shown, "a list of layer indices") }
        var result: [Int] = []
        for item in items {
            guard case .int(let i) = item, i >= 0, i < limit else {
                throw error(key, item.shown, "layer indices from 0 to \(limit - 1)")
            }
            result.append(i)
        }
        read.append(.init(key: prefix + key, value: v.shown, meaning: meaning))
        return result
    }

    /// A list of strings (`layer_types`).
    mutating func stringList(_ key: String, meaning: String) throws -> [String]? {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else { throw error(key, v.shown, "a list of text values") }
        var result: [String] = []
        for item in items {
            guard case .string(let s) = item else { throw error(key, item.shown, "text") }
            result.append(s)
        }
        read.append(.init(key: prefix + key, value: v.shown, meaning: meaning))
        return result
    }

    /// A nested object, as its own reader (its keys are prefixed `key.`).
    mutating func nested(_ key: String) throws -> ModelConfigFields? {
        guard let v = value(key) else { return nil }
        guard case .object(let o) = v else { throw error(key, v.shown, "an object") }
        return ModelConfigFields(o, prefix: prefix + key + ".", file: file)
    }

    /// Takes over a nested reader's account (its reads, assumptions and unused keys).
    mutating func absorb(_ other: ModelConfigFields) {
        read += other.read
        assumed += other.assumed
        nestedIgnored += other.ignored
    }

    var nestedIgnored: [String] = []

    /// Keys present and not used, with those of absorbed nested objects.
    var ignored: [String] {
        (object.keys.filter { !used.contains($0) }.map { prefix + $0 } + nestedIgnored).sorted()
    }

    func kind(_ v: ConfigJSON) -> String {
        switch v {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
