import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

/// Published max-load throughput against the model, and the behaviour of an estimate.
@Suite struct InferenceEstimateTests {
    /// The catalog entries users get with `--model llama-3.1-8b --gpu h200|h100-sxm` (shapes and figures with their
    /// sources: `reckon catalog show …`), so the ground-truth check covers what `reckon infer` computes.
    static let llama8B = try! Catalog.builtin.model("llama-3.1-8b")
    static let h200 = try! Catalog.builtin.accelerator("h200")
    static let h100 = try! Catalog.builtin.accelerator("h100-sxm")

    /// `shared/ground-truth/inference.csv`, kind = throughput, TensorRT-LLM (trtllm-bench, PyTorch backend,
    /// max-load offline), Llama 3.1 8B, TP1, 1 GPU, FP8: (GPU, input length, output length, Total Output
    /// Throughput tokens/s). All 20 rows of the file for this model.
    static let rows: [(gpu: String, input: Int, output: Int, published: Double)] = [
        ("H200", 128, 128, 27911), ("H100", 128, 128, 28312), ("H200", 128, 2048, 26221), ("H100", 128, 2048, 22714),
        ("H200", 128, 4096, 18027), ("H100", 128, 4096, 14325), ("H200", 500, 2000, 20770), ("H100", 500, 2000, 17660),
        ("H200", 1000, 1000, 17744), ("H100", 1000, 1000, 15220), ("H200", 1000, 2000, 16828),
        ("H100", 1000, 2000, 13899),
        ("H200", 2048, 128, 3538), ("H100", 2048, 128, 3450), ("H200", 2048, 2048, 12194), ("H100", 2048, 2048, 9305),
        ("H200", 5000, 500, 3902), ("H100", 5000, 500, 3459), ("H200", 20000, 2000, 1804), ("H100", 20000, 2000, 1351),
    ]

    static func scenario(gpu: String, input: Int, output: Int) throws -> InferenceScenario {
        try InferenceScenario(
            model: llama8B, accelerator: gpu == "H200" ? h200 : h100, gpus: 1,
            inputTokens: input, outputTokens: output,
            quantization: Quantization(weights: .fp8, kvCache: .fp8),
            efficiency: .serving, memory: .serving, pricePerHour: .dollarsPerHour(3))
    }

