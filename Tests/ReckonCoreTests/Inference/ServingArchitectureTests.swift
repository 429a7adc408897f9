import Foundation
import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// Latent and sliding-window KV caches, expert occupancy, pipeline-parallel latency and the host PCIe cap — each
/// against hand arithmetic from the published shapes.
@Suite struct ServingArchitectureTests {
    static let deepSeek = try! Catalog.builtin.model("deepseek-v3")

    @Test func deepSeekV3CachesTheLatentNot128Heads() {
        // MLA: (d_c + d_r) = 512 + 64 = 576 elements per token and layer (DeepSeek-V2 Sec. 2.1.2); 61 layers, BF16:
        // 61 × 576 × 2 = 70,272 B per token. Sized as 128 full KV heads of 128 it would be 61 × 2 × 128 × 128 × 2 =
        // 3,997,696 B — 56.9× more. One latent is not split by tensor parallelism.
        let shape = ServingShape(model: Self.deepSeek)
        let kv = KVCache(shape: shape, quantization: Quantization(weights: .fp8, kvCache: .bf16))
        #expect(kv.bytesPerToken.value == 70_272)
        let full = KVCache(layers: 61, kvHeads: 128, headDim: 128, precision: .bf16)
        #expect(full.bytesPerToken.value == 3_997_696)
        #expect(kv.shards(tensorParallel: 8) == 1 && full.shards(tensorParallel: 8) == 8)
        // GQA beyond the KV heads replicates them: Llama 3.1 70B's 8 KV heads over TP16 → 8 shards.
        #expect(KVCache(layers: 80, kvHeads: 8, headDim: 128, precision: .fp8).shards(tensorParallel: 16) == 8)
    }

    @Test func slidingWindowLayersKeepOnlyTheWindow() {
        // Gemma-3-like: 6 layers, 5 local : 1 global, window 1024, 8 KV heads of 128, BF16 (4,096 B per token and
        // layer).
        // At 32,768 tokens: 1 × 32,768 + 5 × 1,024 = 37,888 token-layers × 4,096 B = 155,189,248 B; at 512 tokens
        // every layer holds all 512 (12,582,912 B).
        let shape = ServingShape(
            layers: 6, hiddenSize: 1024, heads: 8, kvHeads: 8, headDim: 128,
            window: SlidingWindowAttention(window: 1024, localPerGlobal: 5))
        let kv = KVCache(shape: shape, precision: .bf16)
        #expect(kv.localLayers == 5)
        #expect(kv.bytes(context: 32_768).value == 37_888 * 4096)
        #expect(kv.bytes(context: 512).value == 6 * 512 * 4096)
        // The memory fit inverts it: with 10 × 155,189,248 B of budget, 10 sequences of 32,768 tokens fit.
        let fit = MemoryFit(
            memoryPerAccelerator: Bytes(1e12), weightBytes: .zero, kvCache: kv, shape: shape,
            assumptions: MemoryAssumptions(runtimeReserve: .zero, kvCacheFraction: 1, maxTokensPerStep: 1))
        let budget = fit.kvBudgetPerAccelerator(ServingPlan()).value
        #expect(fit.maxBatch(ServingPlan(), context: 32_768) == Int((budget / 155_189_248).rounded(.down)))
    }

    @Test func expectedDistinctExpertsOfABatch() throws {
        // E·(1 − (1 − k/E)^B): DeepSeek-V3, E = 256, k = 8, B = 32 → 256 × (1 − (31/32)^32) = 163.27 (hand arithmetic);
        // B = 1 → 8 (the token's own); B = 10,000 → all 256.
        let e = try #require(ExpertWeights(model: Self.deepSeek))
        #expect(e.experts == 256 && e.activeExperts == 8 && e.moeLayers == 58)
        #expect(abs(e.distinctExperts(tokens: 32) - 256 * (1 - pow(31.0 / 32, 32))) < 1e-9)
        #expect(abs(e.distinctExperts(tokens: 1) - 8) < 1e-9)
        #expect(abs(e.distinctExperts(tokens: 10_000) - 256) < 1e-9)
    }

