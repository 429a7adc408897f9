import Foundation
import ReckonCore
import ReckonUnits

/// The presets Reckon knows: accelerators, models and price sheets, each with its source and date.
///
/// The built-in catalog is ``Catalog/builtin``; a user's files (see ``CatalogLoader``) add entries or replace
/// built-in ones with the same ID. A user entry may take a built-in alias as its ID (a user `h100` shadows the
/// alias `h100` → `h100-sxm`); each replacement and shadow is recorded in ``notes``.
///
/// Lookups and merges go through dictionaries keyed by ID: merging a catalog of `m` entries into one of `n`
/// costs `O(n + m)`, so a user catalog of tens of thousands of entries loads in linear time.
public struct Catalog: Sendable {
    /// The entries and their indexes, shared between copies until one of them merges (copy on write).
    final class Storage: @unchecked Sendable {
        var accelerators: [AcceleratorSpec]
        var models: [ModelSpec]
        var acceleratorOrigins: [String: String]
        var modelOrigins: [String: String]
        var notes: [String]
        /// ID → position in `accelerators` / `models`.
        var acceleratorIndex: [String: Int]
        var modelIndex: [String: Int]

        init(
            accelerators: [AcceleratorSpec], models: [ModelSpec], acceleratorOrigins: [String: String],
            modelOrigins: [String: String], notes: [String]
        ) {
            self.accelerators = accelerators
            self.models = models
            self.acceleratorOrigins = acceleratorOrigins
            self.modelOrigins = modelOrigins
            self.notes = notes
            acceleratorIndex = Catalog.index(accelerators.map(\.id))
            modelIndex = Catalog.index(models.map(\.id))
        }

        func copy() -> Storage {
            Storage(
                accelerators: accelerators, models: models, acceleratorOrigins: acceleratorOrigins,
                modelOrigins: modelOrigins, notes: notes)
        }
    }

    private var storage: Storage

    public var accelerators: [AcceleratorSpec] { storage.accelerators }
    public var models: [ModelSpec] { storage.models }
    /// The file each user entry came from, keyed by ID (empty for built-in entries).
    public var acceleratorOrigins: [String: String] { storage.acceleratorOrigins }
    public var modelOrigins: [String: String] { storage.modelOrigins }
    /// What merging user entries changed: built-in entries replaced, aliases shadowed.
    public var notes: [String] { storage.notes }

    public init(accelerators: [AcceleratorSpec], models: [ModelSpec]) {
        storage = Storage(
            accelerators: accelerators, models: models, acceleratorOrigins: [:], modelOrigins: [:],
            notes: [])
    }

    /// Entries read from files, with the file each came from.
    init(
        accelerators: [AcceleratorSpec], models: [ModelSpec], acceleratorOrigins: [String: String],
        modelOrigins: [String: String]
    ) {
        storage = Storage(
            accelerators: accelerators, models: models, acceleratorOrigins: acceleratorOrigins,
            modelOrigins: modelOrigins, notes: [])
    }

    /// Everything shipped with Reckon.
    public static let builtin = Catalog(accelerators: BuiltinAccelerators.all, models: BuiltinModels.all)

    /// ID → position; the last entry wins where an ID repeats (built-in IDs are unique, loaders refuse repeats).
    static func index(_ ids: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        table.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { table[id] = i }
        return table
    }

    /// The accelerator with this ID (case-insensitive); an ID in the catalog wins over a built-in alias
    /// (`h100` → `h100-sxm`) of the same spelling.
    public func accelerator(_ id: String) throws -> AcceleratorSpec {
        let key = Catalog.normalize(id)
        let s = storage
        if let i = s.acceleratorIndex[key] { return s.accelerators[i] }
        if let target = BuiltinAccelerators.aliases[key], let i = s.acceleratorIndex[target] {
            return s.accelerators[i]
        }
        throw Catalog.unknown(
            field: "gpu", id: id, known: s.accelerators.map(\.id),
            aliases: BuiltinAccelerators.aliases)
    }

