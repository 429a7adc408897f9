import Testing
@testable import ReckonAnalysis
import ReckonCatalog
import ReckonCore

struct PlanSearchTests {
    /// Megatron 1T shape (Narayanan et al. 2021 Table 1) on 4,096 A100 80GB, batch 4,096 (issue 5).
    var problem: PlanProblem {
        get throws {
            try PlanProblem(
                shape: TransformerShape(
                    layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200,
                    sequenceLength: 2048),
                hardware: .a100SXM80GB, gpus: 4096, globalBatch: 4096, framework: FrameworkProfiles.megatronCore)
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

    /// The search reuses what does not change within a combination (parameter memory and collectives per ZeRO stage,
    /// a layer's activations per micro-batch, SP and recomputation, the fewest recomputed layers by bisection on the
    /// activations alone) and deals its parts to the threads by weight. None of that may change a number: every plan
    /// it returns must carry exactly the estimate ``StepTimeModel/estimate(plan:problem:)`` computes from scratch, and
    /// the top plans and counts must not depend on the number of threads.
    @Test(
        "the search's reuse and dealing change no number: MoE (FP8, DualPipe and Megatron-Core) and dense",
        arguments: ["megatron-core", "hai-llm", "torchtitan"])
    func reusedPartsMatchEstimatesFromScratch(framework id: String) throws {
        let framework = try #require(FrameworkProfiles.all.first { $0.id == id })
        var shape = try TransformerShape(model: try Catalog.builtin.model("deepseek-v3"), sequenceLength: 4096)
        shape.layers = 13  // 3 dense + 10 MoE layers: every stage kind, small enough for a debug build
        let moe = try PlanProblem(
            shape: shape, hardware: try BuiltinPlanDetails.hardware(for: try Catalog.builtin.accelerator("h800")),
            gpus: 256, globalBatch: 1024, framework: framework)
        var dense = try problem
        dense.framework = framework
        let cases = [
            (moe, PlanConstraints(precision: framework.fp8 ? .fp8 : .bf16)),
            (dense, PlanConstraints()), (dense, PlanConstraints(recompute: .full)),
        ]
        for (p, constraints) in cases {
            let runs = [1, 2, 3].map { PlanSearch.run(problem: p, constraints: constraints, top: 25, threads: $0) }
            #expect(!runs[0].plans.isEmpty)
            for run in runs.dropFirst() {
                #expect(run.evaluated == runs[0].evaluated && run.feasible == runs[0].feasible)
                #expect(run.plans == runs[0].plans)
            }
            for ranked in runs[0].plans {
                #expect(ranked.estimate == StepTimeModel.estimate(plan: ranked.plan, problem: p), "\(ranked.plan)")
            }
        }
    }

    @Test("fixing every axis evaluates exactly that one plan")
    func fullyFixed() throws {
        let p = try problem
        let fixed = PlanConstraints(
            tp: 8, pp: 64, interleave: 2, microbatch: 1, sequenceParallel: true,
            recompute: .selective, zeroStage: 1)
        let result = PlanSearch.run(problem: p, constraints: fixed, top: 3)
        #expect(result.evaluated == 1)
        let only = try #require(result.plans.first)
        #expect(
            only.plan
                == ParallelPlan(
                    tp: 8, pp: 64, interleave: 2, dp: 8, sequenceParallel: true, microbatch: 1,
                    recompute: .selective, zeroStage: 1))
        #expect(only.estimate == StepTimeModel.estimate(plan: only.plan, problem: p))
    }

    @Test("an impossible constraint yields no plans, not a crash")
    func impossible() throws {
        let result = PlanSearch.run(problem: try problem, constraints: PlanConstraints(tp: 3), top: 3)
        #expect(result.plans.isEmpty && result.evaluated == 0)
    }

    @Test("the search offers only what the framework has: no SP, CP, ZeRO or FP8 for Megatron-LM 2021")
    func frameworkFeatures() throws {
        var p = try problem
        p.framework = FrameworkProfiles.megatronLM2021
        let result = PlanSearch.run(problem: p, top: 50, threads: 2)
        #expect(!result.plans.isEmpty)
        for ranked in result.plans {
            #expect(!ranked.plan.sequenceParallel && ranked.plan.cp == 1 && ranked.plan.zeroStage == 0)
            #expect(PlanInfeasibility.check(plan: ranked.plan, problem: p) == nil)
        }
        // A fixed feature it lacks gives no plan; PlanConstraints.check says why, naming the field.
        let cp2 = PlanConstraints(cp: 2)
        #expect(PlanSearch.run(problem: p, constraints: cp2, top: 1).plans.isEmpty)
        #expect(throws: InputError.self) { try cp2.check(framework: p.framework) }
        do { try cp2.check(framework: p.framework) } catch let e as InputError {
            #expect(e.field == "cp" && e.value == "2" && e.allowed.contains("no context parallelism"))
        }
    }

    @Test("TP wider than the NVLink domain is searched (costed on scale-out), and loses to TP 8 here")
    func wideTensorParallel() throws {
        let p = try problem
        let wide = try #require(PlanSearch.run(problem: p, constraints: PlanConstraints(tp: 32), top: 1).plans.first)
        let best = try #require(PlanSearch.run(problem: p, top: 1).plans.first)
        #expect(wide.plan.tp == 32 && wide.estimate.breakdown.tensorParallelComm > 0)
        #expect(best.estimate.stepSeconds < wide.estimate.stepSeconds)
    }

    @Test("with partial recomputation the search takes the fewest recomputed layers that fit")
    func fewestRecomputedLayers() throws {
        let p = try problem
        let result = PlanSearch.run(
            problem: p,
            constraints: PlanConstraints(
                tp: 8, pp: 32, microbatch: 1,
                recompute: .full,
                zeroStage: 1), top: 1)
        let best = try #require(result.plans.first)
        let usable = MemoryModel.usableBytes(p)
        #expect(best.estimate.memory.total <= usable)
        if let k = best.plan.recomputeLayers, k > 1 {
            var fewer = best.plan
            fewer.recomputeLayers = k - 1
            #expect(MemoryModel.perGPU(plan: fewer, problem: p).total > usable)
        }
    }

    @Test(
        "non-NVLink parts are searched: TPU v4 (3D torus ICI), TPU v5p, MI300X (Infinity Fabric), Gaudi 3 (RoCE)",
        arguments: [("tpu-v4", 256), ("tpu-v5p", 512), ("mi300x", 8), ("gaudi3", 64)])
    func nonNVLink(gpu: String, gpus: Int) throws {
        let spec = try Catalog.builtin.accelerator(gpu)
        let hardware = try BuiltinPlanDetails.hardware(for: spec)
        let shape = TransformerShape(
            layers: 32, hidden: 4096, heads: 32, kvHeads: 8, ffn: 14_336, vocabulary: 128_256,
            sequenceLength: 4096, ffnMatrices: 3)
        let p = try PlanProblem(
            shape: shape, hardware: hardware, gpus: gpus, globalBatch: 4 * gpus,
            framework: FrameworkProfiles.megatronCore)
        let best = try #require(PlanSearch.run(problem: p, top: 1).plans.first, "\(gpu): no plan")
        #expect(best.estimate.mfu > 0.05 && best.estimate.mfu < 1, "\(gpu): \(best.estimate.mfu)")
        #expect(PlanInfeasibility.check(plan: best.plan, problem: p) == nil)
    }

    @Test("without a scale-out network (MI300X in the catalog) no plan spans two platforms")
    func islands() throws {
        let hardware = try BuiltinPlanDetails.hardware(for: try Catalog.builtin.accelerator("mi300x"))
        let shape = TransformerShape(layers: 32, hidden: 4096, heads: 32, vocabulary: 32_000, sequenceLength: 2048)
        let p = try PlanProblem(
            shape: shape, hardware: hardware, gpus: 16, globalBatch: 64,
            framework: FrameworkProfiles.megatronCore)
        #expect(PlanSearch.run(problem: p, top: 1).plans.isEmpty)
    }

    @Test("divisors are complete and ordered")
    func divisors() {
        #expect(PlanConstraints.divisors(of: 36, fixed: nil) == [1, 2, 3, 4, 6, 9, 12, 18, 36])
        #expect(PlanConstraints.divisors(of: 36, fixed: 5) == [])
        #expect(PlanConstraints.divisors(of: 36, fixed: 12) == [12])
    }
}
