import Testing
import ReckonCatalog
import ReckonCore

/// Context parallelism (ring attention) in the memory and step-time models.
struct ContextParallelTests {
    /// A Llama-2-70B-like GQA shape (h 8192, 64 heads, 8 KV heads) at 16K tokens on 64 A100 80GB.
    func problem(gpus: Int = 64, seq: Int = 16_384, fused: Bool = true) throws -> PlanProblem {
        var framework = FrameworkProfiles.megatronCore
        if !fused { framework.attention = .unfused }
        return try PlanProblem(
            shape: TransformerShape(
                layers: 80, hidden: 8192, heads: 64, kvHeads: 8, ffn: 28_672,
                vocabulary: 32_000, sequenceLength: seq, ffnMatrices: 3),
            hardware: .a100SXM80GB, gpus: gpus, globalBatch: 64, framework: framework)
    }

    @Test("activation bytes per layer at CP = 2 are half of CP = 1, by hand from Korthikanti's formulas")
    func activationFormulaHalves() {
        // selective + SP (Korthikanti eq. 6): s·b·h·34/t. s = 4096, b = 1, h = 4096, t = 4:
        //   CP 1: 4096·4096·34/4 = 142,606,336 bytes;  CP 2: (4096/2)·4096·34/4 = 71,303,168 bytes.
        let one = MemoryModel.activationBytesPerLayer(
            seq: 4096, microbatch: 1, hidden: 4096, heads: 32, tp: 4,
            sequenceParallel: true, recompute: .selective, cp: 1)
        let two = MemoryModel.activationBytesPerLayer(
            seq: 4096, microbatch: 1, hidden: 4096, heads: 32, tp: 4,
            sequenceParallel: true, recompute: .selective, cp: 2)
        // Exact: all operands are small integers times powers of two, representable in a Double.
        #expect(one == 142_606_336)
        #expect(two == 71_303_168)
        // No recompute, no SP, unfused (eq. 2): s·b·h·(10 + 24/t) + 5·a·s·(s/c)·b/t, a = 32:
        //   CP 1: 4096·4096·16 + 5·32·4096·4096/4 = 268,435,456 + 671,088,640 = 939,524,096
        //   CP 2: 134,217,728 + 335,544,320 = 469,762,048 (scores of the 2,048 local queries × 4,096 keys)
        let none1 = MemoryModel.activationBytesPerLayer(
            seq: 4096, microbatch: 1, hidden: 4096, heads: 32, tp: 4,
            sequenceParallel: false, recompute: .none, cp: 1)
        let none2 = MemoryModel.activationBytesPerLayer(
            seq: 4096, microbatch: 1, hidden: 4096, heads: 32, tp: 4,
            sequenceParallel: false, recompute: .none, cp: 2)
        #expect(none1 == 939_524_096)
        #expect(none2 == 469_762_048)
    }

    @Test("plan memory: activations halve at CP = 2, weights, gradients and optimizer unchanged without ZeRO")
    func planMemoryHalves() throws {
        let p = try problem()
        for recompute in Recompute.allCases {
            let base = ParallelPlan(
                tp: 8, cp: 1, pp: 4, interleave: 1, dp: 2, sequenceParallel: true,
                microbatch: 1, recompute: recompute, zeroStage: 0)
            var split = base
            split.cp = 2
            let m1 = MemoryModel.perGPU(plan: base, problem: p)
            let m2 = MemoryModel.perGPU(plan: split, problem: p)
            // Every activation term (layers, working set, FP32 logits) is linear in the local tokens s/c;
            // halving s is exact in binary floating point, so the only error is rounding: 1e-12 relative.
            #expect(abs(m2.activations / m1.activations - 0.5) < 1e-12)
            #expect(m2.weights == m1.weights && m2.gradients == m1.gradients && m2.optimizer == m1.optimizer)
        }
    }

