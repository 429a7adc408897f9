import Foundation
import ReckonCore
import ReckonUnits

/// The serving development rows (published measurements, each with its source) and what is not modelled.
extension ServingCalibration {
    static let trtSource =
        "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md (trtllm-bench, PyTorch "
        + "backend, max-load offline), Total Output Throughput"
    static let sglangVllmSource = "sgl-project/sglang@120affb9 benchmark/benchmark_vllm_060/README.md"
    static let amdSource =
        "amd.com ROCm performance results (vLLM 0.9.0.1, page of 2025-06-18; latency row "
        + "2025-05-19)"
    static let ociSource = "blogs.oracle.com/cloud-infrastructure/serving-llama-31-405b-model-with-amd-mi300x-gpus"
    static let sglEPSource = "lm-sys/lm-sys.github.io@2db4e404 blog/2025-05-05-large-scale-ep.md"
    static let sglGB200Source =
        "lm-sys/lm-sys.github.io @00766f6b blog/2025-06-16-gb200-part-1.md, "
        + "@0f320187 blog/2025-09-25-gb200-part-2.md"
    static let sgl041Source = "sgl-project/sglang@26db155e benchmark/benchmark_dsv3/README.md"
    static let nvBlogSource =
        "developer.nvidia.com/blog/"
        + "nvidia-blackwell-delivers-world-record-deepseek-r1-inference-performance"

    /// ShareGPT request lengths under the Llama 3 tokenizer: 230,969 prompt and 194,523 generated tokens over
    /// 1,000 requests of vLLM's `benchmark_serving.py --dataset-name sharegpt` (ShareGPT_V3_unfiltered_cleaned_split,
    /// seed 12345; a public "Llama 3.2 11B Vision Instruct vLLM Benchmarks" run) → 231 and 194.5 per request.
    /// The SGLang row's own figures agree on the output: 3,856.01 tok/s ÷ 19.84 req/s = 194.4.
    public static let shareGPTInput = 231
    public static let shareGPTOutput = 194

    /// vLLM V0's default `max_num_seqs` (EngineArgs): 256 sequences in flight.
    public static let vllmV0MaxSeqs = 256

    /// Engine memory policies: TensorRT-LLM reserves a request's full length (GUARANTEED_NO_EVICT); vLLM and
    /// SGLang allocate pages on demand. Fraction 0.9 (TensorRT-LLM default, vLLM gpu_memory_utilization 0.9).
    static func memory(fullSequence: Bool, tokens: Int = 8192) -> MemoryAssumptions {
        var m = MemoryAssumptions.serving
        m.reservesFullSequence = fullSequence
        m.maxTokensPerStep = tokens
        return m
    }

