import Testing
import ReckonAnalysis
import ReckonCore
@testable import ReckonInput

/// `reckon plan --cp N`: the key is read into the constraints, and an impossible CP is explained.
@Suite struct PlanRequestContextParallelTests {
    func resolve(_ values: [String: InputValue]) throws -> PlanRequest.Resolved {
        try PlanRequest.resolve(InputFields(values, origin: "test"))
    }

    @Test func cpIsAConstraint() throws {
        let r = try resolve([
            "model": .text("megatron-1t"), "gpus": .number(4096), "global_batch": .number(64),
            "seq_len": .number(8192), "cp": .number(4),
        ])
        #expect(r.constraints.cp == 4)
        let result = try PlanRequest.search(r)
        #expect(!result.plans.isEmpty && result.plans.allSatisfy { $0.plan.cp == 4 })
        #expect(try resolve(["model": .text("megatron-1t"), "gpus": .number(8)]).constraints.cp == nil)
        #expect { try resolve(["model": .text("megatron-1t"), "gpus": .number(8), "cp": .number(0)]) } throws: {
            ($0 as? InputError)?.field == "cp"
        }
    }

    @Test func fixedPlanWithIndivisibleSequenceSaysWhy() throws {
        // 2,000 tokens = 62·32 + 16: the load-balanced causal split needs 2·CP = 32 equal chunks.
        let r = try resolve([
            "model": .text("megatron-1t"), "gpus": .number(4096), "global_batch": .number(16),
            "seq_len": .number(2000), "tp": .number(8), "cp": .number(16), "pp": .number(32),
        ])
        #expect { try PlanRequest.search(r) } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.field == "cp" && (e.hint ?? "").contains("sequence length 2000 is not divisible by 2·CP = 32")
        }
    }
}
