import Testing
import ReckonCore
@testable import ReckonInput

@Suite struct ProjectRequestTests {
    func resolve(_ values: [String: InputValue]) throws -> ProjectRequest.Resolved {
        try ProjectRequest.resolve(InputFields(values, origin: "test"))
    }

    // Default preset paper-calibrated: 2028 best guess $19.0B (framework.md §2.3, paper "$19B"). ±5% as in target 6.
    @Test func defaultsReproduceThePaper() throws {
        let r = try resolve([:])
        #expect(r.preset == .paperCalibrated)
        #expect(r.projection.years == 2020...2035)
        let p = try #require(r.projection.point(.bestGuess, year: 2028))
        #expect(abs(p.gpuCost.value / 19.0e9 - 1) < 0.05)
        #expect(r.projection.points.count == 3 * 16)
        #expect(r.assumptions.contains { $0.key == "installed_base_usd" })
    }

    // Every constant is a field: param_growth 2.0 → P(2025) = 1.8e12 · 2² = 7.2e12 (hand arithmetic, exact).
    @Test func constantsAreOverridable() throws {
        let r = try resolve([
            "param_growth": .number(2), "preset": .text("paper-stated"), "from": .number(2024), "to": .text("2026"),
            "guess_experts_per_year": .number(0), "it_spending_growth": .number(1),
        ])
        #expect(r.projection.model.parameters(year: 2025).value == 7.2e12)
        #expect(r.projection.model.experts(.bestGuess, year: 2026) == 9)
        #expect(r.projection.years == 2024...2026)
        #expect(r.projection.lines.first { $0.id == "it-spending" }?.annualGrowth == 1)
        #expect(r.projection.model.constants.source.contains("param_growth"))
    }

    @Test func badInputNamesTheField() {
        let cases: [([String: InputValue], String)] = [
            (["param_growth": .number(-2)], "param_growth"),
            (["price_perf_doubling_years": .text("soon")], "price_perf_doubling_years"),
            (["preset": .text("paper-stat")], "preset"),
            (["from": .number(2030), "to": .number(2020)], "to"),
            (["installed_base_usd": .number(0)], "installed_base_usd"),
            (["cloud_ratio": .number(.infinity)], "cloud_ratio"),
            (["param_grwth": .number(2)], "param_grwth"),
        ]
        for (values, field) in cases {
            #expect { try resolve(values) } throws: { ($0 as? InputError)?.field == field }
        }
    }
}

/// The compute-doubling flags reach the output: price-performance doubling (2.46 y = 29.5 months) is
/// 29.5 / 7 = 4.2× and 29.5 / 4 = 7.4× slower than compute (by hand; paper Sec. 2: "4x-7x slower"), and
/// `--compute-doubling-months 6` makes the second 29.5 / 6 = 4.9×.
@Test func computeDoublingFlagsReachTheNotes() throws {
    let standard = try ProjectRequest.resolve(InputFields([:], origin: "test")).notes.joined()
    #expect(standard.contains("4.2× slower") && standard.contains("7.4× slower"))
    let changed = try ProjectRequest.resolve(InputFields(["compute_doubling_months": .number(6)], origin: "test")).notes
        .joined()
    #expect(changed.contains("4.9× slower"))
}
