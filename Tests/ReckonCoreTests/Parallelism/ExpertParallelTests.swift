import Testing
import ReckonCatalog
import ReckonCore

/// Mixtures of experts in the plan model (issue 14): experts inside the data-parallel ranks, the all-to-all over the
/// scale-up and scale-out tiers, node-limited routing, load imbalance, grouped GEMMs, the overlapped schedule, FP8.
struct ExpertParallelTests {
    static func deepSeek(
        gpus: Int = 1024, batch: Int = 4096, framework: FrameworkProfile = FrameworkProfiles.megatronCore,
        imbalance: Double = 1, gpu: String = "h100-sxm"
    ) throws -> PlanProblem {
        var shape = try TransformerShape(model: try Catalog.builtin.model("deepseek-v3"), sequenceLength: 4096)
        shape.multiTokenPrediction = 0
        let hardware = try BuiltinPlanDetails.hardware(for: try Catalog.builtin.accelerator(gpu))
        return try PlanProblem(
            shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch, framework: framework,
            expertLoadImbalance: imbalance)
    }

    /// N = TP·CP·PP·DP, EP·ETP divides TP·CP·DP, dense optimizer states shard over all DP ranks, experts' over EDP.
    @Test("experts live inside the DP ranks")
    func expertsInsideDataParallel() throws {
        let p = try Self.deepSeek()
        let plan = ParallelPlan(tp: 2, pp: 8, dp: 64, ep: 64, etp: 1, microbatch: 1, recompute: .full, zeroStage: 1)
        #expect(plan.gpus == 1024 && plan.expertDataParallel == 2)
        #expect(PlanInfeasibility.check(plan: plan, problem: p) == nil)
        var tooWide = plan
        tooWide.ep = 256  // 256·1 does not divide 2·64 = 128
        #expect(
            PlanInfeasibility.check(plan: tooWide, problem: p)
                == .expertGroupDoesNotDivideStage(ep: 256, etp: 1, stageRanks: 128))
        var uneven = plan
        uneven.ep = 3
        #expect(PlanInfeasibility.check(plan: uneven, problem: p)?.field == "ep")
        // ZeRO-1: the dense part's optimizer states over the 64 DP ranks, the experts' over EDP = 2.
        let memory = MemoryModel.perGPU(plan: plan, problem: p)
        let layout = StageLayout(shape: p.shape, stages: 8)
        let params = MemoryModel.stageParameterSplit(plan: plan, problem: p, layout: layout)
        let expected = params.map { ($0.dense / 64 + $0.expert / 2) * 12 }.max()!
        #expect(abs(memory.optimizer / expected - 1) < 1e-12)
        // 256 experts over EP 64: 4 per GPU, each 3·7168·2048 weights, in each of the 8 stages' 7–8 MoE layers.
        let moe = MemoryModel.layerParameters(.moe, plan: plan, problem: p)
        #expect(moe.expert == 4 * 3 * 7168 * 2048)
    }

    /// Inside one NVLink domain no network traffic; across domains the node limit and deduplication cut the network
    /// bytes; the busiest rank's λ scales them.
    @Test("the all-to-all over the scale-up and scale-out tiers")
    func allToAllTiers() throws {
        let p = try Self.deepSeek()
        let inside = ParallelPlan(tp: 1, pp: 16, dp: 64, ep: 8, microbatch: 1)
        let across = ParallelPlan(tp: 1, pp: 16, dp: 64, ep: 64, microbatch: 1)
        let tIn = LayerCost.expertAllToAllSeconds(bytes: 2, plan: inside, problem: p)
        let tOut = LayerCost.expertAllToAllSeconds(bytes: 2, plan: across, problem: p)
        // EP 8 in a DGX H100: 4096 tokens × 8 routed × 7168 × 2 bytes × 7/8 over 450 GB/s × 0.77 NVLink ≈ 1.2 ms.
        let nvlink = 4096.0 * 8 * 7168 * 2 * 7 / 8 / (450e9 * 0.77)
        #expect(abs(tIn / nvlink - 1) < 0.05)
        #expect(tOut > 3 * tIn)  // 8 domains: the 50 GB/s NICs carry the remote copies
        var unlimited = p
        unlimited.shape.routedDomainLimit = nil
        var plain = p
        plain.framework.expertDispatcher = .allToAll
        let tUnlimited = LayerCost.expertAllToAllSeconds(bytes: 2, plan: across, problem: unlimited)
        let tPlain = LayerCost.expertAllToAllSeconds(bytes: 2, plan: across, problem: plain)
        // Deduplicated, limited to 4 nodes: 4·7/8 = 3.5 network copies per token; without the limit
        // 8·(1 − (7/8)⁸) = 5.25 of them lie on 7 other nodes: 4.59; one per routed expert: 8·56/64 = 7.
        #expect(tOut < tUnlimited && tUnlimited < tPlain)
        #expect(abs((tPlain - 8.4e-6 - 3.4e-6 - 9.6e-6) / (tOut - 8.4e-6 - 3.4e-6 - 9.6e-6) - 7 / 3.5) < 0.01)
        let skewed = try Self.deepSeek(imbalance: 2)
        let tSkew = LayerCost.expertAllToAllSeconds(bytes: 2, plan: across, problem: skewed)
        #expect(abs((tSkew - 21.4e-6) / (tOut - 21.4e-6) - 2) < 1e-9)
    }

    @Test("grouped GEMMs: equal to a dense GEMM for whole tiles; small per-expert batches pay their padded tiles")
    func groupedGEMM() {
        let hw = PlanHardware.a100SXM80GB
        let dense = GemmTiming.seconds(
            m: 4096, k: 4096, n: 4096, peak: 312e12, efficiency: 0.6, hardware: hw,
            kernelSeconds: 0)
        let grouped = GemmTiming.groupedSeconds(
            groups: 1, m: 4096, k: 4096, n: 4096, peak: 312e12, efficiency: 0.6,
            hardware: hw, kernelSeconds: 0)
        #expect(abs(grouped / dense - 1) < 1e-12)
        // 64 experts of 10 rows cost what 64 experts of 128 rows cost (or the weights' reads): per FLOP far more.
        let small = GemmTiming.groupedSeconds(
            groups: 64, m: 10, k: 2048, n: 1536, peak: 312e12, efficiency: 0.6,
            hardware: hw, kernelSeconds: 0)
        let full = GemmTiming.groupedSeconds(
            groups: 64, m: 128, k: 2048, n: 1536, peak: 312e12, efficiency: 0.6,
            hardware: hw, kernelSeconds: 0)
        #expect(small / 10 > 5 * full / 128)
    }

    /// Shared experts, router and the busiest rank's experts in its GEMMs; λ = 2 adds routed work; the overlapped
    /// schedule hides the all-to-all; the breakdown adds up.
    @Test("an MoE layer and the overlapped all-to-all schedule")
    func moeLayer() throws {
        let p = try Self.deepSeek()
        let plan = ParallelPlan(
            tp: 1, pp: 16, dp: 64, ep: 64, microbatch: 1, recompute: .full, zeroStage: 1,
            precision: .bf16)
        let layer = LayerCost(tp: 1, ep: 64, microbatch: 1, precision: .bf16, problem: p)
        #expect(layer.moeGEMMSeconds > 0 && layer.expertDispatchSeconds > 0)
        let skewed = try Self.deepSeek(imbalance: 2)
        let skewedLayer = LayerCost(tp: 1, ep: 64, microbatch: 1, precision: .bf16, problem: skewed)
        #expect(skewedLayer.moeGEMMSeconds > layer.moeGEMMSeconds)
        #expect(skewedLayer.gemmSeconds == layer.gemmSeconds)  // dense layers do not route
        let plain = StepTimeModel.estimate(plan: plan, problem: p)
        var overlapped = plan
        overlapped.expertOverlap = true
        let hidden = StepTimeModel.estimate(plan: overlapped, problem: p)
        #expect(hidden.breakdown.expertComm < plain.breakdown.expertComm && hidden.stepSeconds < plain.stepSeconds)
        for e in [plain, hidden] { #expect(abs(e.breakdown.total / e.stepSeconds - 1) < 1e-12) }
        // The 2021 profile has no expert parallelism, the FSDP one no overlapped schedule: refused naming the field.
        var fsdp = p
        fsdp.framework = FrameworkProfiles.torchtitan
        #expect(PlanInfeasibility.check(plan: overlapped, problem: fsdp)?.field == "expert_overlap")
    }

    @Test("DualPipe: a shorter bubble than 1F1B, parameters held twice")
    func dualPipe() throws {
        let dual = try Self.deepSeek(gpus: 2048, batch: 4096, framework: FrameworkProfiles.haiLLM, gpu: "h800")
        let plan = ParallelPlan(tp: 1, pp: 16, dp: 128, ep: 64, microbatch: 1, recompute: .full, zeroStage: 1)
        var core = dual
        core.framework.pipelineSchedule = .oneForwardOneBackward
        let a = StepTimeModel.estimate(plan: plan, problem: core)
        let b = StepTimeModel.estimate(plan: plan, problem: dual)
        // (p − 1) = 15 stage-times against (p/2 − 1)·⅔ = 14/3.
        #expect(abs(b.breakdown.bubble / a.breakdown.bubble - (14.0 / 3) / 15) < 1e-9)
        #expect(abs(b.memory.weights / a.memory.weights - 2) < 1e-12)
        // One micro-batch per step cannot be fed from both ends.
        let single = ParallelPlan(tp: 1, pp: 4, dp: 512, ep: 64, microbatch: 8, recompute: .full, zeroStage: 1)
        #expect(
            PlanInfeasibility.check(plan: single, problem: dual) == .dualPipeNeedsEvenStages(pp: 4, microbatches: 1))
    }

    @Test("FP8: the output layer and router stay BF16; recipes cost their casts in order; MFU against both peaks")
    func fp8() throws {
        let p = try Self.deepSeek()
        let bf16 = LayerCost(tp: 1, ep: 64, microbatch: 1, precision: .bf16, problem: p)
        let fp8 = LayerCost(tp: 1, ep: 64, microbatch: 1, precision: .fp8, problem: p)
        #expect(fp8.logitSeconds == bf16.logitSeconds)
        #expect(fp8.gemmSeconds < bf16.gemmSeconds)
        var casts: [Double] = []
        for recipe in [FP8Recipe.delayed, .blockwise, .mxfp8, .tensorwise] {
            var q = p
            q.fp8Recipe = recipe
            casts.append(LayerCost(tp: 1, ep: 64, microbatch: 1, precision: .fp8, problem: q).elementwiseSeconds)
        }
        #expect(casts == casts.sorted() && casts.first! < casts.last!)
        let plan = ParallelPlan(
            tp: 1, pp: 16, dp: 64, ep: 64, microbatch: 1, recompute: .full, zeroStage: 1,
            precision: .fp8)
        let e = StepTimeModel.estimate(plan: plan, problem: p)
        let fp8MFU = try #require(e.mfuAgainstFP8Peak)
        #expect(abs(fp8MFU / e.mfu - 989.4 / 1978.9) < 1e-3)
        // BF16 moments (hai-llm) hold 8 bytes of optimizer state per parameter instead of 12.
        var hai = p
        hai.framework = FrameworkProfiles.haiLLM
        let ratio = StepTimeModel.estimate(plan: plan, problem: hai).memory.optimizer / e.memory.optimizer
        #expect(abs(ratio - 8.0 / 12) < 1e-12)
    }

    @Test("model FLOP of DeepSeek-V3: 6·(active parameters without the input embedding) plus attention and logits")
    func modelFLOP() throws {
        let p = try Self.deepSeek()
        let s = 4096.0
        let shape = p.shape
        // Forward per token: 2·(non-embedding active) + MLA scores 2·(2κ)·a·(d_qk + d_v)·L, κ = s/2.
        let active = shape.activeParameters - shape.embeddingParameters - shape.outputParameters
        let perToken = 3 * (2 * active + 2 * s * 128 * (192 + 128) * 61 + 2 * 7168 * 129_280)
        #expect(abs(p.modelFLOPPerSequence / (perToken * s) - 1) < 1e-3)
    }

    @Test("bad input is refused naming the field: experts per token above the experts, latent ranks above hidden")
    func refusals() throws {
        var shape = try TransformerShape(model: try Catalog.builtin.model("mixtral-8x7b"), sequenceLength: 4096)
        shape.activeExperts = 9
        do {
            _ = try PlanProblem(
                shape: shape, hardware: .a100SXM80GB, gpus: 8, globalBatch: 8,
                framework: FrameworkProfiles.megatronCore)
            Issue.record("9 of 8 experts accepted")
        } catch let e as InputError { #expect(e.field == "active_experts") }
        var mla = try TransformerShape(model: try Catalog.builtin.model("deepseek-v3"), sequenceLength: 4096)
        mla.latentAttention?.keyValueRank = 10_000
        do {
            _ = try PlanProblem(
                shape: mla, hardware: .a100SXM80GB, gpus: 8, globalBatch: 8,
                framework: FrameworkProfiles.megatronCore)
            Issue.record("a rank above the hidden size accepted")
        } catch let e as InputError { #expect(e.field == "kv_rank") }
        let p = try Self.deepSeek()
        let fp8 = ParallelPlan(tp: 1, pp: 16, dp: 64, ep: 64, microbatch: 1, precision: .fp8)
        var a100 = p
        a100.hardware = .a100SXM80GB
        #expect(PlanInfeasibility.check(plan: fp8, problem: a100)?.field == "precision")
    }
}
