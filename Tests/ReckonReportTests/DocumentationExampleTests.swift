import ReckonCore
import ReckonInput
import Testing
@testable import ReckonReport

/// The code of the DocC article GettingStarted.md (ReckonCore's documentation catalog) compiles and gives what it
/// says: C = 6 × 175e9 × 300e9 = 3.15e23 FLOP, and the JSON of `reckon train`.
@Suite struct DocumentationExampleTests {
    @Test func gettingStartedRuns() throws {
        let fields = InputFields([
            "model": .text("gpt-3"), "gpu": .text("h100-sxm"),
            "gpus": .number(1024), "mfu": .number(0.4),
        ])
        let run = try TrainRequest.resolve(fields)
        let estimate = run.scenario.estimate()
        #expect(estimate.compute.formatted == "3.15e23 FLOP")
        #expect(estimate.wallClock.inDays > 0 && estimate.rentalCost != nil)
        #expect(!estimate.derivation.isEmpty)
        let json = TrainReport.json(
            estimate, assumptions: run.assumptions, notes: run.notes,
            failures: run.failures
        ).rendered()
        #expect(json == (try Analyses.named("train")!.jsonResult(fields, .builtin)).rendered())

        let infer = try #require(Analyses.named("infer"))
        let answer = try infer.jsonResult(
            InputFields(["model": .text("llama-3.1-70b"), "precision": .text("fp8")]),
            .builtin)
        #expect(answer.rendered().contains("\"usd_per_million_output_tokens\""))
    }
}
