import ReckonCore
import ReckonUnits

/// Typed reads of registry fields: each `*Request.resolve` reads its inputs this way after
/// ``CommandInputs/validate(_:)``, so a value is parsed and bounded by one definition (``Field``), whatever it
/// came from. A read of an absent field is nil; the request decides (and states) the default.
extension InputFields {
    /// A numeric field in its base unit (USD/s for `price_per_hour`, seconds for durations).
    public func number(_ field: Field) throws -> Double? {
        guard let v = self[field.key] else { return nil }
        return try field.number(v, bounds: field.bounds, origin: origins[field.key])
    }

    /// A whole-number field.
    public func integer(_ field: Field) throws -> Int? {
        guard let x = try number(field) else { return nil }
        guard abs(x) < 9e15 else {
            throw field.refusal(self[field.key]!, field.allowedPhrase(field.bounds), origin: origins[field.key])
        }
        return Int(x)
    }

    /// A quantity field as a typed quantity.
    public func quantity<D>(_ field: Field, _: D.Type = D.self) throws -> Quantity<D>? {
        try number(field).map { Quantity<D>($0) }
    }

    /// A flag field.
    public func flag(_ field: Field) throws -> Bool? {
        guard let v = self[field.key] else { return nil }
        return try field.flag(v, origin: origins[field.key])
    }

    /// A choice field as one of an enum's cases (raw values are the choices).
    public func choice<E: RawRepresentable & CaseIterable>(_ field: Field, _: E.Type = E.self) throws -> E?
    where E.RawValue == String {
        guard let v = self[field.key] else { return nil }
        let text = try field.choice(v, choices: E.allCases.map(\.rawValue), origin: origins[field.key])
        return E(rawValue: text)
    }

    /// A choice field as its (lower-cased) word.
    public func word(_ field: Field) throws -> String? {
        guard let v = self[field.key] else { return nil }
        return try field.choice(v, choices: nil, origin: origins[field.key])
    }

    /// A catalog-ID field.
    public func catalogID(_ field: Field) throws -> String? {
        guard let v = self[field.key] else { return nil }
        return try field.catalogID(v, origin: origins[field.key])
    }

    public func has(_ field: Field) -> Bool { has(field.key) }
}
