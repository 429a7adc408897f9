import Testing
@testable import ReckonAnalysis
import ReckonCore

struct PlanSearchTests {
    /// Megatron 1T shape (Narayanan et al. 2021 Table 1) on 4,096 A100 80GB, batch 4,096 (issue 5).
    var problem: PlanProblem {
        get throws {
            try PlanProblem(shape: TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200,
                                                    sequenceLength: 2048),
                            hardware: .a100SXM80GB, gpus: 4096, globalBatch: 4096)
        }
    }

    @Test("exhaustive 1T / 4,096-GPU search: sorted, feasible, valid, and the same on 1 or 2 threads")
    func exhaustive() throws {
        let p = try problem
        let two = PlanSearch.run(problem: p, top: 10, threads: 2)
        let one = PlanSearch.run(problem: p, top: 10, threads: 1)
        #expect(two.plans.count == 10)
        #expect(two.evaluated == one.evaluated && two.feasible == one.feasible)
        #expect(two.plans.map(\.plan) == one.plans.map(\.plan))
        #expect(two.feasible > 0 && two.feasible < two.evaluated)
        for (a, b) in zip(two.plans, two.plans.dropFirst()) {
            #expect(a.estimate.stepSeconds <= b.estimate.stepSeconds)
        }
        for ranked in two.plans {
            #expect(PlanInfeasibility.check(plan: ranked.plan, problem: p) == nil)
            #expect(ranked.estimate.fitsInMemory)
            #expect(ranked.estimate.mfu > 0 && ranked.estimate.mfu < 1)
        }
    }

    @Test("fixing every axis evaluates exactly that one plan")
    func fullyFixed() throws {
        let p = try problem
        let fixed = PlanConstraints(tp: 8, pp: 64, interleave: 2, microbatch: 1, sequenceParallel: true,
                                    recompute: .selective, zeroStage: 1)
        let result = PlanSearch.run(problem: p, constraints: fixed, top: 3)
        #expect(result.evaluated == 1)
        let only = try #require(result.plans.first)
        #expect(only.plan == ParallelPlan(tp: 8, pp: 64, interleave: 2, dp: 8, sequenceParallel: true, microbatch: 1,
                                          recompute: .selective, zeroStage: 1))
        #expect(only.estimate == StepTimeModel.estimate(plan: only.plan, problem: p))
    }

    @Test("an impossible constraint yields no plans, not a crash")
    func impossible() throws {
        let result = PlanSearch.run(problem: try problem, constraints: PlanConstraints(tp: 3), top: 3)
        #expect(result.plans.isEmpty && result.evaluated == 0)
    }

    @Test("divisors are complete and ordered")
    func divisors() {
        #expect(PlanConstraints.divisors(of: 36, fixed: nil) == [1, 2, 3, 4, 6, 9, 12, 18, 36])
        #expect(PlanConstraints.divisors(of: 36, fixed: 5) == [])
        #expect(PlanConstraints.divisors(of: 36, fixed: 12) == [12])
    }
}
