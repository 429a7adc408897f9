import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// Reading and checking one value of a field: the only place a typed value becomes a number, a choice or a flag.
///
/// Every refusal is an ``InputError`` naming the field, quoting the value as typed (at most
/// ``Field/shownLimit`` characters) and saying what is allowed; `origin` (flag, file and key, request body) is the
/// hint.
extension Field {
    /// Longest part of a value quoted back in an error.
    public static let shownLimit = 80

    /// A value as the user typed it, shortened for messages.
    public static func shown(_ value: InputValue) -> String {
        let text = value.description
        guard text.count > shownLimit else { return text }
        return String(text.prefix(shownLimit)) + "… (\(text.count) characters)"
    }

    func refusal(_ value: InputValue, _ allowed: String, origin: String?, reason: String? = nil) -> InputError {
        InputError(
            field: key, value: Field.shown(value), allowed: allowed,
            hint: [reason, origin].compactMap { $0 }.joined(separator: "; ").nilIfEmpty)
    }

    /// What `bounds` allow, with the field's unit: "a number in (0, 1e6] (USD/h)".
    func allowedPhrase(_ bounds: FieldBounds?) -> String {
        guard let bounds else { return kind.isNumeric ? "a finite number" : "a value" }
        return bounds.phrase + (unit.map { " (\($0))" } ?? "")
    }

    /// Base-unit value of the bare number 1.
    var bareUnitValue: Double {
        if case .quantity(let q) = kind { return q.bareUnitValue }
        return 1
    }

    /// Reads one number of a numeric field into base units, without checking bounds.
    func readNumber(_ text: String) throws -> Double {
        switch kind {
        case .quantity(let q):
            do { return try q.read(text) } catch let e as QuantityParseError {
                throw InputError(field: key, value: Field.shown(.text(text)), allowed: q.examples, hint: e.reason)
            }
        case .integer, .syntax(.gpuCounts):
            do { return try Parameters(parsing: text).value } catch let e as QuantityParseError {
                throw InputError(
                    field: key, value: Field.shown(.text(text)),
                    allowed: "a whole number such as 1024 or 16k", hint: e.reason)
            }
        default:
            if let problem = DecimalSyntax.problem(text) {
                throw InputError(field: key, value: Field.shown(.text(text)), allowed: "a number", hint: problem)
            }
            return DecimalSyntax.parse(text) ?? .nan
        }
    }

    /// A single numeric value in base units, checked against `bounds` (in bare units).
    public func number(_ value: InputValue, bounds: FieldBounds?, origin: String?) throws -> Double {
        let base: Double
        switch value {
        case .number(let x):
            guard x.isFinite else { throw refusal(value, "a finite number", origin: origin) }
            base = x * bareUnitValue
        case .text(let s):
            do { base = try readNumber(s) } catch var e as InputError {
                e.hint = [e.hint, origin].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
                throw e
            }
        case .flag:
            throw refusal(value, kind.isNumeric ? allowedPhrase(bounds) : "a value", origin: origin)
        }
        guard base.isFinite else { throw refusal(value, "a finite number", origin: origin, reason: "too large") }
        let shownValue = base / bareUnitValue
        if kind.isWholeNumber, shownValue != shownValue.rounded() {
            throw refusal(
                value, allowedPhrase(bounds ?? FieldBounds(lower: nil, upper: nil, integer: true)),
                origin: origin)
        }
        if let bounds, !bounds.contains(shownValue) {
            throw refusal(value, allowedPhrase(bounds), origin: origin)
        }
        return base
    }

    /// A value of a `.choice` field, lower-cased; `choices` narrows the field's own list.
    public func choice(_ value: InputValue, choices: [String]?, origin: String?) throws -> String {
        guard case .choice(let all) = kind else { preconditionFailure("\(key) is not a choice") }
        let options = choices ?? all
        let text: String
        switch value {
        case .text(let s): text = s.trimmingWhitespace().lowercased()
        case .number(let x): text = NumberFormat.significant(x, digits: 15)
        case .flag(let b): text = b ? "true" : "false"
        }
        guard options.contains(text) else {
            let guess = text.count <= 64 ? Suggest.closest(to: text, among: options) : nil
            throw refusal(
                value, "one of " + options.joined(separator: ", "), origin: origin,
                reason: guess.map { "did you mean '\($0)'?" })
        }
        return text
    }

    /// A flag's value: booleans, or the words true/false, yes/no, on/off, 1/0.
    public func flag(_ value: InputValue, origin: String?) throws -> Bool {
        switch value {
        case .flag(let b): return b
        case .number(let x) where x == 0 || x == 1: return x == 1
        case .text(let s):
            switch s.trimmingWhitespace().lowercased() {
            case "true", "yes", "on", "1": return true
            case "false", "no", "off", "0": return false
            default: break
            }
        default: break
        }
        throw refusal(value, "true or false", origin: origin)
    }

    /// A catalog ID as text (its existence is checked against the catalog by the command).
    public func catalogID(_ value: InputValue, origin: String?) throws -> String {
        guard case .text(let s) = value else {
            if case .number(let x) = value { return NumberFormat.significant(x, digits: 15) }
            throw refusal(value, "a catalog ID", origin: origin)
        }
        let id = s.trimmingWhitespace()
        guard !id.isEmpty, id.count <= 128 else {
            throw refusal(value, "a catalog ID of 1 to 128 characters", origin: origin)
        }
        return id
    }

    /// Checks a value written as a distribution: it must parse, its 90% interval must lie inside the bounds, and it
    /// must not be able to draw past a lower bound of 0 (a count or a price cannot be negative). Rare draws outside
    /// other bounds are clamped by the Monte Carlo run, which says how many.
    public func checkDistribution(_ text: String, bounds: FieldBounds?, origin: String?) throws {
        let d: Distribution
        do {
            d = try DistributionParser.parse(text, field: key) { try self.readNumber($0) }
        } catch var e as InputError {
            e.hint = [e.hint, origin].compactMap { $0 }.joined(separator: "; ").nilIfEmpty
            throw e
        }
        guard var bounds else { return }
        bounds.integer = false  // draws of whole-number fields are rounded; the interval's ends need not be whole
        let scale = bareUnitValue
        let p5 = d.quantile(0.05) / scale
        let p95 = d.quantile(0.95) / scale
        let shownInterval = NumberFormat.compact(p5, digits: 4) + "…" + NumberFormat.compact(p95, digits: 4)
        if !bounds.contains(p5) || !bounds.contains(p95) {
            throw refusal(
                .text(text), "a distribution whose 90% interval lies within " + allowedPhrase(bounds),
                origin: origin, reason: "its 90% interval is \(shownInterval)")
        }
        if let lower = bounds.lower, lower == 0 {
            let low = d.drawableRange.lowerBound / scale
            if bounds.lowerIncluded ? low < 0 : low <= 0 {
                throw refusal(
                    .text(text), "a distribution with only " + allowedPhrase(bounds), origin: origin,
                    reason: "it can draw \(NumberFormat.compact(low, digits: 3)); use low..high or "
                        + "lognormal(p5, p95), which stay above 0, or narrow it")
            }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
