import Testing
import ReckonCatalog
import ReckonCore

struct PlanInfeasibilityTests {
    /// Megatron 1T shape (Narayanan et al. 2021 Table 1): 128 layers, h 25600, 160 heads.
    let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)

    func problem(
        gpus: Int, batch: Int, framework: FrameworkProfile = FrameworkProfiles.megatronCore,
        hardware: PlanHardware = .a100SXM80GB
    ) throws -> PlanProblem {
        try PlanProblem(shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch, framework: framework)
    }

    @Test("a plan that does not fit in HBM is rejected with the reason and the sizes")
    func outOfMemory() throws {
        let problem = try problem(gpus: 64, batch: 64)
        // TP 8 × DP 8, no pipeline: each GPU holds 1/8 of ~1T parameters at 18 bytes ≈ 2.3 TB — far over 80 GB.
        let plan = ParallelPlan(tp: 8, pp: 1, dp: 8, microbatch: 1, recompute: .full)
        do {
            _ = try StepTimeModel.evaluate(plan: plan, problem: problem)
            Issue.record("a 1T model on 64 GPUs cannot fit")
        } catch {
            guard case let .outOfMemory(needed, available) = error else {
                Issue.record("expected outOfMemory, got \(error)")
                return
            }
            #expect(needed > 1e12 && available == MemoryModel.usableBytes(problem))
            #expect(error.description.contains("GB per GPU"))
        }
    }

    @Test("structural rules are checked and named")
    func structural() throws {
        let problem = try problem(gpus: 4096, batch: 4096)
        // 160 heads: TP 3 does not divide them.
        #expect(
            PlanInfeasibility.check(plan: ParallelPlan(tp: 3, pp: 1, dp: 4096 / 3), problem: problem)
                == .tensorParallelDoesNotDivideHeads(tp: 3, heads: 160, kvHeads: 160))
        // TP 16 spans two NVLink domains: allowed, costed on the scale-out network.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 16, pp: 1, dp: 256), problem: problem) == nil)
        // PP 3 does not divide 128 layers: fine with uneven stages (Megatron-Core), refused by Megatron-LM 2021.
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 3, dp: 1), problem: problem)?.field == "gpus")
        let strict = try self.problem(gpus: 24, batch: 24, framework: FrameworkProfiles.megatronLM2021)
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 3, dp: 1), problem: strict)?.field == "pp")
        // 8 × 64 × 4 = 2048 ≠ 4096 GPUs.
        #expect(
            PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 64, dp: 4), problem: problem)
                == .gpuCountMismatch(planGPUs: 2048, gpus: 4096))
        // The published-style plan is structurally fine.
        #expect(
            PlanInfeasibility.check(
                plan: ParallelPlan(tp: 8, pp: 64, dp: 8, microbatch: 1, recompute: .full),
                problem: problem) == nil)
        // More recomputed layers than a stage has (128/64 = 2).
        #expect(
            PlanInfeasibility.check(
                plan: ParallelPlan(tp: 8, pp: 64, dp: 8, recompute: .full, recomputeLayers: 3),
                problem: problem)
                == .recomputeLayersOutOfRange(
                    recomputeLayers: 3,
                    stageLayers: 2))
    }

    @Test("without a scale-out network, groups must stay in one scale-up domain")
    func noScaleOut() throws {
        var nvl72 = PlanHardware.a100SXM80GB
        nvl72.scaleUpDomain = 72
        nvl72.scaleOutBandwidth = 0
        let p = try problem(gpus: 144, batch: 144, hardware: nvl72)
        let plan = ParallelPlan(tp: 8, pp: 2, dp: 9)
        #expect(
            PlanInfeasibility.check(plan: plan, problem: p)
                == .noScaleOutNetwork(
                    field: "pp", ranks: 2,
                    domain: 72))
        let wideTP = try problem(gpus: 160, batch: 160, hardware: nvl72)
        #expect(
            PlanInfeasibility.check(plan: ParallelPlan(tp: 160, dp: 1), problem: wideTP)
                == .tensorParallelExceedsScaleUpDomain(tp: 160, domain: 72))
    }

    @Test("a feature the framework lacks is refused naming the field (megatron-lm-2021 with CP 2)")
    func frameworkFeature() throws {
        let p = try problem(gpus: 4096, batch: 4096, framework: FrameworkProfiles.megatronLM2021)
        let plan = ParallelPlan(tp: 8, cp: 2, pp: 64, dp: 4)
        let reason = try #require(PlanInfeasibility.check(plan: plan, problem: p))
        #expect(reason.field == "cp")
        #expect(reason.description.contains("megatron-lm-2021"))
        let fsdp = try problem(gpus: 4096, batch: 4096, framework: FrameworkProfiles.fsdp)
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 8, pp: 64, dp: 8), problem: fsdp)?.field == "tp")
        #expect(PlanInfeasibility.check(plan: ParallelPlan(dp: 4096, zeroStage: 1), problem: fsdp)?.field == "zero")
    }
}

/// A shape whose heads do not divide the hidden size has no head width: rejected, naming `heads`.
@Test func headsMustDivideTheHiddenSize() {
    let shape = TransformerShape(layers: 2, hidden: 64, heads: 3, vocabulary: 100, sequenceLength: 16)
    do {
        _ = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 6, globalBatch: 6,
            framework: FrameworkProfiles.megatronCore)
        Issue.record("64 is not divisible by 3 heads")
    } catch let error as InputError {
        #expect(error.field == "heads")
    } catch {
        Issue.record("unexpected \(error)")
    }
}

/// An overlap outside [0, 1] is refused naming its field.
@Test func overlapMustBeAFraction() {
    var profile = FrameworkProfiles.megatronCore
    profile.overlap.gradientReduce = 1.5
    let shape = TransformerShape(layers: 2, hidden: 64, heads: 4, vocabulary: 100, sequenceLength: 16)
    #expect(throws: InputError(field: "dp_overlap", value: "1.5", allowed: "a fraction in [0, 1]")) {
        try PlanProblem(shape: shape, hardware: .a100SXM80GB, gpus: 1, globalBatch: 1, framework: profile)
    }
}
