import ReckonUnits

/// A problem with what the user asked for: names the field, the value, and what is allowed.
///
/// Thrown at the boundary (flags, files, HTTP bodies) and by model entry points that validate.
/// Its `description` is one line meant to be shown to a person as is.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field as the user wrote it (flag name or file key), e.g. `mfu`.
    public var field: String
    /// The offending value as text.
    public var value: String
    /// What is allowed instead, as a phrase: "a number in (0, 1]".
    public var allowed: String
    /// Extra context such as a file name and key path, or "did you mean …".
    public var hint: String?

    public init(field: String, value: String, allowed: String, hint: String? = nil) {
        self.field = field
        self.value = value
        self.allowed = allowed
        self.hint = hint
    }

    /// One line; a value longer than 80 characters is shortened (an error never echoes a whole input back).
    public var description: String {
        let shown = value.count <= 80 ? value : String(value.prefix(80)) + "… (\(value.count) characters)"
        var text = "invalid \(field) '\(shown)': expected \(allowed)"
        if let hint { text += " (\(hint.count <= 400 ? hint : String(hint.prefix(400)) + "…"))" }
        return text
    }
}

/// Checks used at every boundary. Each throws an ``InputError`` naming the field.
public enum Check {
    /// A number as a person wrote it: 3 → "3", 1e16 → "1e16" (not "3.0", "1e+16").
    public static func shown(_ x: Double) -> String { NumberFormat.compact(x, digits: 6) }

    /// A finite number strictly greater than zero.
    public static func positive(_ x: Double, _ field: String, max: Double = .greatestFiniteMagnitude) throws {
        guard x.isFinite, x > 0 else {
            throw InputError(field: field, value: shown(x), allowed: "a finite number greater than 0")
        }
        guard x <= max else {
            throw InputError(field: field, value: shown(x), allowed: "a number no larger than \(shown(max))")
        }
    }
    /// A finite number ≥ 0.
    public static func nonNegative(_ x: Double, _ field: String) throws {
        guard x.isFinite, x >= 0 else {
            throw InputError(field: field, value: shown(x), allowed: "a finite number of at least 0")
        }
    }
    /// A fraction in (0, 1].
    public static func fraction(_ x: Double, _ field: String) throws {
        guard x.isFinite, x > 0, x <= 1 else {
            throw InputError(field: field, value: shown(x), allowed: "a number in (0, 1]")
        }
    }
    /// A fraction in [0, 1).
    public static func fractionBelowOne(_ x: Double, _ field: String) throws {
        guard x.isFinite, x >= 0, x < 1 else {
            throw InputError(field: field, value: shown(x), allowed: "a number in [0, 1)")
        }
    }
    /// A whole number in a range.
    public static func integer(_ x: Int, _ field: String, in range: ClosedRange<Int>) throws {
        guard range.contains(x) else {
            throw InputError(
                field: field, value: "\(x)", allowed: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
    }
}
