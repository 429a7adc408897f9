import Testing
@testable import ReckonReport

/// The main report's plan section: one row per modelled published run, with the errors `reckon validate` reports.
@Suite struct PlanSectionTests {
    @Test func everyModelledRunIsListedWithItsError() {
        let section = PlanSection.section()
        let modelled = Validation.run().filter { $0.predicted != nil }
        #expect(section.table.rows.count == modelled.count)
        #expect(section.headline.contains("on \(modelled.count) published runs"))
        // Megatron Table 1 (calibration, issue 5's bound): every row within 10%.
        for r in modelled where r.validationCase.suite == GroundTruth.megatronSuite {
            #expect(abs(r.error!) <= 0.10, "\(r.validationCase.label): \(r.error!)")
        }
    }
}
