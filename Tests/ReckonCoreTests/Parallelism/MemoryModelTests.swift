import Testing
import ReckonCatalog
import ReckonCore

struct MemoryModelTests {
    // Korthikanti et al. 2022 (arXiv:2205.05198) GPT-3 175B setting: s = 2048, b = 1, h = 12288,
    // a = 96, t = 8. Hand arithmetic: s·b·h = 25,165,824; 5·a·s/h = 80.
    let s = 2048.0, b = 1.0, h = 12288.0, a = 96.0

    @Test("activation bytes per layer follow Korthikanti's formulas (hand-checked, GPT-3 175B, t = 8)")
    func korthikanti() {
        let sbh = 25_165_824.0
        // No parallelism: s·b·h·(34 + 80) = 2,868,903,936 bytes (Sec. 4.1, eq. 1).
        let single = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 1,
            sequenceParallel: false, recompute: .none)
        #expect(single == sbh * 114)
        #expect(single == 2_868_903_936)
        // TP 8 + SP: s·b·h·(34/8 + 80/8) = s·b·h·14.25 = 358,612,992 bytes (Sec. 4.2.2, eq. 4).
        let tpsp = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: true, recompute: .none)
        #expect(abs(tpsp / 358_612_992 - 1) < 1e-12)  // exact arithmetic; 1e-12 allows rounding only
        // TP 8 without SP: s·b·h·(10 + 24/8 + 10) = s·b·h·23 (Sec. 4.2.1, eq. 2).
        let tp = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: false, recompute: .none)
        #expect(abs(tp / (sbh * 23) - 1) < 1e-12)
        // Selective + SP: s·b·h·34/8 (Sec. 5, eq. 6); full: 2·s·b·h (Sec. 4.2.3).
        let selective = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: true, recompute: .selective)
        #expect(abs(selective / (sbh * 4.25) - 1) < 1e-12)
        let full = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: false, recompute: .full)
        #expect(full == 2 * sbh)
    }

    @Test("a fused attention kernel drops the 5·a·s²·b/t term and keeps FP32 softmax statistics")
    func fusedAttention() {
        // TP 8 + SP, GPT-3 175B shape: s·b·h·34/8 + 4·a·s·b/8 = 106,954,752 + 98,304 = 107,053,056 bytes (hand
        // arithmetic).
        let fused = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: true, recompute: .none, fusedAttention: true)
        #expect(abs(fused / 107_053_056 - 1) < 1e-12)
        // Nothing is left for selective recomputation to drop.
        let selective = MemoryModel.activationBytesPerLayer(
            seq: s, microbatch: b, hidden: h, heads: a, tp: 8,
            sequenceParallel: true, recompute: .selective, fusedAttention: true)
        #expect(selective == fused)
    }

    @Test("ZeRO 0–2: 2 + q_g + 12 bytes per parameter; ZeRO 3: (4 + q_g + 8)/g plus two gathered layers")
    func zeroSharding() throws {
        let shape = TransformerShape(layers: 24, hidden: 2048, heads: 16, vocabulary: 50_000, sequenceLength: 2048)
        let problem = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 8, globalBatch: 64,
            framework: FrameworkProfiles.megatronCore)  // FP32 main gradients: q_g = 4
        let plan = ParallelPlan(dp: 8, microbatch: 1, recompute: .full)
        let params = shape.parameters  // p = 1, t = 1: the GPU holds the whole model
        #expect(MemoryModel.stageParameters(plan: plan, problem: problem) == params)
        let z0 = MemoryModel.perGPU(plan: plan, problem: problem)
        #expect(z0.weights == 2 * params && z0.gradients == 4 * params && z0.optimizer == 12 * params)
        var z1Plan = plan
        z1Plan.zeroStage = 1
        let z1 = MemoryModel.perGPU(plan: z1Plan, problem: problem)
        // Megatron-Core's distributed optimizer: "6 + 12/d" bytes per parameter.
        #expect(z1.weights + z1.gradients == 6 * params && z1.optimizer == 12 * params / 8)
        var z3Plan = plan
        z3Plan.zeroStage = 3
        let z3 = MemoryModel.perGPU(plan: z3Plan, problem: problem)
        let layer = MemoryModel.layerParameters(plan: z3Plan, problem: problem)
        #expect(layer == shape.parametersPerLayer)
        #expect(abs(z3.weights / (4 * params / 8 + 4 * layer) - 1) < 1e-12)
        #expect(abs(z3.gradients / (4 * params / 8 + 4 * layer) - 1) < 1e-12)
        #expect(z3.optimizer == 8 * params / 8)
        // Activations do not shard with ZeRO.
        #expect(z3.activations == z0.activations)
    }

    @Test("1F1B: the first stage holds p micro-batches of L/p layers = L layers' worth")
    func pipelineInFlight() throws {
        let shape = TransformerShape(layers: 32, hidden: 4096, heads: 32, vocabulary: 32_000, sequenceLength: 2048)
        let problem = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 32, globalBatch: 256,
            framework: FrameworkProfiles.megatronLM2021)
        let plan = ParallelPlan(tp: 4, pp: 8, dp: 1, sequenceParallel: false, microbatch: 1, recompute: .selective)
        let perLayer = MemoryModel.activationBytesPerLayer(
            seq: 2048, microbatch: 1, hidden: 4096, heads: 32, tp: 4,
            sequenceParallel: false, recompute: .selective)
        let memory = MemoryModel.perGPU(plan: plan, problem: problem)
        // 32 layers' worth on the first stage; the last stage has 4 layers + FP32 logits and gradient 8·s·b·V/t,
        // smaller.
        #expect(abs(memory.activations / (32 * perLayer) - 1) < 1e-12)
    }

    @Test("partial recomputation: k of a stage's layers keep only their input, the rest everything")
    func partialRecompute() throws {
        let shape = TransformerShape(layers: 32, hidden: 4096, heads: 32, vocabulary: 32_000, sequenceLength: 2048)
        let problem = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 8, globalBatch: 64,
            framework: FrameworkProfiles.megatronCore)
        var plan = ParallelPlan(tp: 1, pp: 1, dp: 8, microbatch: 1, recompute: .full)
        let full = MemoryModel.perGPU(plan: plan, problem: problem).activations
        plan.recomputeLayers = 8
        let part = MemoryModel.perGPU(plan: plan, problem: problem).activations
        let none = MemoryModel.activationBytesPerLayer(
            seq: 2048, microbatch: 1, hidden: 4096, heads: 32, tp: 1,
            sequenceParallel: false, recompute: .none, fusedAttention: true)
        let kept = 2 * 2048 * 4096.0
        // 24 more layers keep everything instead of their input (p = 1: the logits and working set are shared).
        #expect(abs((part - full) / (24 * (none - kept)) - 1) < 1e-12)
    }

    @Test("usable memory: (device memory − CUDA context) × (1 − allocator reserve)")
    func usable() throws {
        let shape = TransformerShape(layers: 2, hidden: 64, heads: 4, vocabulary: 100, sequenceLength: 16)
        let p = try PlanProblem(
            shape: shape, hardware: .a100SXM80GB, gpus: 1, globalBatch: 1,
            framework: FrameworkProfiles.megatronCore)
        // 81,920 MiB = 85,899,345,920 bytes; less 2 GB, × 0.95.
        #expect(abs(MemoryModel.usableBytes(p) / ((85_899_345_920 - 2e9) * 0.95) - 1) < 1e-15)
    }
}
