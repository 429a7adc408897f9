import Foundation
import Testing
import ReckonAnalysis
import ReckonCore
import ReckonInput
@testable import ReckonReport

/// `reckon validate`: the development rows reproduce within each suite's stated tolerance with the one global set
/// of constants, every row is reported, and the fitted constants are the fit.
@Suite struct ValidationTests {
    /// Every case, predicted once for the whole suite of tests.
    static let results = Validation.run()

    @Test func summaryIsMedianAndMaxOfAbsoluteErrors() {
        // Hand-made errors −10%, +2%, +5%, −1%: |e| sorted 1, 2, 5, 10 → median (2+5)/2 = 3.5%, max 10%.
        let base = GroundTruth.megatron[0]
        let results =
            [0.9, 1.02, 1.05, 0.99].map { factor -> ValidationResult in
                ValidationResult(validationCase: base, predicted: base.published * factor, plan: nil)
            } + [ValidationResult(validationCase: base, predicted: nil, plan: nil)]
        let s = Validation.errorSummary(results)
        #expect(s.count == 4 && s.withoutPrediction == 1)
        #expect(abs(s.median - 0.035) < 1e-12 && abs(s.max - 0.10) < 1e-12)
    }

    /// The suites whose rows the constants were fitted on, each held to its stated tolerance.
    static let calibrationSuites = [
        GroundTruth.megatronSuite, GroundTruth.trainingRunsSuite, "NeMo 24.07 perf summary", "NeMo long-sequence CP",
        "Megatron-Bridge perf summary 25.11", "torchtitan docs/performance.md",
        "torchtitan community benchmark (Trainy/WhiteFiber)",
    ]

