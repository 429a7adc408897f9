import Testing
import ReckonAnalysis
import ReckonCore
@testable import ReckonReport

@Suite struct ValidationTests {
    @Test func summaryIsMedianAndMaxOfAbsoluteErrors() {
        // Hand-made errors −10%, +2%, +5%, −1%: |e| sorted 1, 2, 5, 10 → median (2+5)/2 = 3.5%, max 10%.
        let base = GroundTruth.megatron[0]
        let results = [0.9, 1.02, 1.05, 0.99].map { factor -> ValidationResult in
            ValidationResult(validationCase: base, predicted: base.published * factor, plan: nil)
        } + [ValidationResult(validationCase: base, predicted: nil, plan: nil)]
        let s = Validation.summary(results)
        #expect(s.count == 4)
        #expect(abs(s.median - 0.035) < 1e-12 && abs(s.max - 0.10) < 1e-12)
    }

    @Test func megatronCasesWithinTenPercentAndReportRenders() {
        let results = Validation.run(GroundTruth.megatron)
        // Same bound and source as MegatronTable1Tests (issue 5: every Table 1 row within 10%).
        #expect(results.allSatisfy { ($0.error.map(abs) ?? 1) < 0.10 })
        let text = ValidationReport.render(results, format: .text)
        #expect(text.contains("median |error|") && text.contains("max |error|"))
    }

    @Test func everyEmbeddedCaseHasASourceAndAPrediction() {
        for c in GroundTruth.all { #expect(!c.source.isEmpty && c.published > 0) }
        let results = Validation.run(GroundTruth.trainingRuns)
        #expect(results.allSatisfy { $0.predicted != nil })
    }
}
