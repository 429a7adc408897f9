import Testing
@testable import ReckonReport

/// The main report's plan section: one row per published run, and the error bounds `reckon validate` states.
@Suite struct PlanSectionTests {
    @Test func everyPublishedRunHasAPredictionWithinTheStatedBounds() {
        let section = PlanSection.section()
        #expect(section.table.rows.count == GroundTruth.all.count)
        let results = Validation.run()
        #expect(results.allSatisfy { $0.predicted != nil })
        // Bounds reported in the closing note of issue 5: Megatron Table 1 within ±8%, every run within ±30%.
        for r in results {
            let bound = r.validationCase.id.hasPrefix("megatron-") ? 0.08 : 0.30
            #expect(abs(r.error!) <= bound, "\(r.validationCase.label): \(r.error!)")
        }
        #expect(section.headline.contains("on \(results.count) published runs"))
    }
}
