import Foundation
import Testing

/// `reckon plan` and `reckon validate` as a user runs them.
@Suite struct PlanCLITests {
    @Test func planJSON() throws {
        let r = try CLITests.run([
            "plan", "--model", "megatron-1t", "--gpus", "3072", "--global-batch", "3072", "--top", "2", "--format",
            "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.count == 2)
        #expect((object["evaluated"] as? Double ?? 0) >= (object["feasible"] as? Double ?? 0))
    }

    @Test func planByShapeWithEveryPartFixedIsOnePlan() throws {
        let r = try CLITests.run([
            "plan", "--layers", "128", "--hidden", "25600", "--heads", "160", "--vocab", "51200", "--seq-len", "2048",
            "--gpus", "3072", "--global-batch", "3072", "--tp", "8", "--pp", "64", "--interleave", "2",
            "--microbatch", "1", "--recompute", "full", "--zero", "0", "--sequence-parallel", "false", "--format",
            "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["evaluated"] as? Double == 1)
    }

    @Test func infeasiblePlanExitsWithTheReason() throws {
        let r = try CLITests.run([
            "plan", "--model", "megatron-1t", "--gpus", "3072", "--global-batch", "3072", "--tp", "8", "--pp", "1",
            "--microbatch", "1", "--recompute", "full", "--zero", "0", "--interleave", "1", "--sequence-parallel",
            "false",
        ])
        #expect(r.status != 0)
        #expect(r.err.hasPrefix("error: invalid ") && r.err.contains("GB per GPU"))
    }

    @Test func validatePrintsTheSummary() throws {
        let r = try CLITests.run(["validate"])
        #expect(r.status == 0)
        #expect(
            r.out.contains("Megatron-LM Table 1") && r.out.contains("median |error|")
                && r.out.contains("Residual interval"))
    }
}
