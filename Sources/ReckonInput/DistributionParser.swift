import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// Reads a distribution written in a flag or a scenario file.
///
/// | written | meaning |
/// |---|---|
/// | `0.35..0.55`, `1.5T..3T`, `$1.5..$3` | lognormal with that 90% interval (p5..p95), as in Guesstimate and Squiggle
/// |
/// | `lognormal(1.5, 3)` | the same, spelled out: lognormal(p5, p95) |
/// | `normal(0.45, 0.05)` | normal(mean, standard deviation) |
/// | `uniform(2, 3)` | uniform between the two bounds |
/// | `triangular(0.3, 0.4, 0.5)` | triangular(low, mode, high) |
/// | `choice(0.3: 1, 0.4: 2)` | 0.3 with weight 1, 0.4 with weight 2 |
///
/// Bounds carry the field's units (`1.5T`, `$2/h`); a bare number is read in the field's bare unit.
/// Inside a distribution `,` separates arguments, so write digit groups with `_` (`1_000`), not `,`.
public enum DistributionParser {
    static let functions = ["lognormal", "normal", "uniform", "triangular", "choice"]

    /// True when `text` is written as a distribution rather than as one number.
    public static func isDistribution(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        return t.contains("..") || functions.contains { t.hasPrefix($0 + "(") || t.hasPrefix($0 + " (") }
    }

    /// Parses `text` for `field`; `bound` reads one bound (with its unit) into the field's base unit.
    /// Errors are ``InputError``s naming `field` and saying what is allowed.
    public static func parse(_ text: String, field: String, bound: (String) throws -> Double) throws -> Distribution {
        let t = text.trimmingCharacters(in: .whitespaces)
        func fail(_ reason: String) -> InputError {
            InputError(
                field: field, value: Field.shown(.text(text)),
                allowed:
                    "a number or a distribution: a..b (90% interval), normal(mean, sd), lognormal(p5, p95), "
                    + "uniform(a, b), triangular(a, mode, b), choice(x: w, y: w)",
                hint: reason)
        }
        func read(_ s: String) throws -> Double {
            let s = s.trimmingCharacters(in: .whitespaces)
            guard !s.isEmpty else { throw fail("a bound is missing") }
            do { return try bound(s) } catch let e as InputError {
                throw fail(e.hint ?? "cannot read '\(s.prefix(40))'")
            } catch { throw fail("\(error)") }
        }
        func build(_ make: () throws -> Distribution) throws -> Distribution {
            do { return try make() } catch let e as DistributionError { throw fail(e.reason) }
        }

        let lower = t.lowercased()
        if let name = functions.first(where: { lower.hasPrefix($0) }) {
            var rest = t.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
            guard rest.hasPrefix("("), rest.hasSuffix(")") else {
                throw fail("write \(name)(…) with the arguments in parentheses")
            }
            rest = String(rest.dropFirst().dropLast())
            let args = rest.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
            func expect(_ n: Int, _ usage: String) throws {
                guard args.count == n else {
                    throw fail("\(name) takes \(n) arguments: \(usage) (for digit groups write 1_000, not 1,000)")
                }
            }
            switch name {
            case "lognormal":
                try expect(2, "lognormal(p5, p95)")
                let a = try read(args[0])
                let b = try read(args[1])
                return try build { try .lognormal(p5: a, p95: b) }
            case "normal":
                try expect(2, "normal(mean, sd)")
                let m = try read(args[0])
                let s = try read(args[1])
                return try build { try .normal(mean: m, sd: s) }
            case "uniform":
                try expect(2, "uniform(low, high)")
                let a = try read(args[0])
                let b = try read(args[1])
                return try build { try .uniform(a, b) }
            case "triangular":
                try expect(3, "triangular(low, mode, high)")
                let a = try read(args[0])
                let c = try read(args[1])
                let b = try read(args[2])
                return try build { try .triangular(a, c, b) }
            default:  // choice
                var options: [(value: Double, weight: Double)] = []
                for arg in args {
                    let parts = arg.split(separator: ":", omittingEmptySubsequences: false)
                    guard parts.count == 2 else {
                        throw fail("each choice is value: weight, e.g. choice(0.3: 1, 0.4: 2)")
                    }
                    let w = parts[1].trimmingCharacters(in: .whitespaces)
                    guard let weight = Double(w), weight.isFinite else { throw fail("weight '\(w)' is not a number") }
                    guard weight > 0 else { throw fail("weight \(w) must be greater than 0") }
                    options.append((try read(String(parts[0])), weight))
                }
                return try build { try .choice(options) }
            }
        }
        if let range = t.range(of: "..") {
            let low = String(t[..<range.lowerBound])
            let high = String(t[range.upperBound...])
            guard !high.hasPrefix(".") else { throw fail("write a range with two dots: low..high") }
            let a = try read(low)
            let b = try read(high)
            guard a <= b else {
                throw fail(
                    "the low bound \(low.trimmingCharacters(in: .whitespaces)) is greater than the high bound "
                        + "\(high.trimmingCharacters(in: .whitespaces))"
                )
            }
            guard a > 0 else {
                throw fail(
                    "low..high is a lognormal 90% interval and needs a low bound greater than 0; use uniform(a, b) or "
                        + "normal(mean, sd) otherwise"
                )
            }
            return try build { try .lognormal(p5: a, p95: b) }
        }
        throw fail("not a distribution")
    }
}
