import Testing
import ReckonCatalog
import ReckonCore

struct StepTimeModelTests {
    // Megatron 1T shape on 3,072 A100s with batch 3,072 (Narayanan et al. 2021 Table 1, last row), run by the
    // 2021 software (unfused attention, nothing overlapped).
    let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)
    var problem: PlanProblem {
        get throws {
            try PlanProblem(
                shape: shape, hardware: .a100SXM80GB, gpus: 3072, globalBatch: 3072,
                framework: FrameworkProfiles.megatronLM2021)
        }
    }
    let plan = ParallelPlan(tp: 8, pp: 64, interleave: 2, dp: 6, microbatch: 1, recompute: .full)

    @Test("hardware FLOP per step equal Narayanan et al. 2021 eq. (3) with full recomputation")
    func flopCount() throws {
        let result = StepTimeModel.estimate(plan: plan, problem: try problem)
        // eq. (3): F = 96·B·s·L·h²·(1 + s/(6h) + V/(16·L·h)); B = 3072, s = 2048, L = 128, h = 25600, V = 51200.
        let (b, s, l, h, v) = (3072.0, 2048.0, 128.0, 25_600.0, 51_200.0)
        let eq3 = 96 * b * s * l * h * h * (1 + s / (6 * h) + v / (16 * l * h))
        let modelled = result.hardwareFLOPPerSecondPerGPU * result.stepSeconds * 3072
        #expect(abs(modelled / eq3 - 1) < 1e-9)  // same formula, so only rounding differs
        // Model FLOP drop the recomputed forward: 72 instead of 96 on the layer terms, the logit term unchanged.
        let model = result.modelFLOPPerSecondPerGPU * result.stepSeconds * 3072
        let eq3Model = 72 * b * s * l * h * h * (1 + s / (6 * h)) + 6 * b * s * h * v
        #expect(abs(model / eq3Model - 1) < 1e-9)
        #expect(result.hfu > result.mfu)
    }

    @Test("the breakdown adds up to the step, and the bubble is (p−1)/(m·v) of the pipelined work")
    func breakdown() throws {
        let result = StepTimeModel.estimate(plan: plan, problem: try problem)
        let parts = result.breakdown
        // Ten positive terms summed in another order: rounding is ~1e-15, a missing part would show by far more.
        #expect(abs(parts.total / result.stepSeconds - 1) < 1e-12)
        // m = 3072 / (6·1) = 512 micro-batches; (p−1)/(m·v) = 63/1024.
        let pipelined = parts.total - parts.bubble - parts.dataParallelComm - parts.optimizer
        #expect(abs(parts.bubble / pipelined - 63.0 / 1024) < 1e-12)
        #expect(abs(result.tokensPerSecond - 3072 * 2048 / result.stepSeconds) < 1e-6 * result.tokensPerSecond)
    }

    @Test("levers move the step the physical way")
    func monotone() throws {
        let p = try problem
        let base = StepTimeModel.estimate(plan: plan, problem: p)
        var noInterleave = plan
        noInterleave.interleave = 1
        #expect(StepTimeModel.estimate(plan: noInterleave, problem: p).breakdown.bubble > base.breakdown.bubble)
        var selective = plan
        selective.recompute = .selective
        let sel = StepTimeModel.estimate(plan: selective, problem: p)
        #expect(sel.stepSeconds < base.stepSeconds)  // only the attention core is rerun
        #expect(sel.memory.activations > base.memory.activations)
        var partial = plan
        partial.recomputeLayers = 1
        let part = StepTimeModel.estimate(plan: partial, problem: p)
        #expect(part.stepSeconds < base.stepSeconds && part.memory.activations > base.memory.activations)
    }

    @Test("with overlap, Megatron-Core hides the data-parallel reduction that Megatron-LM 2021 pays in full")
    func overlapHidesGradientReduction() throws {
        let small = TransformerShape(layers: 32, hidden: 4096, heads: 32, vocabulary: 32_000, sequenceLength: 2048)
        let plan = ParallelPlan(tp: 1, pp: 1, dp: 64, microbatch: 4, recompute: .none, zeroStage: 0)
        let old = try PlanProblem(
            shape: small, hardware: .a100SXM80GB, gpus: 64, globalBatch: 1024,
            framework: FrameworkProfiles.megatronLM2021)
        var core = FrameworkProfiles.megatronCore
        core.attention = .unfused  // the same kernels and 2-byte gradients: only the overlaps and buckets differ
        core.gradientBytes = 2
        let new = try PlanProblem(shape: small, hardware: .a100SXM80GB, gpus: 64, globalBatch: 1024, framework: core)
        let a = StepTimeModel.estimate(plan: plan, problem: old)
        let b = StepTimeModel.estimate(plan: plan, problem: new)
        // 2021: a 2(n−1)/n·2Φ all-reduce after the backward pass: 2·(63/64)·13.4 GB / 20 GB/s ≈ 1.3 s for 6.7B
        // parameters over the 25 GB/s HDR NIC at 0.8 efficiency.
        #expect(a.breakdown.dataParallelComm > 1.2 && a.breakdown.dataParallelComm < 1.45)
        // Overlapped: what the last micro-batch's backward (≈ 1.1 s) cannot hide, plus the last 160 MB bucket.
        #expect(b.breakdown.dataParallelComm < a.breakdown.dataParallelComm / 2)
        #expect(b.stepSeconds < a.stepSeconds)
    }

    @Test(
        "an uneven pipeline: 126 layers over 16 stages are paced by 8-layer stages, the 7-layer last one has the logits"
    )
    func unevenPipeline() throws {
        let shape = TransformerShape(
            layers: 126, hidden: 16_384, heads: 128, kvHeads: 8, ffn: 53_248,
            vocabulary: 128_256, sequenceLength: 8192, ffnMatrices: 3)
        let p = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 1024, globalBatch: 512,
            framework: FrameworkProfiles.megatronCore)
        let plan = ParallelPlan(tp: 8, pp: 16, dp: 8, sequenceParallel: true, microbatch: 1, recompute: .full)
        #expect(PlanInfeasibility.check(plan: plan, problem: p) == nil)
        var strict = p
        strict.framework = FrameworkProfiles.megatronLM2021
        var noSP = plan
        noSP.sequenceParallel = false
        #expect(
            PlanInfeasibility.check(plan: noSP, problem: strict)
                == .pipelineDoesNotDivideLayers(
                    pp: 16,
                    layers: 126))
        let stages = PipelineStages(layers: 126, stages: 16)
        #expect(stages.firstLayers == 8 && stages.lastLayers == 7)
        let e = StepTimeModel.estimate(plan: plan, problem: p)
        #expect(abs(e.breakdown.total / e.stepSeconds - 1) < 1e-12)
    }
}