    /// Every modelled development row (see the type's documentation).
    public static func rows(_ lookup: Lookup) throws -> [ServingDevelopmentRow] {
        var rows: [ServingDevelopmentRow] = []
        let price = USDPerSecond.dollarsPerHour(1)
        let llama8 = try lookup.model("llama-3.1-8b")
        let llama70 = try lookup.model("llama-3.1-70b")
        let llama405 = try lookup.model("llama-3.1-405b")
        let dsv3 = try lookup.model("deepseek-v3")
        let h100 = try lookup.accelerator("h100-sxm")
        let h200 = try lookup.accelerator("h200")
        let mi300x = try lookup.accelerator("mi300x")
        let gb200 = try lookup.accelerator("gb200")
        let b200 = try lookup.accelerator("b200")
        let fp8 = Quantization(weights: .fp8, kvCache: .fp8)
        let bf16 = Quantization(weights: .bf16)
        let fp8BF16KV = Quantization(weights: .fp8, kvCache: .bf16)

        // 1. TensorRT-LLM, Llama 3.1 8B FP8, TP1, max load (perf-overview.md, all 20 rows).
        let trt: [(String, Int, Int, Double)] = [
            ("H200", 128, 128, 27911), ("H100", 128, 128, 28312), ("H200", 128, 2048, 26221),
            ("H100", 128, 2048, 22714),
            ("H200", 128, 4096, 18027), ("H100", 128, 4096, 14325), ("H200", 500, 2000, 20770),
            ("H100", 500, 2000, 17660),
            ("H200", 1000, 1000, 17744), ("H100", 1000, 1000, 15220), ("H200", 1000, 2000, 16828),
            ("H100", 1000, 2000, 13899),
            ("H200", 2048, 128, 3538), ("H100", 2048, 128, 3450), ("H200", 2048, 2048, 12194),
            ("H100", 2048, 2048, 9305),
            ("H200", 5000, 500, 3902), ("H100", 5000, 500, 3459), ("H200", 20000, 2000, 1804),
            ("H100", 20000, 2000, 1351),
        ]
        for (gpu, n, m, value) in trt {
            let s = try InferenceScenario(
                model: llama8, accelerator: gpu == "H200" ? h200 : h100, gpus: 1,
                inputTokens: n, outputTokens: m, quantization: fp8,
                memory: memory(fullSequence: true), pricePerHour: price)
            rows.append(
                ServingDevelopmentRow(
                    id: "TRT-L8-\(gpu)-\(n)-\(m)", family: "Llama 3.1 8B · FP8 · TensorRT-LLM · H100/H200 · max load",
                    scenario: s, measurement: .continuous(batchCap: nil), published: value, unit: "output tok/s/GPU",
                    source: "\(trtSource): 'Llama 3.1 8B | \(n)/\(m) | \(gpu) TP1 (FP8): \(Int(value))'", inFit: true,
                    note: ""))
        }

        // 2. Llama 3.1 70B BF16 on 4 × H100, TP4, ShareGPT (SGLang v0.3.0 / vLLM v0.6.0).
        func l70(_ batch: Int? = nil) throws -> InferenceScenario {
            try InferenceScenario(
                model: llama70, accelerator: h100, gpus: 4, tensorParallel: 4,
                inputTokens: shareGPTInput, outputTokens: shareGPTOutput, quantization: bf16,
                memory: memory(fullSequence: false), pricePerHour: price)
        }
        let lengths = "ShareGPT lengths \(shareGPTInput)/\(shareGPTOutput) (ServingCalibration.shareGPTInput)"
        rows.append(
            ServingDevelopmentRow(
                id: "SGL030-L70-H100x4-OFFLINE", family: "Llama 3.1 70B · BF16 · SGLang/vLLM · 4×H100 TP4",
                scenario: try l70(), measurement: .continuous(batchCap: nil), published: 3856.01 / 4,
                unit: "output tok/s/GPU",
                source: "\(sglangVllmSource): '| inf | 5000 | SGLang | 19.84 | 3856.01 |' (per system; /4)",
                inFit: true, note: lengths))
        rows.append(
            ServingDevelopmentRow(
                id: "VLLM060-L70-H100x4-OFFLINE", family: "Llama 3.1 70B · BF16 · SGLang/vLLM · 4×H100 TP4",
                scenario: try l70(), measurement: .continuous(batchCap: vllmV0MaxSeqs), published: 3700.64 / 4,
                unit: "output tok/s/GPU",
                source: "\(sglangVllmSource): '| inf | 5000 | vLLM | 19.04 | 3700.64 |' (per system; /4)", inFit: true,
                note: lengths + "; vLLM V0 max_num_seqs 256"))
        for (id, rate, tpot, ttft) in [
            ("SGL030-L70-H100x4-RPS4", 4.0, 25.03, 53.94), ("VLLM060-L70-H100x4-RPS4", 4.0, 23.58, 179.15),
            ("SGL030-L70-H100x4-RPS8", 8.0, 33.07, 58.11),
        ] {
            let quote = "\(sglangVllmSource): request rate \(Int(rate)), median TTFT \(ttft) ms, median TPOT \(tpot) ms"
            rows.append(
                ServingDevelopmentRow(
                    id: id + "-TPOT", family: "Llama 3.1 70B · BF16 · SGLang/vLLM · 4×H100 TP4", scenario: try l70(),
                    measurement: .onlineTPOT(requestRate: rate), published: tpot / 1000, unit: "s (median TPOT)",
                    source: quote, inFit: true, note: lengths))
            rows.append(
                ServingDevelopmentRow(
                    id: id + "-TTFT", family: "Llama 3.1 70B · BF16 · online TTFT (reported)", scenario: try l70(),
                    measurement: .onlineTTFT(requestRate: rate), published: ttft / 1000, unit: "s (median TTFT)",
                    source: quote, inFit: false,
                    note:
                        "reported, not fitted: a median TTFT of a heavy-tailed prompt mix mostly measures queueing "
                        + "and scheduling policy (vLLM's is 3× SGLang's at the same load)"
                ))
        }

        // 3. AMD MI300X, vLLM on ROCm, 8 GPUs, TP8, FP8 weights and KV.
        func mi(_ model: ModelSpec, _ n: Int, _ m: Int, batch: Int? = nil) throws -> InferenceScenario {
            try InferenceScenario(
                model: model, accelerator: mi300x, gpus: 8, tensorParallel: 8, batch: batch,
                inputTokens: n, outputTokens: m, quantization: fp8,
                memory: memory(fullSequence: false), pricePerHour: price)
        }
        let miFamily = "Llama 3.1 70B/405B · FP8 · vLLM (ROCm) · 8×MI300X TP8 (reported)"
        let miNote =
            "reported, not fitted: with the constants fitted on the NVIDIA rows, vLLM-on-ROCm runs come out 1.4–1.9× "
            + "too fast at batch ≥ 256 and up to 1.9× too slow at batch 1 — an accelerator- and engine-level gap "
            + "one global constant set cannot carry; the collector notes the AMD page's figures move ±25% "
            + "between container versions and its throughput label is ambiguous. "
        for (id, model, n, m, seqs, value) in [
            ("AMD-MI300X-L70-128-2048", llama70, 128, 2048, 3200, 16581.5),
            ("AMD-MI300X-L70-2048-2048", llama70, 2048, 2048, 1500, 8352.6),
            ("AMD-MI300X-L405-128-2048", llama405, 128, 2048, 1500, 4275.0),
            ("AMD-MI300X-L405-2048-2048", llama405, 2048, 2048, 500, 2179.7),
        ] {
            rows.append(
                ServingDevelopmentRow(
                    id: id, family: miFamily, scenario: try mi(model, n, m),
                    measurement: .staticBatchThroughput(batch: seqs),
                    published: value / 8, unit: "tok/s/GPU (label ambiguous: read as output)",
                    source: "\(amdSource): '\(n) | \(m) | \(seqs) | \(seqs) | \(value)' (per system; /8)", inFit: false,
                    note: miNote
                        + "all \(seqs) prompts at once, max_num_seqs \(seqs); 'Throughput (tokens/s)' not labelled "
                        + "output or total"
                ))
        }
        rows.append(
            ServingDevelopmentRow(
                id: "AMD-MI300X-L70-LAT-BS1", family: miFamily, scenario: try mi(llama70, 128, 2048),
                measurement: .staticBatchLatency(batch: 1), published: 15.591, unit: "s (end to end)",
                source: "\(amdSource): 'Llama 3.1 70B ... FP8 8 1 128 2048 15.591'", inFit: false,
                note: miNote + "batch 1"))
        for (id, batch, seconds) in [
            ("OCI-MI300X-L405-BS1", 1, 3.53), ("OCI-MI300X-L405-BS32", 32, 5.13), ("OCI-MI300X-L405-BS256", 256, 17.75),
        ] {
            rows.append(
                ServingDevelopmentRow(
                    id: id, family: miFamily, scenario: try mi(llama405, 128, 128),
                    measurement: .staticBatchLatency(batch: batch),
                    published: seconds, unit: "s (average latency)",
                    source: "\(ociSource): '| \(batch) | ... | \(seconds) |' (benchmark_latency.py, 128/128)",
                    inFit: false,
                    note: miNote + "TP degree not stated: TP8 (one instance on all eight GPUs)"))
        }
        for (id, m, value) in [
            ("OCI-MI300X-L405-THR-128-128", 128, 1993.0), ("OCI-MI300X-L405-THR-128-2048", 2048, 2794.0),
        ] {
            rows.append(
                ServingDevelopmentRow(
                    id: id, family: miFamily, scenario: try mi(llama405, 128, m),
                    measurement: .staticBatchThroughput(batch: vllmV0MaxSeqs), published: value / 8,
                    unit: "output tok/s/GPU",
                    source: "\(ociSource): '| 128 | \(m) | \(Int(value)) |' (benchmark_throughput.py; per system, /8)",
                    inFit: false,
                    note: miNote + "vLLM V0 default max_num_seqs 256: waves of 256 equal-length requests; TP8 assumed"))
        }

        // 4. DeepSeek-V3 on SGLang, large-scale expert parallelism on H100 (disaggregated phases).
        let epNote =
            "DP attention, DeepEP, DeepGEMM FP8, two-batch overlap; KV dtype not stated (BF16, SGLang's default)"
        for (id, n, perNode) in [
            ("SGL-EP-H100-PREFILL-1K", 1024, 57674.0), ("SGL-EP-H100-PREFILL-2K", 2048, 54543.0),
            ("SGL-EP-H100-PREFILL-4K", 4096, 50302.0),
        ] {
            let s = try InferenceScenario(
                model: dsv3, accelerator: h100, gpus: 32, tensorParallel: 1,
                dataParallelAttention: 32, expertParallel: 32, inputTokens: n, outputTokens: 1,
                quantization: fp8BF16KV, memory: memory(fullSequence: false, tokens: 16384),
                pricePerHour: price)
            rows.append(
                ServingDevelopmentRow(
                    id: id, family: "DeepSeek-V3 · FP8 · SGLang EP · H100 · prefill", scenario: s,
                    measurement: .prefillOnly(tokensPerGroup: 16384), published: perNode / 8, unit: "input tok/s/GPU",
                    source: "\(sglEPSource): \(perNode) input tok/s per node of 8 H100, 4 prefill nodes, EP32",
                    inFit: true,
                    note: epNote + "; 16,384 tokens per device per batch (the post's profile)"))
        }
        let eplb = try InferenceScenario(
            model: dsv3, accelerator: h100, gpus: 32, tensorParallel: 1, dataParallelAttention: 32,
            expertParallel: 32, inputTokens: 4096, outputTokens: 1, quantization: fp8BF16KV,
            memory: memory(fullSequence: false, tokens: 16384), pricePerHour: price)
        var balanced = ServingDevelopmentRow(
            id: "SGL-EP-H100-PREFILL-4K-EPLB", family: "DeepSeek-V3 · FP8 · SGLang EP · H100 · prefill", scenario: eplb,
            measurement: .prefillOnly(tokensPerGroup: 16384), published: 59337.0 / 8, unit: "input tok/s/GPU",
            source: "\(sglEPSource): 59,337 per node, 'simulated perfect EPLB' (upper bound)", inFit: true,
            note: epNote + "; perfectly balanced experts (imbalance 1)")
        balanced.balancedExperts = true
        rows.append(balanced)
        let decodeH100 = try InferenceScenario(
            model: dsv3, accelerator: h100, gpus: 72, tensorParallel: 1,
            dataParallelAttention: 72, expertParallel: 72, redundantExperts: 32,
            inputTokens: 2000, outputTokens: 1, quantization: fp8BF16KV,
            memory: memory(fullSequence: false, tokens: 256), pricePerHour: price)
        rows.append(
            ServingDevelopmentRow(
                id: "SGL-EP-H100-DECODE-2K", family: "DeepSeek-V3 · FP8 · SGLang EP · H100 · decode",
                scenario: decodeH100,
                measurement: .decodeOnly(batch: 256 * 72), published: 22282.0 / 8, unit: "output tok/s/GPU",
                source:
                    "\(sglEPSource): 22,282 output tok/s per node, 9 decode nodes, EP72 with 288 experts, batch 256 "
                    + "per device, KV length 2,000",
                inFit: true, note: epNote))

        // 5. DeepSeek-V3 on SGLang, GB200 NVL72 (per GPU).
        func gb(_ q: Quantization, gpus: Int, redundant: Int, tokens: Int) throws -> InferenceScenario {
            try InferenceScenario(
                model: dsv3, accelerator: gb200, gpus: gpus, tensorParallel: 1, dataParallelAttention: gpus,
                expertParallel: gpus, redundantExperts: redundant, inputTokens: 2000, outputTokens: 1,
                quantization: q, memory: memory(fullSequence: false, tokens: tokens), pricePerHour: price)
        }
        let nvfp4 = Quantization(weights: .fp8, kvCache: .fp8, experts: .fp4)
        let gbFamily = "DeepSeek-V3 · FP8/NVFP4 · SGLang · GB200 NVL72"
        rows.append(
            ServingDevelopmentRow(
                id: "SGL-GB200-P1-DECODE", family: gbFamily,
                scenario: try gb(fp8BF16KV, gpus: 48, redundant: 32, tokens: 2048),
                measurement: .decodeOnly(batch: nil), published: 7583, unit: "output tok/s/GPU",
                source:
                    "\(sglGB200Source): part I, 7,583 output tok/s per GPU, 12 decode trays (48 GPUs), 2,000-token "
                    + "input",
                inFit: true,
                note:
                    "FP8 GEMMs, BF16 attention; batch not stated: the largest that fits; 288 experts (32 redundant) "
                    + "assumed for EP48"
            ))
        rows.append(
            ServingDevelopmentRow(
                id: "SGL-GB200-P2-DECODE-NVFP4", family: gbFamily,
                scenario: try gb(nvfp4, gpus: 48, redundant: 32, tokens: 2048),
                measurement: .decodeOnly(batch: nil), published: 13386, unit: "output tok/s/GPU",
                source:
                    "\(sglGB200Source): part II, 13,386 output tok/s per GPU, 48 ranks, 'batch sized to fill KV cache'",
                inFit: true,
                note: "FP8 attention and KV, NVFP4 experts (o_proj NVFP4 in the source: kept FP8 here)"))
        rows.append(
            ServingDevelopmentRow(
                id: "SGL-GB200-P2-DECODE-FP8", family: gbFamily,
                scenario: try gb(fp8BF16KV, gpus: 48, redundant: 32, tokens: 2048),
                measurement: .decodeOnly(batch: nil), published: 9087, unit: "output tok/s/GPU",
                source: "\(sglGB200Source): part II, 9,087 output tok/s per GPU, 48 ranks, KV full", inFit: true,
                note: "BF16 attention and KV, FP8 experts"))
        rows.append(
            ServingDevelopmentRow(
                id: "SGL-GB200-P2-PREFILL-FP8", family: gbFamily,
                scenario: try gb(fp8BF16KV, gpus: 4, redundant: 0, tokens: 16384),
                measurement: .prefillOnly(tokensPerGroup: 16384), published: 18471, unit: "input tok/s/GPU",
                source: "\(sglGB200Source): part II, 18,471 input tok/s per GPU, 4 ranks per prefill instance",
                inFit: true,
                note: "batch per rank not stated: 16,384 tokens per rank per step assumed (the H100 post's)"))

        // 6. DeepSeek-V3 on SGLang v0.4.1, 8 × H200, online (reported only).
        for (id, q, rate, tpot) in [
            ("SGL041-H200x8-FP8-RPS1", Quantization(weights: .fp8, kvCache: .fp8), 1.0, 143.71),
            ("SGL041-H200x8-FP8-RPS8", Quantization(weights: .fp8, kvCache: .fp8), 8.0, 675.95),
            ("SGL041-H200x8-BF16-RPS4", Quantization(weights: .fp8, kvCache: .bf16), 4.0, 316.35),
        ] {
            let s = try InferenceScenario(
                model: dsv3, accelerator: h200, gpus: 8, tensorParallel: 8,
                inputTokens: 1024, outputTokens: 1024, quantization: q,
                memory: memory(fullSequence: false), pricePerHour: price)
            rows.append(
                ServingDevelopmentRow(
                    id: id, family: "DeepSeek-V3 · SGLang v0.4.1 · 8×H200 · online (reported)", scenario: s,
                    measurement: .onlineTPOT(requestRate: rate), published: tpot / 1000, unit: "s (median TPOT)",
                    source: "\(sgl041Source): request rate \(Int(rate)), median TPOT \(tpot) ms", inFit: false,
                    note:
                        "not fitted: v0.4.1 (Dec 2024) ran with CUDA graphs disabled (source note); the native FP8 "
                        + "checkpoint is modelled for the 'BF16' label"
                ))
        }

        // 7. DeepSeek-R1 FP4 on 8 × B200 (TensorRT-LLM blog): lower bounds.
        let r1 = try InferenceScenario(
            model: dsv3, accelerator: b200, gpus: 8, tensorParallel: 8, expertParallel: 8,
            inputTokens: 1024, outputTokens: 2048,
            quantization: Quantization(weights: .fp8, kvCache: .fp8, experts: .fp4),
            memory: memory(fullSequence: true), pricePerHour: price)
        rows.append(
            ServingDevelopmentRow(
                id: "NV-B200-DSR1-MINLAT", family: "DeepSeek-R1 · FP4 · TensorRT-LLM · 8×B200 (bounds)", scenario: r1,
                measurement: .perUserLowerBound, published: 250, unit: "tok/s per user (lower bound)",
                source: "\(nvBlogSource): 'over 250 tokens per second per user' at concurrency 1, 1024/2048",
                inFit: false,
                note: "bound: TP8 + EP8 assumed; whether speculative decoding was used is not stated in the row"))
        let r1Max = try InferenceScenario(
            model: dsv3, accelerator: b200, gpus: 8, tensorParallel: 1, dataParallelAttention: 8,
            expertParallel: 8, inputTokens: 1024, outputTokens: 2048,
            quantization: Quantization(weights: .fp8, kvCache: .fp8, experts: .fp4),
            memory: memory(fullSequence: true), pricePerHour: price)
        rows.append(
            ServingDevelopmentRow(
                id: "NV-B200-DSR1-MAXTHR", family: "DeepSeek-R1 · FP4 · TensorRT-LLM · 8×B200 (bounds)",
                scenario: r1Max,
                measurement: .perGPULowerBound, published: 30000.0 / 8, unit: "tok/s/GPU (lower bound)",
                source: "\(nvBlogSource): 'over 30,000 tokens per second' on one DGX B200, 1024/2048 (per system, /8)",
                inFit: false,
                note: "bound: attention DP 8 + EP8 assumed; output-only not stated"))
        return rows
    }

