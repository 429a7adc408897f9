import Testing
import ReckonCore

struct PlanInfeasibilityTests {
    /// Megatron 1T shape (Narayanan et al. 2021 Table 1): 128 layers, h 25600, 160 heads.
    let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)

    @Test("a plan that does not fit in HBM is rejected with the reason and the sizes")
    func outOfMemory() throws {
        let problem = try PlanProblem(shape: shape, hardware: .a100SXM80GB, gpus: 64, globalBatch: 64)
        // TP 8 × DP 8, no pipeline: each GPU holds 1/8 of ~1T parameters at 16 bytes ≈ 2 TB — far over 72 GB.
        let plan = ParallelPlan(tp: 8, pp: 1, dp: 8, microbatch: 1, recompute: .full)
        #expect(throws: PlanInfeasibility.self) { try StepTimeModel.evaluate(plan: plan, problem: problem) }
        do {
            _ = try StepTimeModel.evaluate(plan: plan, problem: problem)
        } catch {
            guard case let .outOfMemory(needed, available) = error else {
                Issue.record("expected outOfMemory, got \(error)"); return
            }
            #expect(needed > 1e12 && available == 72e9) // 80 GB less the 10% headroom of the preset
            #expect(error.description.contains("GB per GPU"))
        }
    }

    @Test("structural rules are checked and named")
    func structural() throws {
        let problem = try PlanProblem(shape: shape, hardware: .a100SXM80GB, gpus: 4096, globalBatch: 4096)
        // 160 heads: TP 3 does not divide them.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 3, pp: 1, dp: 4096 / 3), problem: problem)
            == .tensorParallelDoesNotDivideHeads(tp: 3, heads: 160, kvHeads: 160))
        // TP 16 exceeds the 8-GPU NVLink domain.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 16, pp: 1, dp: 256), problem: problem)
            == .tensorParallelExceedsScaleUpDomain(tp: 16, domain: 8))
        // PP 3 does not divide 128 layers.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 3, dp: 1), problem: problem)?.field == "pp")
        // 8 × 64 × 4 = 2048 ≠ 4096 GPUs.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 64, dp: 4), problem: problem)
            == .gpuCountMismatch(planGPUs: 2048, gpus: 4096))
        // The published-style plan is structurally fine.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 64, dp: 8, microbatch: 1, recompute: .full),
                                        problem: problem) == nil)
    }
}

/// A shape whose heads do not divide the hidden size has no head width: rejected, naming `heads`.
@Test func headsMustDivideTheHiddenSize() {
    let shape = TransformerShape(layers: 2, hidden: 64, heads: 3, vocabulary: 100, sequenceLength: 16)
    do {
        _ = try PlanProblem(shape: shape, hardware: .a100SXM80GB, gpus: 6, globalBatch: 6)
        Issue.record("64 is not divisible by 3 heads")
    } catch let error as InputError {
        #expect(error.field == "heads")
    } catch {
        Issue.record("unexpected \(error)")
    }
}
