import Testing
import ReckonUnits
@testable import ReckonCore

/// framework.md §6 target 8: crossing years.
@Suite struct CrossoverTests {
    // Paper Sec. 2.1: "the cost to train a single LLM will exceed the annual value of the worldwide GPU installed base
    // by 2029, and the annual global IT spending by 2032"; "it will soon hit hard-to-break spending caps (e.g., 1% of
    // US GDP)" — 2030 per framework.md §2.3. GPU-cost basis, best guess. Exact years, both paper presets.
    @Test func bestGuessCrossingYears() {
        for preset in [TrendPreset.paperStated, .paperCalibrated] {
            let m = TrendModel(preset: preset)
            #expect(m.crossingYear(.bestGuess, line: SpendingLines.gpuInstalledBase, from: 2020) == 2029)
            #expect(m.crossingYear(.bestGuess, line: SpendingLines.globalITSpending, from: 2020) == 2032)
            #expect(m.crossingYear(.bestGuess, line: SpendingLines.onePercentUSGDP, from: 2020) == 2030)
        }
    }

    // Paper Sec. 2.1: "Even when looking at best and worst case scenarios, the intersection points only move back or
    // forward by no more than one year". Exact: |year(best or worst) − year(best guess)| ≤ 1 for every line.
    @Test func scenariosWithinOneYear() throws {
        for preset in [TrendPreset.paperStated, .paperCalibrated] {
            let m = TrendModel(preset: preset)
            for line in SpendingLines.all {
                let guess = try #require(m.crossingYear(.bestGuess, line: line, from: 2020))
                for s in [ProjectionScenario.bestCase, .worstCase] {
                    let y = try #require(m.crossingYear(s, line: line, from: 2020))
                    #expect(abs(y - guess) <= 1, "\(preset) \(s) \(line.id): \(y) vs \(guess)")
                }
            }
        }
    }

    // The definition: the crossing year is the first with cost ≥ line, so the year before is below the line.
    @Test func crossingIsFirstYearAtOrAbove() throws {
        let m = TrendModel(preset: .paperStated)
        for x in m.crossovers(lines: SpendingLines.all, from: 2020) {
            let y = try #require(x.year)
            let line = try #require(SpendingLines.all.first { $0.id == x.lineID })
            #expect(m.gpuCost(x.scenario, year: y) >= line.value(year: y))
            #expect(m.gpuCost(x.scenario, year: y - 1) < line.value(year: y - 1))
        }
        // A line that is never reached gives nil.
        let huge = SpendingLine(
            id: "huge", name: "huge", baseYear: 2020, baseValue: .dollars(1e30), annualGrowth: 10,
            source: "test", assumption: "test")
        #expect(m.crossingYear(.bestGuess, line: huge, from: 2020) == nil)
    }

    // Cloud basis crosses no later than GPU basis (cloud = 4.8 × GPU); framework.md §2.3: 1% GDP at 2029 on cloud cost.
    @Test func cloudBasis() {
        let m = TrendModel(preset: .paperStated)
        #expect(m.crossingYear(.bestGuess, line: SpendingLines.onePercentUSGDP, basis: .cloud, from: 2020) == 2029)
    }

    // Never inf silently: a growth that overflows Double within the range is a user error naming the field.
    @Test func overflowIsAnError() throws {
        var c = TrendConstants()
        c.parameterGrowth = 100
        let m = try TrendModel(constants: c)
        #expect { try Projection(model: m, years: 2020...2100) } throws: { ($0 as? InputError)?.field == "to" }
        #expect(try Projection(model: m, years: 2020...2030).points.count == 33)
    }
}
