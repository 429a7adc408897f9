import ReckonCatalog
import ReckonCore
import ReckonInput
import Testing
@testable import ReckonReport

/// `reckon compare`: the same JSON as each command, and ratios that follow from the formulas.
@Suite struct ComparisonTests {
    static func train(_ fields: [String: InputValue]) -> InputFields { InputFields(fields, origin: "test") }

    /// Twice the GPUs at a fixed MFU without failures: compute C = 6ND is unchanged, time halves
    /// (time = C / (GPUs × peak × MFU)), accelerator-hours and rental cost are unchanged.
    @Test func doublingTheGPUsHalvesTheTimeAndKeepsTheCost() throws {
        let base: [String: InputValue] = [
            "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "mfu": .number(0.4),
            "no_failures": .flag(true),
        ]
        var twice = base
        twice["gpus"] = .number(2048)
        let c = try Comparison.run(
            command: "train",
            scenarios: [
                ("a", Self.train(base.merging(["gpus": .number(1024)]) { $1 })),
                ("b", Self.train(twice)),
            ])
        func ratio(_ key: String) -> Double? { c.outputRows.first { $0.key == key }?.ratios[1] }
        #expect(ratio("compute_flop") == 1)
        #expect(abs(ratio("wall_clock_days")! - 0.5) < 1e-12)
        #expect(abs(ratio("accelerator_hours")! - 1) < 1e-12)
        #expect(abs(ratio("cost_usd")! - 1) < 1e-12)
        #expect(c.inputRows.first { $0.key == "gpus" }?.differs == true)
        #expect(c.inputRows.first { $0.key == "model" }?.differs == false)
    }

    /// Each scenario's output is exactly the analysis's JSON for its fields.
    @Test func outputsAreTheCommandsJSON() throws {
        let a = Self.train(["gpu": .text("a100-80gb")])
        let b = Self.train(["gpu": .text("h100-sxm")])
        let c = try Comparison.run(command: "train", scenarios: [("a", a), ("b", b)])
        let analysis = try #require(Analyses.named("train"))
        #expect(c.scenarios[0].output == (try analysis.jsonResult(a, .builtin)))
        #expect(c.scenarios[1].output == (try analysis.jsonResult(b, .builtin)))
        let json = CompareReport.render(c, format: .json)
        #expect(json.contains("\"ratios\"") && json.contains("\"differs\": true"))
        let csv = CompareReport.render(c, format: .csv)
        #expect(csv.hasPrefix("output,a,b,ratio_b\n"))
    }

    @Test(arguments: Comparison.commands) func everyCommandCompares(_ command: String) throws {
        let scenarios = try #require(ComparePage.examples[command])
        let c = try Comparison.run(
            command: command,
            scenarios: scenarios.enumerated().map {
                (name: "s\($0.offset)", fields: InputFields($0.element.mapValues { .text($0) }, origin: "test"))
            })
        #expect(c.outputRows.filter(\.isNumeric).count >= 5)
        #expect(c.outputRows.contains { $0.differs })
        let text = CompareReport.render(c, format: .text)
        #expect(text.contains("A = s0") && text.contains("B ÷ A"))
        #expect(CompareReport.chart(c).bars.count >= 4)
    }

    @Test func badComparisonsAreRefusedByName() {
        #expect(throws: InputError.self) { try Comparison.run(command: "plan", scenarios: []) }
        #expect(throws: InputError.self) { try Comparison.run(command: "train", scenarios: [("a", InputFields())]) }
        #expect(throws: InputError.self) {
            try Comparison.run(
                command: "train", scenarios: [("a", InputFields()), ("b", Self.train(["mfu": .number(3)]))])
        }
    }
}
