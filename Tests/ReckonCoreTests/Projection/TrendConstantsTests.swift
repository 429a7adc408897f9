import Testing
@testable import ReckonCore

@Suite struct TrendConstantsTests {
    // Target 3. Paper Sec. 2: price-performance doubling "approximately 2.46 years (29 months) ... 4x-7x slower than
    // the growth rate of the cost of LLM training shown in Fig. 3" (doubling 4 months, 7 months for large-scale).
    // 29.52/7 = 4.22, 29.52/4 = 7.38. Tolerance ±0.1 absolute (framework.md §6).
    @Test func fourToSevenTimesSlower() {
        let r = TrendConstants().pricePerformanceSlowdown
        #expect(abs(r.largeScale - 4.2) < 0.1)
        #expect(abs(r.all - 7.4) < 0.1)
    }

    // Table 1: additional MoE experts/year 8 / 4 / 0; FLOP/parameter 20 / 40 / 120. Exact.
    @Test func tableOne() {
        let c = TrendConstants()
        #expect(c.trend(.bestCase) == ScenarioTrend(expertsPerYear: 8, flopPerParameter: 20))
        #expect(c.trend(.bestGuess) == ScenarioTrend(expertsPerYear: 4, flopPerParameter: 40))
        #expect(c.trend(.worstCase) == ScenarioTrend(expertsPerYear: 0, flopPerParameter: 120))
        // 120 FLOP/parameter = 6 FLOP per parameter-token × 20 tokens (Sec. 1.3).
        #expect(c.worst.tokensPerParameter == 20)
    }
}
