import ReckonCore

/// What a user catalog changes against the built-in one (`reckon catalog diff`): entries it adds, built-in
/// entries it replaces (field by field), and built-in aliases its IDs shadow (compared with the entry the
/// alias used to reach).
public struct CatalogDiff: Sendable {
    public enum Change: String, Sendable {
        /// A new ID.
        case added
        /// Same ID as a built-in entry, which it replaces.
        case replaced
        /// Its ID is a built-in alias: the alias now reaches this entry instead of the built-in one.
        case shadowsAlias = "shadows_alias"
    }

    /// One field that differs: the built-in value and the user's (nil where the field is absent).
    public struct Field: Sendable, Hashable {
        public var key: String
        public var builtin: String?
        public var user: String?
    }

    public struct Entry: Sendable {
        /// `accelerator` or `model`.
        public var kind: String
        public var id: String
        /// The user file it comes from.
        public var file: String?
        public var change: Change
        /// The built-in entry compared with (the same ID, or the alias's target); nil for an added entry.
        public var builtinID: String?
        /// Fields that differ (every field of an added entry).
        public var fields: [Field]
    }

    public var entries: [Entry]

    /// The differences `user` (entries read by ``CatalogLoader``) makes to `builtin`.
    public static func between(builtin: Catalog = .builtin, user: Catalog) -> CatalogDiff {
        var entries: [Entry] = []
        for a in user.accelerators {
            let (change, target) = classify(
                a.id, contains: builtin.containsAccelerator(id:),
                aliases: BuiltinAccelerators.aliases)
            let before = target.flatMap { try? builtin.accelerator($0) }.map(CatalogEntryFields.fields(of:)) ?? []
            entries.append(
                Entry(
                    kind: "accelerator", id: a.id, file: user.acceleratorOrigins[a.id], change: change,
                    builtinID: target,
                    fields: compare(before, CatalogEntryFields.fields(of: a))))
        }
        for m in user.models {
            let (change, target) = classify(m.id, contains: builtin.containsModel(id:), aliases: BuiltinModels.aliases)
            let before = target.flatMap { try? builtin.model($0) }.map(CatalogEntryFields.fields(of:)) ?? []
            entries.append(
                Entry(
                    kind: "model", id: m.id, file: user.modelOrigins[m.id], change: change,
                    builtinID: target, fields: compare(before, CatalogEntryFields.fields(of: m))))
        }
        return CatalogDiff(entries: entries)
    }

    static func classify(_ id: String, contains: (String) -> Bool, aliases: [String: String])
        -> (Change, String?)
    {
        if contains(id) { return (.replaced, id) }
        if let target = aliases[id], contains(target) { return (.shadowsAlias, target) }
        return (.added, nil)
    }

    /// Fields whose values differ, in the user's order then the built-in-only ones.
    static func compare(_ before: [(key: String, value: String)], _ after: [(key: String, value: String)])
        -> [Field]
    {
        let old = Dictionary(before.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var fields: [Field] = []
        for (key, value) in after where old[key] != value {
            fields.append(Field(key: key, builtin: old[key], user: value))
        }
        for (key, value) in before where new[key] == nil {
            fields.append(Field(key: key, builtin: value, user: nil))
        }
        return fields
    }
}
