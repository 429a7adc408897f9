import ReckonInput

/// Collects the flags a user typed into ``InputFields`` (keys = flag names in snake_case).
struct FieldCollector {
    private(set) var fields = InputFields()

    mutating func add(_ key: String, _ value: String?) {
        if let value { fields.set(key, .text(value), origin: "flag --\(key.replacingOccurrences(of: "_", with: "-"))") }
    }
    mutating func add<T: RawRepresentable>(_ key: String, _ value: T?) where T.RawValue == String {
        add(key, value?.rawValue)
    }
    mutating func add(_ key: String, flag: Bool) {
        if flag { fields.set(key, .flag(true), origin: "flag --\(key.replacingOccurrences(of: "_", with: "-"))") }
    }
}

/// Reads an optional scenario file and lays the typed flags over it.
func mergedFields(file: String?, flags: InputFields) throws -> InputFields {
    var fields = try file.map { try ScenarioFile.load(path: $0) } ?? InputFields()
    fields.overlay(flags)
    return fields
}
