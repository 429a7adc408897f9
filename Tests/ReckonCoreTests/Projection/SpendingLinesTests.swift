import Testing
import ReckonUnits
@testable import ReckonCore

@Suite struct SpendingLinesTests {
    // Installed base: the paper's "by 2029" needs the line above the 2028 best-guess cost and at or below the 2029
    // one (framework.md §2.3: "$15–78B stated / $19–104B cal-Td"). The line's assumed values must sit in that band.
    @Test func installedBaseInsideTheBand() {
        let line = SpendingLines.gpuInstalledBase
        for preset in [TrendPreset.paperStated, .paperCalibrated] {
            let m = TrendModel(preset: preset)
            #expect(line.value(year: 2028) > m.gpuCost(.bestGuess, year: 2028))
            #expect(line.value(year: 2029) <= m.gpuCost(.bestGuess, year: 2029))
        }
        #expect(line.value(year: 2028).value > 15e9 && line.value(year: 2029).value < 78e9)
    }

    // ground-truth/macro.csv, Gartner July 2024: $4,898,401M (2023), $5,267,163M (2024, +7.5%).
    // Tolerance 1e-6: the line is built from these two numbers.
    @Test func itSpendingMatchesGartner() {
        let line = SpendingLines.globalITSpending
        #expect(projectionRelativeError(line.value(year: 2023).value, 4.898e12) < 1e-6)
        #expect(projectionRelativeError(line.value(year: 2024).value, 5.267e12) < 1e-6)
    }

    // Cottier 2023 (Epoch): "$233B ≈ 1% of US GDP (2021)". Exact in its base year.
    @Test func onePercentGDP() {
        #expect(SpendingLines.onePercentUSGDP.value(year: 2021).value == 233e9)
        #expect(SpendingLines.onePercentUSGDP.value(year: 2022).value > 233e9)
    }

    @Test func everyLineHasSourceAndAssumption() {
        for line in SpendingLines.all {
            #expect(!line.source.isEmpty)
            #expect(!line.assumption.isEmpty)
        }
    }
}
