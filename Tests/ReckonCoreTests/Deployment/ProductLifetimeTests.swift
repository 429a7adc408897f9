import Foundation
import Testing
import ReckonCore
import ReckonUnits

@Suite struct ProductLifetimeTests {
    /// Flat traffic and prices: S(t) = S₀·t and break-even at C_dev / S₀ (hand arithmetic, exact).
    @Test func flatTrafficIsLinear() throws {
        let life = try ProductLifetime(firstYearCost: .dollars(2e6), developmentCost: .dollars(5e6))
        #expect(life.cumulativeCost(years: 3).value == 6e6)
        #expect(abs(try #require(life.breakEvenYears) - 2.5) < 1e-12)
    }

    /// The closed form against a fine Riemann sum of s(t) = S₀·r^t (relative 1e-6: the sum's own error at 10⁵ steps).
    @Test func growthMatchesTheIntegral() throws {
        let life = try ProductLifetime(
            firstYearCost: .dollars(1e6), trafficGrowth: 3, priceDecline: 0.4,
            developmentCost: .dollars(1e7))
        let n = 100_000
        let t = 4.0
        var sum = 0.0
        for i in 0..<n { sum += life.costRate(atYears: (Double(i) + 0.5) * t / Double(n)).value * t / Double(n) }
        #expect(abs(life.cumulativeCost(years: t).value / sum - 1) < 1e-6)
        // Break-even: the cumulative cost there equals the development cost.
        let tStar = try #require(life.breakEvenYears)
        #expect(abs(life.ratio(years: tStar) - 1) < 1e-9)
    }

    /// A bill that shrinks fast enough never adds up to the development cost: no break-even, said as nil.
    @Test func aShrinkingBillMayNeverBreakEven() throws {
        let life = try ProductLifetime(
            firstYearCost: .dollars(1e5), trafficGrowth: 1, priceDecline: 0.5,
            developmentCost: .dollars(1e7))
        #expect(life.breakEvenYears == nil)
        #expect(life.ratio(years: 100) < 1)
        #expect(throws: InputError.self) {
            try ProductLifetime(firstYearCost: .dollars(1), priceDecline: 1, developmentCost: .dollars(1))
        }
    }
}
