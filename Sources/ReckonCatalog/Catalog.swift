import Foundation
import ReckonCore
import ReckonUnits

/// The presets Reckon knows: accelerators, models and price sheets, each with its source and date.
///
/// The built-in catalog is ``Catalog/builtin``; a user's files (see ``CatalogLoader``) add entries
/// or replace built-in ones with the same ID.
public struct Catalog: Sendable {
    public private(set) var accelerators: [AcceleratorSpec]
    public private(set) var models: [ModelSpec]

    public init(accelerators: [AcceleratorSpec], models: [ModelSpec]) {
        self.accelerators = accelerators
        self.models = models
    }

    /// Everything shipped with Reckon.
    public static let builtin = Catalog(accelerators: BuiltinAccelerators.all, models: BuiltinModels.all)

    /// The accelerator with this ID (case-insensitive; aliases such as `h100` accepted).
    public func accelerator(_ id: String) throws -> AcceleratorSpec {
        let key = Catalog.normalize(id)
        let resolved = BuiltinAccelerators.aliases[key] ?? key
        if let hit = accelerators.first(where: { $0.id == resolved }) { return hit }
        throw Catalog.unknown(field: "gpu", id: id, known: accelerators.map(\.id), aliases: BuiltinAccelerators.aliases)
    }

    /// The model with this ID (case-insensitive; aliases such as `gpt3` accepted).
    public func model(_ id: String) throws -> ModelSpec {
        let key = Catalog.normalize(id)
        let resolved = BuiltinModels.aliases[key] ?? key
        if let hit = models.first(where: { $0.id == resolved }) { return hit }
        throw Catalog.unknown(field: "model", id: id, known: models.map(\.id), aliases: BuiltinModels.aliases)
    }

    /// Adds entries, replacing any with the same ID.
    public mutating func merge(_ other: Catalog) {
        for a in other.accelerators {
            accelerators.removeAll { $0.id == a.id }
            accelerators.append(a)
        }
        for m in other.models {
            models.removeAll { $0.id == m.id }
            models.append(m)
        }
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
        let hint = suggestions.isEmpty ? "see `reckon catalog list`" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        let shown = id.count <= 80 ? id : String(id.prefix(80)) + "… (\(id.count) characters)"
        return InputError(field: field, value: shown, allowed: "an ID from the catalog", hint: hint)
    }
}
