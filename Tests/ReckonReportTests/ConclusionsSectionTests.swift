import Testing
@testable import ReckonReport

/// The default report states the paper's conclusions next to the figures that support them (issue 17, item 7).
@Suite struct ConclusionsSectionTests {
    // Paper Sec. 2.1: the cost crosses the GPU installed base "by 2029" and global IT spending "by 2032" (GPU cost,
    // best guess). Reckon's paper-calibrated reconstruction gives the same years (exact: years are integers).
    @Test func crossingYearsAreThePapers() throws {
        let s = ConclusionsSection.section()
        let installed = try #require(s.table.rows.first { $0[0].contains("installed base") })
        let it = try #require(s.table.rows.first { $0[0].contains("IT spending") })
        #expect(installed[2] == "2029" && it[2] == "2032")
        #expect(s.headline.contains("2029") && s.headline.contains("2032"))
        // Who can pay shrinks as the cost climbs; the equal-quality column is never later than the paper's.
        for row in s.table.rows { #expect((Int(row[3]) ?? 9999) <= (Int(row[2]) ?? 9999)) }
        #expect(s.table.rows.last?[4].hasPrefix("none") == true)
    }

    @Test func reportStartsWithTheConclusions() {
        #expect(SummaryReport.sections().first?.id == "conclusions")
        #expect(SummaryReport.sections().map(\.id).contains("cost-story"))
        #expect(SummaryReport.sections().map(\.id).contains("memory-wall"))
    }
}
