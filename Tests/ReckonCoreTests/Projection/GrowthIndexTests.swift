import Testing
import ReckonUnits
@testable import ReckonCore

/// Fig. 6, "Growth rate of GPU performance, model size and training computational costs (base in 2010)".
@Suite struct GrowthIndexTests {
    let index = GrowthIndex(trend: TrendModel(preset: .paperStated))

    @Test func baseYearIsOne() {
        for s in GrowthSeries.allCases { #expect(index.index(s, year: 2010) == 1) }
    }

    // Paper Sec. 2.1: GPU performance "~69% per year", supercomputers "~78% per year", parameters "+180% per year",
    // FLOP "greater than 500% per year" and "an order of magnitude greater" than the hardware rates.
    // Tolerance 1e-9 for the pure exponentials; ±0.1 for FLOP (framework.md §6 target 9: ×6.2/yr 2023→2028).
    @Test func ratesAfter2018() {
        #expect(abs(index.annualGrowth(.gpuPerformance, from: 2020, to: 2030) - 1.69) < 1e-9)
        #expect(abs(index.annualGrowth(.supercomputers, from: 2020, to: 2030) - 1.78) < 1e-9)
        #expect(abs(index.annualGrowth(.modelSize, from: 2019, to: 2030) - 2.8) < 1e-9)
        let flop = index.annualGrowth(.trainingCompute, from: 2023, to: 2028)
        #expect(abs(flop - 6.2) < 0.1)
        #expect((flop - 1) / (1.69 - 1) > 5)  // 520% vs 69%: "an order of magnitude greater" (7.5×)
    }

    // Before 2018 model size and FLOP follow the hardware (the assumed pre-era rate, 1.78/yr): curves overlap.
    @Test func hardwareKeptUpBefore2018() {
        #expect(index.index(.modelSize, year: 2018) == index.index(.supercomputers, year: 2018))
        #expect(index.index(.trainingCompute, year: 2015) == index.index(.supercomputers, year: 2015))
        #expect(index.index(.trainingCompute, year: 2020) > index.index(.supercomputers, year: 2020))
    }
}
