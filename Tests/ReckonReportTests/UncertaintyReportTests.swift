import Foundation
import Testing
import ReckonAnalysis
import ReckonInput
@testable import ReckonReport

@Suite struct UncertaintyReportTests {
    static func outcome(sensitivity: Bool = false, failures: Bool = true) throws -> UncertainOutcome {
        var values: [String: InputValue] = ["mfu": .text("0.3..0.5"), "gpus": .text("800..1200")]
        if !failures { values["no_failures"] = .flag(true) }
        return try TrainUncertainty.run(
            InputFields(values, origin: "test"),
            samples: 500, seed: 3, sensitivity: sensitivity)
    }

    /// JSON: one {p5 … mean} object per field, the documented extras, and the tornado with sensitivity.
    @Test func jsonShape() throws {
        let o = try Self.outcome(sensitivity: true)
        let text = UncertaintyReport.render(o, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for f in o.outputs { #expect((object[f.key] as? [String: Double])?.count == 6) }
        for key in ["samples", "seed", "samples_defaulted", "method", "inputs", "notes", "sensitivity"] {
            #expect(object[key] != nil, "\(key)")
        }
        let sensitivity = try #require(object["sensitivity"] as? [String: Any])
        #expect(sensitivity["field"] as? String == "cost_usd")
        #expect((sensitivity["tornado"] as? [[String: Any]])?.count == 2)
    }

    /// CSV: a header, one row per field, samples, seed and the run's notes on every row (issue 12: clamped draws
    /// are said in every format).
    @Test func csvRows() throws {
        let o = try Self.outcome()
        let lines = UncertaintyReport.render(o, format: .csv).split(separator: "\n")
        #expect(lines.first == "field,unit,p5,p25,p50,p75,p95,mean,samples,seed,notes")
        #expect(lines.count == o.outputs.count + 1)
        let notes = Table.csvField(o.notes.joined(separator: " | "))
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",500,3," + notes) })
    }

    /// Without failures the GPU count does not change the rental cost (GPU-hours are fixed by the compute): its
    /// swing prints as $0, not as rounding noise, and it ranks below MFU.
    @Test func tornadoTextRanksAndCleansNoise() throws {
        let text = UncertaintyReport.render(try Self.outcome(sensitivity: true, failures: false), format: .text)
        let tornado = try #require(text.components(separatedBy: "Tornado for cost_usd").last)
        let gpusLine = try #require(tornado.split(separator: "\n").first { $0.contains("gpus") })
        #expect(gpusLine.hasSuffix("$0"))
        #expect(
            try #require(tornado.range(of: "mfu")).lowerBound < (try #require(tornado.range(of: "gpus"))).lowerBound)
    }

    /// With failures (the default) more GPUs mean more interrupts: the GPU count's swing is positive, and small
    /// next to MFU's (the failure overhead moves by well under 1% between 800 and 1,200 GPUs).
    @Test func gpuCountMovesCostThroughFailures() throws {
        let o = try Self.outcome(sensitivity: true)
        let tornado = try #require(o.tornado)
        let cost = TrainUncertainty.outputs.first { $0.key == "cost_usd" }!.column
        let gpus = try #require(o.inputs.firstIndex { $0.key == "gpus" })
        let mfu = try #require(o.inputs.firstIndex { $0.key == "mfu" })
        func swing(_ j: Int) -> Double { tornado.swings[j].swing(cost) }
        #expect(swing(gpus) > 0)
        #expect(swing(gpus) < 0.05 * swing(mfu))
    }
}
