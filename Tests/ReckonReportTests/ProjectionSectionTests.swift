import Testing
@testable import ReckonReport

@Suite struct ProjectionSectionTests {
    // The main report carries the projection's headline numbers: paper-calibrated 2028 = $19B (paper Sec. 2.1) and the
    // crossing years 2029 / 2032 / 2030 (framework.md §6 target 8) for both presets.
    @Test func headlineNumbers() {
        let s = ProjectionSection.section()
        #expect(s.headline.contains("$19B"))
        let years = s.table.rows.suffix(3).map { Array($0.suffix(2)) }
        #expect(years == [["2029", "2029"], ["2032", "2032"], ["2030", "2030"]])
        #expect(SummaryReport.sections().contains { $0.id == "projection" })
    }
}
