import Testing
import ReckonReport

@Suite struct ServingCostSectionTests {
    @Test func sectionComputesEveryRow() {
        let s = ServingCostSection.section()
        // Four `reckon infer` cases + the davinci API row + the seed-002 rental yardstick, none failed.
        #expect(s.table.rows.count == ServingCostSection.cases.count + 2)
        #expect(!s.notes.contains { $0.contains("not computed") })
        #expect(s.headline.contains("per million output tokens"))
        #expect(s.notes.contains { $0.contains("twitter-1pct-year") })
        #expect(SummaryReport.sections().contains { $0.id == "serving-cost" })
    }
}