    @Test(
        "dense calibration rows of each suite within the suite's tolerance (median and every row)",
        arguments: calibrationSuites)
    func suiteWithinTolerance(suite: String) {
        let rows = Self.results.filter {
            $0.validationCase.suite == suite && $0.validationCase.calibration && !$0.validationCase.isMixtureOfExperts
        }
        let tolerance = Validation.tolerance(suite: suite)
        #expect(!rows.isEmpty)
        for r in rows {
            let e = r.error.map { String(format: "%+.1f%%", $0 * 100) } ?? "no prediction: \(r.reason ?? "")"
            print("\(suite) | \(r.validationCase.id): \(e) \(r.plan?.summary ?? "")")
            // A calibration row always has a prediction: no false "out of memory" for a run that did run.
            #expect(r.predicted != nil, "\(r.validationCase.id): \(r.reason ?? "")")
            if let err = r.error { #expect(abs(err) <= tolerance.row, "\(r.validationCase.id): \(err)") }
        }
        let s = Validation.errorSummary(rows)
        #expect(s.median <= tolerance.median, "\(suite): median \(s.median)")
    }

    @Test("MoE calibration rows (Megatron-Bridge 25.11 and 25.09) within the MoE tolerance, with the dense constants")
    func moeWithinTolerance() {
        let rows = Self.results.filter { $0.validationCase.calibration && $0.validationCase.isMixtureOfExperts }
        #expect(rows.count >= 15)
        let tolerance = Validation.moeTolerance
        for r in rows {
            let e = r.error.map { String(format: "%+.1f%%", $0 * 100) } ?? "no prediction: \(r.reason ?? "")"
            print("MoE | \(r.validationCase.id): \(e) \(r.plan?.summary ?? "")")
            #expect(r.predicted != nil, "\(r.validationCase.id): \(r.reason ?? "")")
            if let err = r.error { #expect(abs(err) <= tolerance.row, "\(r.validationCase.id): \(err)") }
            #expect(Validation.tolerance(for: r.validationCase) == tolerance)
        }
        #expect(Validation.errorSummary(rows).median <= tolerance.median)
        // Every MoE row the development set prints a plan for is modelled: DeepSeek-V3 (MLA, shared experts, dense
        // leading layers), GPT-OSS, Qwen3, and the Mixtral row of the Megatron-Core MoE README.
        for id in ["MB2511-12", "MB2511-13", "MB2511-19", "MB2509-H100-DSV3", "MCORE-MOE-MIXTRAL-v08"] {
            let r = Self.results.first { $0.validationCase.id == id }
            #expect(r?.predicted != nil, "\(id): \(r?.reason ?? "missing")")
        }
    }

    @Test("every dense row of the development set that can be modelled has a plan that fits (no false out of memory)")
    func noFalseOutOfMemory() {
        for r in Self.results where r.validationCase.notModelled == nil && r.validationCase.shape?.experts == 1 {
            #expect(r.predicted != nil, "\(r.validationCase.id): \(r.reason ?? "")")
        }
    }

    @Test("every row is reported, modelled or not, in text, JSON, CSV and Markdown, with its reason when not")
    func everyRowReported() throws {
        #expect(Self.results.count == GroundTruth.all.count && GroundTruth.all.count == 19 + 91)
        for r in Self.results { #expect(r.predicted != nil || r.reason != nil, "\(r.validationCase.id)") }
        let csv = ValidationReport.render(Self.results, format: .csv)
        for c in GroundTruth.all { #expect(csv.contains(c.label), "\(c.id) missing from the CSV") }
        let json = ValidationReport.render(Self.results, format: .json)
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((decoded["cases"] as? [Any])?.count == GroundTruth.all.count)
        #expect((decoded["suites"] as? [Any])?.count == Validation.bySuite(Self.results).count)
        let text = ValidationReport.render(Self.results, format: .text)
        #expect(text.contains("median |error|") && text.contains("max |error|") && text.contains("Residual interval"))
        #expect(text.contains("not modelled: NVFP4 training"))
        #expect(text.contains("Residual interval, MoE plans"))
        let markdown = ValidationReport.render(Self.results, format: .markdown)
        for (suite, _) in Validation.bySuite(Self.results) { #expect(markdown.contains("### \(suite)")) }
    }

    @Test("the residual interval comes from the dense calibration rows and brackets 90% of them; MoE plans get theirs")
    func residualInterval() throws {
        let interval = try #require(Validation.residualInterval(Self.results))
        let calibration = Self.results.filter { $0.validationCase.calibration && !$0.validationCase.isMixtureOfExperts }
            .compactMap(\.ratio)
        #expect(interval.rows == calibration.count && interval.rows >= 40)
        #expect(interval.lowRatio < 1 && interval.highRatio > 1)
        let inside = calibration.filter { $0 >= interval.lowRatio && $0 <= interval.highRatio }.count
        #expect(Double(inside) >= 0.85 * Double(calibration.count))
        #expect(Validation.defaultInterval == interval, "update ResidualInterval.planModel to \(interval)")
        let moe = try #require(Validation.residualInterval(Self.results, moe: true))
        #expect(Validation.moeInterval == moe, "update ResidualInterval.moePlanModel to \(moe)")
        #expect(moe.rows >= 15 && moe.lowRatio < 1 && moe.highRatio > 1)
        #expect(moe.description.contains("mixture-of-experts"))
    }

    @Test("the preset's fitted constants are a local optimum of the calibration loss (each ±3% is no better)")
    func presetIsTheFit() {
        let cases = GroundTruth.all.filter(\.calibration)
        func loss(_ c: StepTimeConstants) -> Double {
            let terms = Validation.run(
                cases,
                constants: c
            ).map { r in r.predicted.map { abs(log($0 / r.validationCase.published)) } ?? 1 }
            return terms.reduce(0, +) / Double(terms.count)
        }
        let preset = StepTimeConstants.default
        let base = loss(preset)
        let keys: [WritableKeyPath<StepTimeConstants, Double>] = [
            \.gemmPeakEfficiency, \.fp8GemmEfficiency, \.attentionEfficiency, \.elementwiseTrafficPerActivationByte,
            \.moeLayerHostSeconds, \.groupedGemmEfficiency,
        ]
        for key in keys {
            for factor in [0.97, 1.03] {
                var c = preset
                c[keyPath: key] *= factor
                // 1e-4: the loss is a mean of |log| errors near 0.1; a real improvement of a 3% step is larger.
                #expect(loss(c) >= base - 1e-4, "\(key) × \(factor) improves the fit")
            }
        }
    }

    @Test("validate --framework keeps the rows of one framework profile; an unknown one is refused by name")
    func frameworkFilter() throws {
        let old = try ValidateRequest.cases(InputFields(["framework": .text("megatron-lm-2021")], origin: "test"))
        #expect(old.count == 10 && old.allSatisfy { $0.suite == GroundTruth.megatronSuite })
        let titan = try ValidateRequest.cases(InputFields(["framework": .text("torchtitan")], origin: "test"))
        #expect(!titan.isEmpty && titan.allSatisfy { $0.framework.id == "torchtitan" })
        #expect(try ValidateRequest.cases(InputFields()).count == GroundTruth.all.count)
        #expect(throws: InputError.self) {
            try ValidateRequest.cases(InputFields(["framework": .text("torchtitn")], origin: "test"))
        }
    }
}
