import Foundation
import Testing
import ReckonAnalysis
import ReckonCore
import ReckonInput
@testable import ReckonReport

@Suite struct PlanReportTests {
    func result() throws -> (PlanRequest.Resolved, PlanSearchResult) {
        let r = try PlanRequest.resolve(
            InputFields(
                [
                    "model": .text("megatron-145b"), "gpus": .number(1536),
                    "global_batch": .number(2304), "top": .number(3),
                ], origin: "test"))
        return (r, try PlanRequest.search(r))
    }

    @Test func jsonHasTheDocumentedFieldsBestFirst() throws {
        let (r, s) = try result()
        let text = PlanReport.render(r, s, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["evaluated"] as? Double == Double(s.evaluated))
        #expect(object["feasible"] as? Double == Double(s.feasible))
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.count == 3)
        for key in [
            "tp", "pp", "dp", "ep", "interleave", "microbatch", "recompute", "zero_stage", "step_seconds",
            "tokens_per_second", "tflops_per_gpu", "mfu", "hfu", "memory_per_gpu_bytes", "breakdown",
        ] {
            #expect(plans[0][key] != nil, "missing \(key)")
        }
        let steps = plans.compactMap { $0["step_seconds"] as? Double }
        #expect(steps == steps.sorted())
        // The breakdown parts add up to the step (same numbers, serialized).
        let parts = try #require(plans[0]["breakdown"] as? [String: Double])
        #expect(abs(parts.values.reduce(0, +) / steps[0] - 1) < 1e-9)
    }

    @Test("every plan carries mfu_interval and step_seconds_interval from the residuals of reckon validate")
    func intervals() throws {
        let (r, s) = try result()
        let object = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    PlanReport.render(
                        r, s,
                        format: .json
                    ).utf8))
                as? [String: Any])
        let interval = try #require(Validation.defaultInterval)
        #expect(object["interval_source"] as? String == interval.description)
        #expect(object["framework"] as? String == "megatron-core")
        for plan in try #require(object["plans"] as? [[String: Any]]) {
            let mfu = try #require(plan["mfu"] as? Double)
            let step = try #require(plan["step_seconds"] as? Double)
            let mfuBand = try #require(plan["mfu_interval"] as? [String: Double])
            let stepBand = try #require(plan["step_seconds_interval"] as? [String: Double])
            #expect(abs(mfuBand["p5"]! / (mfu * interval.lowRatio) - 1) < 1e-12)
            #expect(abs(mfuBand["p95"]! / (mfu * interval.highRatio) - 1) < 1e-12)
            #expect(stepBand["p5"]! < step && step < stepBand["p95"]!)
        }
        #expect(PlanReport.render(r, s, format: .text).contains("MFU ("))
    }

    @Test func textAndCSV() throws {
        let (r, s) = try result()
        let text = PlanReport.render(r, s, format: .text)
        #expect(text.contains("plans evaluated") && text.contains("Step-time breakdown"))
        let csv = PlanReport.render(r, s, format: .csv)
        #expect(csv.split(separator: "\n").count == 4)  // header + 3 plans
    }
}