    @Test("ZeRO shards over the data × context-parallel group: d·c ranks")
    func zeroShardsOverDPTimesCP() throws {
        let p = try problem()
        let unsharded = MemoryModel.perGPU(plan: ParallelPlan(tp: 8, cp: 4, pp: 2, dp: 1, zeroStage: 0), problem: p)
        let zero3 = MemoryModel.perGPU(plan: ParallelPlan(tp: 8, cp: 4, pp: 2, dp: 1, zeroStage: 3), problem: p)
        // d·c = 1·4 = 4 ranks hold the same weights: each keeps a quarter of the FP32 master weights, gradients
        // and Adam moments, plus two gathered BF16 layers and one layer of FP32 gradients.
        let params = MemoryModel.stageParameters(plan: ParallelPlan(tp: 8, cp: 4, pp: 2, dp: 1), problem: p)
        let layer = MemoryModel.layerParameters(plan: ParallelPlan(tp: 8, cp: 4, pp: 2, dp: 1), problem: p)
        #expect(unsharded.weights == 2 * params && unsharded.optimizer == 12 * params)
        #expect(abs(zero3.weights / (4 * params / 4 + 4 * layer) - 1) < 1e-12)
        #expect(abs(zero3.gradients / (unsharded.gradients / 4 + 4 * layer) - 1) < 1e-12)
        #expect(zero3.optimizer == 8 * params / 4)
    }

    @Test(
        "ring K/V exchange: an all-gather of the keys and values, α–β, on scale-out once the CP group leaves the node")
    func ringVolume() throws {
        let p = try problem()
        // AG over c = 4 ranks of stride t = 8: t·c = 32 > 8 GPUs per node → one rank per node, 3 ring steps across
        // the network. Buffer: 2·s·b·h·(k/a)/t·β = 2·16384·8192·(8/64)/8·2 = 8,388,608 B; volume (c−1)/c of it =
        // 6,291,456 B over 25 GB/s × 0.8 = 314.5728 µs; latency 8.4 + 3·9.6 = 37.2 µs.
        let layer = LayerCost(tp: 8, cp: 4, microbatch: 1, precision: .bf16, problem: p)
        // Relative 1e-12: the formula is the same arithmetic in another order.
        #expect(abs(layer.contextParallelSeconds / 351.7728e-6 - 1) < 1e-12)
        // t = 2, c = 4: t·c = 8 fits the node → NVLink 300 GB/s × 0.77 = 231 GB/s; buffer ×4 (t = 2, not 8):
        // 25,165,824 B of volume; latency 8.4 + 3·3.4 = 18.6 µs.
        let inNode = LayerCost(tp: 2, cp: 4, microbatch: 1, precision: .bf16, problem: p)
        #expect(abs(inNode.contextParallelSeconds / (18.6e-6 + 25_165_824 / 231e9) - 1) < 1e-12)
        #expect(LayerCost(tp: 8, cp: 1, microbatch: 1, precision: .bf16, problem: p).contextParallelSeconds == 0)
    }

