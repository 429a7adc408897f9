import Foundation
import Testing
import ReckonAnalysis
import ReckonCore
import ReckonUnits
@testable import ReckonInput

@Suite struct DistributionParserTests {
    static func plain(_ s: String) throws -> Double {
        guard let x = Double(s.trimmingCharacters(in: .whitespaces)) else { throw DistributionError("not a number") }
        return x
    }
    func parse(_ text: String, _ bound: (String) throws -> Double = plain) throws -> Distribution {
        try DistributionParser.parse(text, field: "mfu", bound: bound)
    }
    func fails(
        _ text: String, _ bound: (String) throws -> Double = plain, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) { try parse(text, bound) } throws: {
            ($0 as? InputError)?.field == "mfu"
        }
    }

    @Test func everySyntax() throws {
        #expect(try parse("0.35..0.55") == (try Distribution.lognormal(p5: 0.35, p95: 0.55)))
        #expect(try parse(" lognormal(1.5, 3) ") == (try Distribution.lognormal(p5: 1.5, p95: 3)))
        #expect(try parse("normal(0.45, 0.05)") == .gaussian(mean: 0.45, sd: 0.05))
        #expect(try parse("uniform(2, 3)") == .flat(low: 2, high: 3))
        #expect(try parse("triangular(0.3, 0.4, 0.5)") == .triangle(low: 0.3, mode: 0.4, high: 0.5))
        #expect(try parse("choice(0.3: 1, 0.4: 2)") == (try Distribution.choice([(0.3, 1), (0.4, 2)])))
        #expect(DistributionParser.isDistribution("1.5T..3T") && DistributionParser.isDistribution("Normal(1, 2)"))
        #expect(!DistributionParser.isDistribution("1.5T") && !DistributionParser.isDistribution("gpt-3"))
    }

    /// Units in the bounds, read by the field's own parser: 1.5T tokens = 1.5e12; $1.5/h = 1.5/3600 USD/s.
    @Test func unitsInBounds() throws {
        let tokens = try parse("1.5T..3T") { try Tokens(parsing: $0).value }
        #expect(abs(tokens.quantile(0.05) / 1.5e12 - 1) < 1e-8 && abs(tokens.quantile(0.95) / 3e12 - 1) < 1e-8)
        let price = try parse("$1.5..$3") { try USDPerSecond(parsing: $0).value }
        #expect(abs(price.quantile(0.05) * 3600 / 1.5 - 1) < 1e-8)
        let perHour = try parse("uniform($1.5/h, $3/h)") { try USDPerSecond(parsing: $0).value }
        // Tolerance 1e-15 relative: "$1.5/h" is read as 1.5 × (1/3600), which may differ from 1.5/3600 in the last bit.
        guard case .flat(let low, let high) = perHour else {
            Issue.record("expected a uniform")
            return
        }
        #expect(abs(low / (1.5 / 3600) - 1) < 1e-15 && abs(high / (3.0 / 3600) - 1) < 1e-15)
    }

    @Test func badInputNamesTheField() {
        fails("0.55..0.35")  // low > high
        fails("uniform(3, 2)")
        fails("triangular(1, 5, 3)")
        fails("choice(0.3: 0, 0.4: 1)")  // weight ≤ 0
        fails("choice(0.3: -1)")
        fails("choice(0.3 1)")
        fails("normal(1)")
        fails("normal(1, -2)")
        fails("lognormal(0, 3)")
        fails("0..1")  // a lognormal interval needs a low bound > 0
        fails("uniform(1, x)")
        fails("1...2")
        fails("beta(1, 2)..")
    }

    /// The low > high message says so in words.
    @Test func lowAboveHighIsExplained() {
        #expect { try parse("0.55..0.35") } throws: {
            (($0 as? InputError)?.hint ?? "").contains("greater than the high bound")
        }
    }
}