    /// The model with this ID (case-insensitive); an ID in the catalog wins over a built-in alias (`gpt3`).
    public func model(_ id: String) throws -> ModelSpec {
        let key = Catalog.normalize(id)
        let s = storage
        if let i = s.modelIndex[key] { return s.models[i] }
        if let target = BuiltinModels.aliases[key], let i = s.modelIndex[target] { return s.models[i] }
        throw Catalog.unknown(field: "model", id: id, known: s.models.map(\.id), aliases: BuiltinModels.aliases)
    }

    /// True when `id` is an entry's ID (not an alias).
    public func containsAccelerator(id: String) -> Bool { storage.acceleratorIndex[id] != nil }
    public func containsModel(id: String) -> Bool { storage.modelIndex[id] != nil }

    /// Adds entries, replacing any with the same ID, and notes each replaced entry and shadowed alias.
    public mutating func merge(_ other: Catalog) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        let s = storage
        let o = other.storage
        let accelerators = Catalog.mergeEntries(
            o.accelerators, kind: "accelerator", origins: o.acceleratorOrigins, aliases: BuiltinAccelerators.aliases,
            into: s, list: \.accelerators, index: \.acceleratorIndex, storedOrigins: \.acceleratorOrigins)
        let models = Catalog.mergeEntries(
            o.models, kind: "model", origins: o.modelOrigins, aliases: BuiltinModels.aliases,
            into: s, list: \.models, index: \.modelIndex, storedOrigins: \.modelOrigins)
        let added = accelerators + models
        s.notes += added + o.notes
    }

    /// Adds or replaces `entries` of one kind in `s` (by ID), keeping their origins; returns a note for each entry
    /// that replaces one or shadows a built-in alias.
    static func mergeEntries<Entry: Identifiable>(
        _ entries: [Entry], kind: String, origins: [String: String], aliases: [String: String], into s: Storage,
        list: ReferenceWritableKeyPath<Storage, [Entry]>, index: ReferenceWritableKeyPath<Storage, [String: Int]>,
        storedOrigins: ReferenceWritableKeyPath<Storage, [String: String]>
    ) -> [String] where Entry.ID == String {
        var notes: [String] = []
        for entry in entries {
            let origin = origins[entry.id]
            let existing = s[keyPath: index][entry.id]
            let note = shadowNote(kind, entry.id, origin, replaces: existing != nil, alias: aliases[entry.id])
            if let note { notes.append(note) }
            if let i = existing {
                s[keyPath: list][i] = entry
            } else {
                s[keyPath: index][entry.id] = s[keyPath: list].count
                s[keyPath: list].append(entry)
            }
            if let origin { s[keyPath: storedOrigins][entry.id] = origin }
        }
        return notes
    }

    /// The note for an entry that replaces a catalog entry or takes a built-in alias as its ID, if it does.
    static func shadowNote(_ kind: String, _ id: String, _ origin: String?, replaces: Bool, alias: String?) -> String? {
        let from = origin.map { " from \($0)" } ?? ""
        if replaces { return "\(kind) '\(id)'\(from) replaces the catalog entry with the same ID" }
        guard let alias else { return nil }
        return "\(kind) '\(id)'\(from) shadows the built-in alias '\(id)' → '\(alias)'; "
            + "use '\(alias)' for the built-in entry"
    }

    static func normalize(_ id: String) -> String {
        id.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
    }

    /// An unknown-ID error suggesting real IDs (an alias that matches is shown as the ID it stands for).
    static func unknown(field: String, id: String, known: [String], aliases: [String: String] = [:]) -> InputError {
        var suggestions: [String] = []
        for s in DidYouMean.closest(to: normalize(id), among: known + Array(aliases.keys), limit: 4) {
            let real = aliases[s] ?? s
            if !suggestions.contains(real) { suggestions.append(real) }
        }
        suggestions = Array(suggestions.prefix(2))
        let hint =
            suggestions.isEmpty
            ? "see `reckon catalog list`"
            : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        let shown = id.count <= 80 ? id : String(id.prefix(80)) + "… (\(id.count) characters)"
        return InputError(field: field, value: shown, allowed: "an ID from the catalog", hint: hint)
    }
}