    @Test func tensorRTLLMLlama8BThroughputWithinTwelvePercent() throws {
        // Efficiency factors: EfficiencyFactors.serving, the one global set fitted on every development row
        // (ServingCalibration: this family and six others), and MemoryAssumptions.serving (2 GB reserve, 90% of free
        // memory to the KV cache, TensorRT-LLM's full-sequence reservation and 8,192-token steps); the batch is the
        // largest that fits, as in the max-load benchmark, in the steady state of continuous batching with chunked
        // prefill. Tolerance 12% per row (the v1 bound, kept): the largest error is 11.3% (compute-bound 2048/128);
        // dropping the attention phase or the prompt tokens of the cycle moves several rows by more than 20%.
        // RMS over rows must stay ≤ 6% (5.5% now).
        var squares = 0.0
        for row in Self.rows {
            let e = try Self.scenario(gpu: row.gpu, input: row.input, output: row.output).estimate()
            let error = e.tokensPerSecond.value / row.published - 1
            squares += error * error
            print(
                String(
                    format:
                        "inference.csv Llama-3.1-8B %@ %5d/%-5d published %6.0f model %6.0f tok/s  batch %5d  error "
                        + "%+5.1f%%",
                    row.gpu, row.input, row.output, row.published, e.tokensPerSecond.value, e.batch, error * 100))
            #expect(
                abs(error) < 0.12,
                "\(row.gpu) \(row.input)/\(row.output): \(e.tokensPerSecond.value) vs \(row.published)")
            #expect(e.plan.accelerators == 1 && e.plan.tensorParallel == 1)
        }
        let rms = (squares / Double(Self.rows.count)).squareRoot()
        print(String(format: "inference.csv Llama-3.1-8B RMS error %.1f%%", rms * 100))
        #expect(rms < 0.06)
    }

    @Test func shortSequencesAreComputeBoundLongOnesMemoryBound() throws {
        // 128/128 at the largest batch: thousands of sequences → the GEMMs dominate (compute).
        // 20000/2000: ~40 sequences of 21k-token context → KV reads dominate (memory).
        let short = try Self.scenario(gpu: "H100", input: 128, output: 128).estimate()
        let long = try Self.scenario(gpu: "H100", input: 20000, output: 2000).estimate()
        #expect(short.bound == .compute)
        #expect(long.bound == .memory)
        // Batch-1 decode of an 8 GB FP8 model on H100 is memory-bound: TPOT ≥ 8.03 GB / 3.35 TB/s = 2.4 ms.
        let one = try InferenceScenario(
            model: Self.llama8B, accelerator: Self.h100, gpus: 1, batch: 1,
            inputTokens: 128, outputTokens: 128,
            quantization: Quantization(weights: .fp8), pricePerHour: .dollarsPerHour(3)
        ).estimate()
        #expect(one.bound == .memory)
        #expect(one.timePerOutputToken.value >= 8.03e9 / 3.35e12)
    }

    @Test func gpt3OnOneH100IsRefusedWithTheMinimum() throws {
        // 175e9 × 2 B = 350 GB of BF16 weights; 80 GB per H100 → 8 (the power of two above 350/80 = 4.4).
        let gpt3 = try Catalog.builtin.model("gpt-3")
        do {
            _ = try InferenceScenario(
                model: gpt3, accelerator: Self.h100, gpus: 1, inputTokens: 1000, outputTokens: 100,
                pricePerHour: .dollarsPerHour(3))
            Issue.record("expected a refusal")
        } catch let error as InputError {
            #expect(error.field == "gpus")
            #expect(error.allowed.contains("at least 8"))
        }
        let fits = try InferenceScenario(
            model: gpt3, accelerator: Self.h100, inputTokens: 1000, outputTokens: 100,
            pricePerHour: .dollarsPerHour(3)
        ).estimate()
        #expect(fits.plan.tensorParallel == 8)
        #expect(fits.memory.weights.value == 350e9 / 8)
    }

    @Test func tensorParallelWithoutAPublishedLinkIsRefused() throws {
        // No interconnect figure → no way to time the all-reduces: refused, never a made-up link rate.
        var bare = Self.h100
        bare.scaleUpBandwidth = nil
        bare.scaleOutBandwidth = nil
        let gpt3 = try Catalog.builtin.model("gpt-3")
        #expect {
            try InferenceScenario(
                model: gpt3, accelerator: bare, inputTokens: 100, outputTokens: 10,
                pricePerHour: .dollarsPerHour(3))
        } throws: { ($0 as? InputError)?.field == "gpu" }
    }

    @Test func offloadAnswersInsteadOfRefusing() throws {
        // GPT-3 BF16 on one H100 with weights in host DRAM over PCIe Gen4: every token streams 350 GB at
        // 31.5 GB/s ≥ 11.1 s (framework.md §5.9: "streaming 350 GB fp16 takes 11 s at 32 GB/s").
        let gpt3 = try Catalog.builtin.model("gpt-3")
        let e = try InferenceScenario(
            model: gpt3, accelerator: Self.h100, gpus: 1, inputTokens: 100, outputTokens: 10,
            pricePerHour: .dollarsPerHour(3),
            offload: Offload(tier: .host, link: .pcie4)
        ).estimate()
        let floor = 350e9 / 31.5e9
        #expect(e.timePerOutputToken.value >= floor)
        // Compute of one batch-1 token is ~1 ms, so the transfer dominates: within 1% of the floor
        // (the initial fill, the last layer's compute, and per-transfer latency add < 0.1 s).
        #expect(e.timePerOutputToken.value < floor * 1.01)
        #expect(e.streaming != nil)
    }

    @Test func costPerMillionOutputTokensFollowsThroughput() throws {
        // $3/h on 1 GPU: $/M output = 3/3600 × τ_out × 1e6 and $/M input = 3/3600 × τ_in × 1e6 (definition), and the
        // two charges add up to the replica's time: B·τ_out + P·τ_in = one cycle (exact up to rounding).
        let e = try Self.scenario(gpu: "H100", input: 1000, output: 1000).estimate()
        #expect(
            abs(e.cost.usdPerMillionOutputTokens.value / (3.0 / 3600 * e.replicaTimePerOutputToken.value * 1e6) - 1)
                < 1e-9)
        #expect(
            abs(e.cost.usdPerMillionInputTokens.value / (3.0 / 3600 * e.prefillTimePerInputToken.value * 1e6) - 1)
                < 1e-9)
        let cycle = try #require(e.cycle)
        let charged =
            Double(e.batch) * e.replicaTimePerOutputToken.value + cycle.promptTokensPerStep
            * e.prefillTimePerInputToken.value
        #expect(abs(charged / cycle.time.value - 1) < 1e-9)
        #expect(abs(e.cost.usdPer750Words.value / (e.cost.usdPerMillionOutputTokens.value / 1000) - 1) < 1e-9)
    }

    @Test func batchTooLargeIsRefused() throws {
        let s = try InferenceScenario(
            model: Self.llama8B, accelerator: Self.h100, gpus: 1, batch: 1_000_000,
            inputTokens: 1000, outputTokens: 1000, quantization: Quantization(weights: .fp8),
            pricePerHour: .dollarsPerHour(3))
        #expect(throws: InputError.self) { try s.estimate() }
    }
}