    /// What the development rows say about the model on particular accelerators, for results to carry.
    public static let acceleratorCaveats: [String: String] = [
        "mi300x":
            "MI300X: the 10 vLLM-on-ROCm development rows (AMD, Oracle, 2024–25) ran 1.4–1.9× slower than this model "
            + "predicts at batch ≥ 256, and up to 1.9× faster at batch 1 (ServingCalibration, reported, not "
            + "fitted); treat MI300X throughputs as optimistic"
    ]

    /// Development rows the file holds but Reckon does not model, with the reason.
    public static let notModelled: [(id: String, reason: String)] = [
        (
            "SGL-EP-H100-DECODE-4K-MTPSIM",
            "simulated multi-token prediction with dummy kernels slowing attention (source note): not a real run"
        ),
        (
            "SGL041-H200x16-FP8-RPS1",
            "marked SUSPICIOUS by the collector: 2-node TP16 3× slower than one node, 57 s TTFT at 1 RPS"
        ),
        ("VLLM-WIDEEP-H200", "GPU count, lengths and batch not stated in the post text"),
        ("NV-H200-L3-70B-SERVER", "a revenue-example assumption; precision, lengths and batch not stated"),
        (
            "SGL-GB200-P2-PREFILL-NVFP4",
            "2 ranks per prefill instance: DeepSeek-V3 with NVFP4 experts is ≈ 395 GB by Reckon's count (654.5B × "
                + "0.5625 B + FP8 attention, BF16 embeddings), more than 2 × 186 GB; the rank count cannot be "
                + "reproduced"
        ),
    ]
}