    @Test("compute per GPU divides by CP; exposed ring time is max(0, T_cp − T_attn) per pass")
    func computeSplits() throws {
        let p = try problem()
        let one = LayerCost(tp: 8, cp: 1, microbatch: 1, precision: .bf16, problem: p)
        let two = LayerCost(tp: 8, cp: 2, microbatch: 1, precision: .bf16, problem: p)
        // Same FLOP ÷ 2; wave quantization of the smaller GEMMs and the fixed kernel time make it at least half,
        // within 3% at M = 16,384 → 8,192 tokens (the last wave of 108 SMs is nearly full at these sizes).
        #expect(two.gemmSeconds >= one.gemmSeconds / 2 && two.gemmSeconds < one.gemmSeconds / 2 * 1.03)
        // Fused attention: the causal FLOP of the local queries, exactly half.
        #expect(abs(two.attentionSeconds / (one.attentionSeconds / 2) - 1) < 1e-12)

        // At 16K tokens the attention of a rank outlasts its ring exchange, so none of it is exposed ...
        let hidden = StepTimeModel.estimate(
            plan: ParallelPlan(
                tp: 8, cp: 4, pp: 2, dp: 1, sequenceParallel: true,
                recompute: .full), problem: p)
        let four = LayerCost(tp: 8, cp: 4, microbatch: 1, precision: .bf16, problem: p)
        #expect(four.attentionSeconds > four.contextParallelSeconds)  // ≈ 1.4 ms of attention vs 352 µs of ring
        #expect(hidden.breakdown.contextParallelComm == 0)
        // ... at 1,024 tokens with CP 8 over scale-out it is not: exposed = m·(L/p)·4·(T_cp − T_attn) (full recompute).
        let short = try problem(gpus: 64, seq: 1024)
        let plan = ParallelPlan(tp: 8, cp: 8, pp: 1, dp: 1, sequenceParallel: true, recompute: .full)
        let layer = LayerCost(tp: 8, cp: 8, microbatch: 1, precision: .bf16, problem: short)
        #expect(layer.contextParallelSeconds > layer.attentionSeconds)
        let e = StepTimeModel.estimate(plan: plan, problem: short)
        let expected = 64 * 80 * 4 * (layer.contextParallelSeconds - layer.attentionSeconds)  // m = 64/(1·1·1)
        #expect(abs(e.breakdown.contextParallelComm / expected - 1) < 1e-12)  // same arithmetic, reordered
        // The breakdown still adds up to the step (1e-10: ten positive terms summed in another order; rounding
        // alone is ~1e-15, so a missing or double-counted part would show by far more).
        #expect(abs(e.breakdown.total / e.stepSeconds - 1) < 1e-10)
    }

    @Test("CP = 1 is the model without context parallelism: no ring time, memory from the CP-free formula")
    func cpOneUnchanged() throws {
        let p = try problem(seq: 2048, fused: false)
        let plan = ParallelPlan(tp: 8, pp: 4, dp: 2, sequenceParallel: true, microbatch: 1, recompute: .selective)
        #expect(plan.cp == 1 && plan.gpus == 64 && plan.summary == "TP8 PP4 v1 DP2 EP1 SP b1 selective Z0 bf16")
        let e = StepTimeModel.estimate(plan: plan, problem: p)
        #expect(e.breakdown.contextParallelComm == 0)
        // Activations, first stage (p = 4 micro-batches in flight, 20 layers each): 80 · s·b·h·34/t
        // = 80 · 2048·8192·34/8 = 5,704,253,440 bytes; the last stage holds 20 layers' worth plus the FP32 logits
        // and their gradient, 8·2048·32000/8 = 65,536,000: 1,426,063,360 + 65,536,000 < the first stage.
        #expect(e.memory.activations == 5_704_253_440)
    }

    @Test("infeasible CP plans say why")
    func infeasible() throws {
        let p = try problem(gpus: 64, seq: 2048)
        let plan = ParallelPlan(tp: 4, cp: 16, pp: 1, dp: 1)
        // 2048 = 64·32 is divisible by 2·CP = 32, so this plan is fine structurally; 2000 = 62·32 + 16 is not.
        #expect(PlanInfeasibility.check(plan: plan, problem: p) == nil)
        let odd = try PlanProblem(
            shape: TransformerShape(
                layers: 8, hidden: 1024, heads: 16, vocabulary: 32_000,
                sequenceLength: 2000),
            hardware: .a100SXM80GB, gpus: 64, globalBatch: 64, framework: FrameworkProfiles.megatronCore)
        let bad = PlanInfeasibility.check(plan: plan, problem: odd)
        #expect(bad == .contextParallelDoesNotDivideSequence(cp: 16, sequenceLength: 2000))
        #expect(bad?.field == "cp")
        #expect(bad?.description.hasPrefix("sequence length 2000 is not divisible by 2·CP = 32") == true)
        #expect(PlanInfeasibility.check(plan: ParallelPlan(tp: 4, cp: 0, pp: 16), problem: odd)?.field == "cp")
    }
}
