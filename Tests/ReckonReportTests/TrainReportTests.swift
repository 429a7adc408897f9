import Foundation
import ReckonAnalysis
import ReckonInput
import Testing
@testable import ReckonReport

/// `reckon train` without `--mfu` carries the plan model's error bars: the MFU and every figure that scales with
/// 1/MFU get the p5–p95 of the residual interval (issue 18).
@Suite struct TrainReportTests {
    static func json(_ fields: [String: String]) throws -> [String: Any] {
        let input = InputFields(fields.mapValues { .text($0) }, origin: "test")
        let text = TrainReport.render(try TrainRequest.resolve(input), format: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func band(_ object: [String: Any], _ key: String) throws -> (p5: Double, p95: Double) {
        let b = try #require(object[key] as? [String: Double], "\(key) missing")
        return (try #require(b["p5"]), try #require(b["p95"]))
    }

    @Test("without --mfu: MFU × q₅…q₉₅ and days, GPU-hours, costs ÷ q₉₅…q₅ of the stored residual interval")
    func predictedMFUCarriesTheResidualInterval() throws {
        let j = try Self.json(["model": "llama-2-70b", "gpu": "h100-sxm", "gpus": "1024"])
        let i = ResidualInterval.planModel
        let mfu = try #require(j["mfu"] as? Double)
        let m = try Self.band(j, "mfu_interval")
        // JSON keeps 15 significant digits: compare to 1e-13.
        func close(_ a: Double, _ b: Double) -> Bool { abs(a / b - 1) < 1e-13 }
        #expect(close(m.p5, mfu * i.lowRatio) && close(m.p95, mfu * i.highRatio))
        let pairs = [
            ("wall_clock_days", "wall_clock_days_interval"), ("accelerator_hours", "accelerator_hours_interval"),
            ("cost_usd", "cost_usd_interval"), ("ownership_cost_usd", "ownership_cost_usd_interval"),
        ]
        for (value, interval) in pairs {
            let x = try #require(j[value] as? Double)
            let b = try Self.band(j, interval)
            #expect(close(b.p5, x / i.highRatio) && close(b.p95, x / i.lowRatio), "\(interval)")
            #expect(b.p5 < x && x < b.p95)
        }
        #expect(j["interval_source"] as? String == i.description)
        let text = TrainReport.render(
            try TrainRequest.resolve(
                InputFields(
                    ["model": .text("llama-2-70b")],
                    origin: "test")), format: .text)
        #expect(text.contains("p5–p95 of the residuals of \(i.rows) published dense runs"), "\(text)")
    }

    @Test("a given --mfu is the user's: no interval")
    func givenMFUHasNoInterval() throws {
        let j = try Self.json(["model": "gpt-3", "gpu": "h100-sxm", "gpus": "1024", "mfu": "0.4"])
        for key in ["mfu_interval", "wall_clock_days_interval", "cost_usd_interval", "interval_source"] {
            #expect(j[key] is NSNull, "\(key) should be null")
        }
    }

    @Test("an MFU whose p95 would pass 1 is capped there, and so is the shortest duration")
    func cappedAtPeak() {
        let i = ResidualInterval.planModel.capped(mfu: 0.95)
        #expect(i.highRatio == 1 / 0.95)
        #expect(abs(i.throughput(0.95).p95 - 1) < 1e-15)
        #expect(ResidualInterval.planModel.capped(mfu: 0.5) == .planModel)
    }
}
