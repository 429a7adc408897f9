import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// One input the user gave as a distribution.
public struct UncertainInput: Sendable {
    public var key: String
    /// As written (`0.35..0.55`).
    public var text: String
    public var distribution: Distribution
    public var field: NumericField
    /// Share of draws moved into the field's soft range (0 when it has none).
    public var clampedShare: Double
    /// The median, made usable by the model (base units).
    public var median: Double { field.admit(distribution.median) }
}

/// Finds the inputs of a command written as distributions and runs the command's evaluator on samples.
///
/// Generic over commands: a command declares its numeric fields (``NumericField``) and the fields that
/// cannot be uncertain (IDs, choices). Per sample, every uncertain field is replaced by a draw written as a
/// bare number and the command's own evaluator runs on the result, so any command gains `--samples`
/// without new model code. Commands with a hot model (train) add a fast path that patches numbers instead.
public struct UncertainRun: Sendable {
    /// The uncertain inputs, sorted by key (the order of draws and of sensitivity rows).
    public var inputs: [UncertainInput]
    /// The user's fields with every distribution replaced by its median.
    public var medianFields: InputFields
    /// The user's fields as given.
    public var fields: InputFields

    public var isUncertain: Bool { !inputs.isEmpty }

    /// Scans `fields` for distributions. Throws an ``InputError`` naming the field for a distribution on a
    /// field in `nonNumeric`, a malformed or empty distribution, and a distribution that can draw a value
    /// the field cannot take (e.g. `normal(0.1, 0.2)` for `mfu`, which must be > 0).
    /// `passthrough`: keys whose own syntax may look like a distribution (`gpus: 1k...100k`, a sweep) and are left as
    /// they are.
    public static func extract(
        _ fields: InputFields, numeric: [String: NumericField], nonNumeric: Set<String>,
        passthrough: Set<String> = []
    ) throws -> UncertainRun {
        var inputs: [UncertainInput] = []
        var medians = fields
        for key in fields.keys where !passthrough.contains(key) {
            guard case .text(let text)? = fields[key], DistributionParser.isDistribution(text) else { continue }
            let origin = fields.origins[key]
            guard let field = numeric[key] else {
                let what =
                    nonNumeric.contains(key)
                    ? "a single value: \(key) is not a number, so it cannot be a distribution"
                    : "a single value (\(key) cannot be uncertain)"
                throw InputError(field: key, value: text, allowed: what, hint: origin)
            }
            let d: Distribution
            do { d = try DistributionParser.parse(text, field: key, bound: field.read) } catch var e as InputError {
                e.hint = [e.hint, origin].compactMap { $0 }.joined(separator: "; ")
                throw e
            }
            let range = d.drawableRange
            let belowLimit = field.lowestIncluded ? range.lowerBound < field.lowest : range.lowerBound <= field.lowest
            if belowLimit {
                let shown = d.description { NumberFormat.compact($0 / field.bareUnitValue, digits: 4) }
                throw InputError(
                    field: key, value: text, allowed: "a distribution with only \(field.allowedPhrase)",
                    hint:
                        "\(shown) can draw \(NumberFormat.compact(range.lowerBound / field.bareUnitValue, digits: 3)); "
                        + "use low..high or lognormal(p5, p95), which stay above 0, or narrow it"
                        + (origin.map { "; " + $0 } ?? ""))
            }
            var clamped = 0.0
            if let c = field.clamp {
                clamped = d.probabilityBelow(c.lowerBound) + (1 - d.probabilityBelow(c.upperBound.nextUp))
            }
            let input = UncertainInput(key: key, text: text, distribution: d, field: field, clampedShare: clamped)
            inputs.append(input)
            medians.set(
                key, UncertainRun.exact(input.median / field.bareUnitValue), origin: origin ?? "median of \(text)")
        }
        return UncertainRun(inputs: inputs, medianFields: medians, fields: fields)
    }

    /// The fields with one draw per uncertain input (base units, in ``inputs`` order) written as bare numbers.
    public func fields(with draws: UnsafeBufferPointer<Double>) -> InputFields {
        var f = fields
        for (j, input) in inputs.enumerated() {
            f.set(
                input.key, UncertainRun.exact(input.field.admit(draws[j]) / input.field.bareUnitValue),
                origin: fields.origins[input.key] ?? "sample")
        }
        return f
    }

    /// A number as text that reads back to the same Double: Swift's shortest round-trip spelling (`2.1234567890123457`,
    /// `1e-05`). (`.number` values are re-read through a 17-digit formatter that keeps only ~10 digits of a fraction.)
    static func exact(_ x: Double) -> InputValue { .text("\(x)") }

    /// Notes about soft-range clamping, for the report.
    public var clampNotes: [String] {
        inputs.filter { $0.clampedShare > 0.000_05 }.map { i in
            let low = NumberFormat.significant(i.field.clamp!.lowerBound / i.field.bareUnitValue)
            let high = NumberFormat.significant(i.field.clamp!.upperBound / i.field.bareUnitValue)
            return "\(i.key): \(NumberFormat.significant(i.clampedShare * 100, digits: 2))% of draws of \(i.text) fell "
                + "outside \(low)–\(high) and were set to the nearest end."
        }
    }

    /// The generic path: per sample, substitute the draws into the fields and call `evaluate`, which returns
    /// `outputCount` numbers. The first error any sample throws is rethrown after the run.
    public func runGeneric(
        _ monteCarlo: MonteCarlo, outputCount: Int, keepInputs: Bool,
        evaluate: @escaping @Sendable (InputFields) throws -> [Double]
    ) throws -> MonteCarloResult {
        let failure = FirstError()
        let budget = WorkBudget.current
        let result = monteCarlo.run(
            inputs: inputs.map(\.distribution), outputCount: outputCount, keepInputs: keepInputs
        ) { x, y in
            // After a failure the run will throw: skip the remaining samples' work.
            if failure.error != nil {
                for k in 0..<outputCount { y[k] = 0 }
                return
            }
            do {
                try budget.checkDeadline()
                let values = try evaluate(self.fields(with: x))
                for k in 0..<outputCount { y[k] = values[k] }
            } catch {
                failure.record(error)
                for k in 0..<outputCount { y[k] = 0 }
            }
        }
        if let error = failure.error { throw error }
        return result
    }
}

/// The first error thrown by any of several concurrent samples.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?
    func record(_ e: Error) {
        lock.lock()
        if first == nil { first = e }
        lock.unlock()
    }
    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