    @Test func expertParallelismMustDivideTheExperts() {
        let e = ExpertWeights(model: Self.deepSeek)
        #expect {
            try ServingPlan(dataParallelAttention: 72, expertParallel: 72).validate(layers: 61, experts: e)
        } throws: { ($0 as? InputError)?.field == "ep" }
        // 256 + 32 redundant = 288 = 4 × 72 (the SGLang EP72 deployment).
        #expect(throws: Never.self) {
            try ServingPlan(dataParallelAttention: 72, expertParallel: 72, redundantExperts: 32).validate(
                layers: 61, experts: e)
        }
        #expect { try ServingPlan(dataParallelAttention: 2).validate(layers: 32, experts: nil) } throws: {
            ($0 as? InputError)?.field == "dp_attention"
        }
    }

    @Test func pipelineStagesAddLatencyNotThroughput() throws {
        // Llama 3.1 70B BF16 on 8 H100: TP8 against TP4 × PP2 at batch 1. The pipeline's token passes both stages plus
        // one hop, so its TPOT is at least the TP4 stage time × 2; with batch 64 (32 per micro-batch) each stage is
        // busy all the time and the per-GPU rate stays within a factor 2 of TP8's.
        let model = try Catalog.builtin.model("llama-3.1-70b")
        let h100 = try Catalog.builtin.accelerator("h100-sxm")
        let s = try InferenceScenario(
            model: model, accelerator: h100, tensorParallel: 8, inputTokens: 1000, outputTokens: 250,
            pricePerHour: .dollarsPerHour(3))
        let tp8 = s.servingRoofline(ServingPlan(tensorParallel: 8))
        let pp = s.servingRoofline(ServingPlan(tensorParallel: 4, pipelineParallel: 2))
        let stage = pp.stageStep(decode: 1, context: 1125, prefill: 0, promptLength: 0).total.value
        let onePP = pp.decodeStep(batch: 1, context: 1125).total.value
        #expect(onePP >= 2 * stage)
        #expect(onePP > tp8.decodeStep(batch: 1, context: 1125).total.value)
        let rateTP8 = 64 / tp8.decodeStep(batch: 64, context: 1125).total.value
        let ratePP = 64 / pp.decodeStep(batch: 64, context: 1125).total.value
        #expect(ratePP > rateTP8 / 2)
    }

    @Test func hostPCIeCapsStreamingBeyondOneServer() {
        // Seed 002: a 128-lane Gen4 host streams at most ~250 GB/s in total. Host DRAM over x16 links: each of 8 GPUs
        // gets min(31.5, 250/8 = 31.25) = 31.25 GB/s. From NVMe the data crosses the root complex twice: 250/(2·8) =
        // 15.6 GB/s, above one SSD's 7 GB/s, so the SSD binds. One GPU alone: the link's 31.5.
        let host = Offload(tier: .host, link: .pcie4)
        #expect(host.bandwidth(sharedBy: 1).value == 31.5e9)
        #expect(host.bandwidth(sharedBy: 8).value == 250e9 / 8)
        #expect(host.bandwidth(sharedBy: 64).value == 250e9 / 8)  // 8 per host: more hosts, same share
        #expect(Offload(tier: .nvme, link: .pcie4).bandwidth(sharedBy: 8).value == 7e9)
        // A host whose lanes are shared with NICs: 128 GB/s for 8 GPUs → 16 GB/s each.
        #expect(
            Offload(tier: .host, link: .pcie5, hostBandwidth: .gigabytesPerSecond(128)).bandwidth(sharedBy: 8).value
                == 16e9)
        #expect(Offload(tier: .host, link: .nvlinkC2C).bandwidth(sharedBy: 8).value == 450e9)  // no shared root complex
    }
}
