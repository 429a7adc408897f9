import ReckonUnits

/// Weight streaming details when the weights do not fit on the accelerators.
public struct StreamingEstimate: Sendable, Hashable {
    public var bytesPerLayer: Bytes
    /// Streaming rate of one accelerator (link, device and host share: ``Offload/bandwidth(sharedBy:)``).
    public var bandwidth: BytesPerSecond
    /// Layers whose weights fit on an accelerator at once (≥ 1).
    public var residentLayers: Int
    public var transferPerLayer: Seconds
    public var computePerLayer: Seconds
    public var pipelinedTime: Seconds
    public var sequentialTime: Seconds
}

/// What serving a model takes: memory, accelerators, latency, throughput, cost, and the derivation.
public struct InferenceEstimate: Sendable, Hashable {
    public var scenario: InferenceScenario
    public var shape: ServingShape
    public var plan: InferenceScenario.Plan
    /// True when a replica is larger than the accelerator's scale-up domain.
    public var spansNodes: Bool
    public var computePrecision: Precision
    /// Memory of one accelerator at the batch used and the full sequence length.
    public var memory: ServingMemory
    /// The KV capacity as an engine reports it (after weights, activations and reserve).
    public var kvCapacity: KVCapacity
    /// Largest batch of full-length sequences per replica (KV capacity, at most the step's token budget).
    public var maxBatch: Int
    /// Longest context one sequence can reach alone.
    public var maxContext: Int
    /// Batch used per replica.
    public var batch: Int
    /// One prompt on an otherwise idle replica.
    public var timeToFirstToken: Seconds
    /// A prompt arriving while `batch` sequences decode (chunked prefill); nil when weights stream.
    public var timeToFirstTokenUnderLoad: Seconds?
    /// Time per output token under continuous batching at the batch used (the steady-state cycle, prompt
    /// tokens of the replacements included).
    public var timePerOutputToken: Seconds
    /// The batch decoding alone (no prompt tokens).
    public var decodeStep: StepTime
    /// The steady-state cycle (nil when weights stream).
    public var cycle: ServingCycle?
    /// Tokens per second one sequence sees: 1 / TPOT.
    public var tokensPerSecondPerSequence: TokensPerSecond
    /// Decode tokens per second of all replicas with no prompt tokens to process.
    public var decodeTokensPerSecond: TokensPerSecond
    /// Output tokens per second of all replicas at the batch used, prompt processing included.
    public var tokensPerSecond: TokensPerSecond
    public var tokensPerSecondPerAccelerator: TokensPerSecond
    public var bound: Bound
    /// Smallest batch at which decode turns compute-bound (nil: never at this context).
    public var computeBoundBatch: Int?
    /// Replica time charged per prompt token (what input tokens cost).
    public var prefillTimePerInputToken: Seconds
    /// Replica time charged per output token (`prefillTimePerInputToken` and this add up to the cycle).
    public var replicaTimePerOutputToken: Seconds
    public var cost: ServingCost
    public var streaming: StreamingEstimate?
    public var derivation: [DerivationStep]
}

extension InferenceScenario {
    /// Latency, throughput, memory and cost of serving this scenario.
    ///
    /// ```
    /// B       = batch | ⌈concurrency / replicas⌉ | min(KV capacity, token budget)
    /// TTFT    = t_prefill(n_in) on an idle replica; under load see ServingRoofline.timeToFirstTokenUnderLoad
    /// TPOT    = cycle(B)                       continuous batching with the replacements' prompts
    /// (ServingRoofline.cycle)
    /// R_out   = replicas · B / TPOT;  R_decode = replicas · B / t_step(B, 0)
    /// cost    = p · G · TPOT per cycle, split between output and prompt tokens in proportion to
    ///           t_step(B, 0) (decode alone) and P · t_prefill-per-token (prompts alone)
    /// ```
    /// With offload, each step streams every layer's weights (WeightStreaming) and the step's compute is
    /// spread over the layers; each of the `t` accelerators streams its 1/t share at its share of the link and
    /// of the host's PCIe (``Offload/bandwidth(sharedBy:)``). Sources: see ``ServingRoofline``, ``MemoryFit``,
    /// ``WeightStreaming``, ``ServingCost``.
    public func estimate() throws -> InferenceEstimate {
        let plan = try plan()
        let serving = plan.serving
        let t = serving.tensorParallel
        let fit = memoryFit
        let engine = servingRoofline(serving)
        let shape = self.shape
        let weights = self.weights
        var steps: [DerivationStep] = []
        let meanContext = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        let decodeFLOP =
            weights.denseFLOPPerToken + weights.expertFLOPPerToken + shape.decodeAttentionFLOP(context: meanContext)
        steps.append(
            .init(
                name: "decode_flop_per_token",
                formula:
                    "2·(N_active − N_emb) + A(n_ctx) = \(fmt(weights.denseFLOPPerToken + weights.expertFLOPPerToken)) "
                    + "+ \(fmt(shape.decodeAttentionFLOP(context: meanContext))) at n_ctx \(fmt(meanContext))",
                value: decodeFLOP, unit: "FLOP/token", source: InferenceSources.attentionCount))
        steps.append(
            .init(
                name: "weight_bytes",
                formula:
                    "N_body·b_w + P_e·b_e + N_emb·b_16 = \(fmt(weights.body.value))×\(fmt(weights.bytesPerWeight)) + "
                    + "\(fmt(weights.routed.value))×\(fmt(weights.bytesPerExpertWeight)) + "
                    + "\(fmt(weights.embedding.value + weights.head.value))×\(fmt(weights.bytesPerEmbeddingWeight))",
                value: weightBytes.value, unit: "B", source: InferenceSources.quantization))
        steps.append(
            .init(
                name: "kv_bytes_per_token",
                formula: kvCache.latentElements.map {
                    "L · (d_c + d_r) · b_kv = \(kvCache.layers) × \($0) × \(fmt(kvCache.bytesPerElement))"
                }
                    ?? "2 · L · h_kv · d_head · b_kv = 2 × \(kvCache.layers) × \(kvCache.kvHeads) × "
                    + "\(kvCache.headDim) × \(fmt(kvCache.bytesPerElement))",
                value: kvCache.bytesPerToken.value, unit: "B/token", source: InferenceSources.kvCache))
        let capacity = fit.capacity(serving, context: heldContext)

        var streaming: StreamingEstimate? = nil
        var cycle: ServingCycle? = nil
        var ttftLoad: Seconds? = nil
        let maxBatch: Int
        let batchUsed: Int
        let ttft: Seconds
        let tpot: Seconds
        let maxContext: Int
        let step: StepTime
        if !plan.streamsWeights {
            maxBatch = min(
                fit.maxBatch(serving, context: heldContext), memory.maxTokensPerStep * serving.dataParallelAttention)
            maxContext = fit.maxContext(serving, batch: serving.dataParallelAttention)
            var share: Int? = nil
            if let concurrency {
                let perReplica = (concurrency + plan.replicas - 1) / plan.replicas
                guard perReplica <= maxBatch else {
                    throw InputError(
                        field: "concurrency", value: "\(concurrency)",
                        allowed:
                            "at most \(maxBatch * plan.replicas) requests in flight on \(plan.replicas) "
                            + "replica\(plan.replicas == 1 ? "" : "s") of \(serving.summary) (\(maxBatch) sequences "
                            + "of \(sequenceLength) tokens each)",
                        hint: "or give more GPUs")
                }
                share = perReplica
            }
            if let batch, batch > maxBatch {
                throw InputError(
                    field: "batch", value: "\(batch)",
                    allowed:
                        "at most \(maxBatch) sequences of \(sequenceLength) tokens on \(serving.summary) × "
                        + "\(accelerator.name)"
                )
            }
            batchUsed = batch ?? share ?? maxBatch
            let c = engine.cycle(batch: batchUsed, inputTokens: inputTokens, outputTokens: outputTokens)
            cycle = c
            step = c.decodeStep
            tpot = c.time
            ttft = engine.timeToFirstToken(inputTokens: inputTokens)
            ttftLoad = engine.timeToFirstTokenUnderLoad(
                batch: batchUsed, inputTokens: inputTokens, outputTokens: outputTokens)
            steps.append(
                .init(
                    name: "kv_capacity_tokens",
                    formula:
                        "f_kv·(M − weights − activations − reserve) / kv per token per GPU = "
                        + "\(fmt(capacity.kvCacheFraction))·(\(capacity.memory.formatted) − "
                        + "\(capacity.weights.formatted) − \(capacity.activations.formatted) − "
                        + "\(capacity.reserve.formatted)) / " + "\(capacity.bytesPerTokenPerAccelerator.formatted)",
                    value: Double(capacity.tokens), unit: "tokens", source: InferenceSources.capacity))
        } else {
            guard let offload else { preconditionFailure("plan streams weights only with offload") }
            batchUsed = batch ?? 1
            let free =
                accelerator.memory! - fit.activations(tensorParallel: t) - memory.runtimeReserve
                - kvCache.bytes(batch: batchUsed, context: sequenceLength) / Double(kvCache.shards(tensorParallel: t))
            let perLayer = weightBytes / Double(shape.layers * t)
            let resident = free.value > 0 ? Int((free / perLayer).rounded(.down)) : 0
            guard resident >= 1 else {
                throw InputError(
                    field: "batch", value: "\(batchUsed)",
                    allowed:
                        "a batch whose KV cache leaves room for at least one layer of weights on \(accelerator.name)")
            }
            maxBatch = batchUsed
            maxContext = sequenceLength
            step = engine.decodeStep(batch: batchUsed, context: meanContext)
            let bandwidth = offload.bandwidth(sharedBy: t)
            let transfer = perLayer / bandwidth
            let compute = step.total / Double(shape.layers)
            let r = min(resident, shape.layers)
            let piped = WeightStreaming.pipelinedTime(
                layers: shape.layers, compute: compute, transfer: transfer, latency: offload.tier.latency, resident: r)
            let seq = WeightStreaming.sequentialTime(
                layers: shape.layers, compute: compute, transfer: transfer, latency: offload.tier.latency, resident: r)
            tpot = offload.pipelined ? piped : seq
            let prefillCompute = engine.prefill(tokens: inputTokens).total / Double(shape.layers)
            ttft = WeightStreaming.time(
                layers: shape.layers, compute: prefillCompute, transfer: transfer,
                latency: offload.tier.latency, resident: r, pipelined: offload.pipelined)
            streaming = StreamingEstimate(
                bytesPerLayer: perLayer, bandwidth: bandwidth, residentLayers: r,
                transferPerLayer: transfer, computePerLayer: compute, pipelinedTime: piped, sequentialTime: seq)
            steps.append(
                .init(
                    name: "streaming_bandwidth",
                    formula: "min(link, device, host PCIe / (crossings · min(t, \(HostLink.acceleratorsPerHost))))",
                    value: bandwidth.value, unit: "B/s", source: InferenceSources.streaming))
            steps.append(
                .init(
                    name: "streaming_time_per_step",
                    formula: offload.pipelined
                        ? "(ℓ + x) + (L − 1)·max(c, x, (ℓ+x+c)/r) + c" : "⌈L/r⌉ · (ℓ + r·x + r·c)",
                    value: tpot.value, unit: "s", source: InferenceSources.streaming))
        }
        var memoryPerGPU = fit.breakdown(
            serving, batch: batchUsed, context: plan.streamsWeights ? sequenceLength : heldContext)
        if let streaming {  // only the resident layers' weights occupy the accelerator
            memoryPerGPU.weights = streaming.bytesPerLayer * Double(streaming.residentLayers)
        }
        let replicas = Double(plan.replicas)
        let perSequence = Tokens(1) / tpot
        let decodeRate = Tokens(replicas * Double(batchUsed)) / step.total
        let outputRate: TokensPerSecond
        if plan.streamsWeights {
            outputRate =
                Tokens(replicas * Double(batchUsed) * Double(outputTokens)) / (ttft + tpot * Double(outputTokens))
        } else {
            outputRate = Tokens(replicas * Double(batchUsed)) / tpot
        }
        steps.append(
            .init(
                name: "tpot",
                formula: cycle.map {
                    "t_step(B = \(batchUsed), P = \(fmt($0.carriedPromptTokens))) + prefill-only steps for the rest "
                        + "of \(fmt($0.promptTokensPerStep)) prompt tokens"
                } ?? "weight streaming per step",
                value: tpot.value, unit: "s", source: InferenceSources.roofline))
        steps.append(
            .init(
                name: "ttft", formula: "prefill of \(inputTokens) tokens alone", value: ttft.value, unit: "s",
                source: InferenceSources.roofline))
        if let ttftLoad {
            steps.append(
                .init(
                    name: "ttft_under_load", formula: "cycle/2 + ⌈n_in / (budget − B)⌉ · t_step(B, chunk)",
                    value: ttftLoad.value,
                    unit: "s", source: InferenceSources.chunkedPrefill))
        }
        steps.append(
            .init(
                name: "tokens_per_second",
                formula: plan.streamsWeights ? "B · n_out / (TTFT + n_out · TPOT)" : "replicas · B / TPOT",
                value: outputRate.value, unit: "tokens/s", source: Sources.definition))

        // Cost: a cycle's accelerator time, split between output and prompt tokens.
        let g = serving.gpus
        let prefillPerToken: Seconds
        let outRate: TokensPerSecond
        if let cycle {
            let promptsPerStep = max(1, memory.maxTokensPerStep / max(1, inputTokens))
            let alone =
                engine.prefill(tokens: inputTokens, requests: promptsPerStep).total
                / (Double(inputTokens) * Double(promptsPerStep))
            let decodeShare = cycle.decodeStep.total.value
            let promptShare = alone.value * cycle.promptTokensPerStep
            let out = decodeShare / (decodeShare + promptShare)
            outRate = Tokens(Double(batchUsed)) / (cycle.time * out)
            prefillPerToken = cycle.time * (1 - out) / cycle.promptTokensPerStep
        } else {
            outRate = Tokens(Double(batchUsed)) / tpot
            prefillPerToken = ttft / Double(inputTokens)
        }
        let outCost = ServingCost.perMillion(
            rate: outRate, accelerators: g, price: pricePerHour, utilization: utilization)
        let inCost = ServingCost.perMillion(
            rate: Tokens(1) / prefillPerToken, accelerators: g, price: pricePerHour, utilization: utilization)
        let cost = ServingCost(usdPerMillionInputTokens: inCost, usdPerMillionOutputTokens: outCost)
        steps.append(
            .init(
                name: "usd_per_million_output_tokens",
                formula:
                    "p · G · TPOT · share_out / B / u × 10⁶ (p = \(pricePerHour.formatted) per accelerator, G = \(g), "
                    + "u = \(fmt(utilization)))",
                value: outCost.value, unit: "USD", source: InferenceSources.cost))

        return InferenceEstimate(
            scenario: self, shape: shape, plan: plan,
            spansNodes: serving.gpus > (accelerator.scaleUpDomain ?? 1) && serving.gpus > 1,
            computePrecision: quantization.computePrecision(on: accelerator), memory: memoryPerGPU,
            kvCapacity: capacity,
            maxBatch: maxBatch, maxContext: maxContext, batch: batchUsed, timeToFirstToken: ttft,
            timeToFirstTokenUnderLoad: ttftLoad, timePerOutputToken: tpot, decodeStep: step, cycle: cycle,
            tokensPerSecondPerSequence: perSequence, decodeTokensPerSecond: decodeRate, tokensPerSecond: outputRate,
            tokensPerSecondPerAccelerator: outputRate / Double(plan.accelerators),
            bound: plan.streamsWeights ? .memory : (cycle?.mixedStep.bound ?? step.bound),
            computeBoundBatch: plan.streamsWeights ? nil : engine.computeBoundBatch(context: meanContext),
            prefillTimePerInputToken: prefillPerToken, replicaTimePerOutputToken: Tokens(1) / outRate, cost: cost,
            streaming: streaming, derivation: steps)
    }

    /// Decode throughput per replica and per accelerator as the batch grows, up to the largest that fits
    /// (decode alone, no prompt tokens).
    public func throughputCurve(batches: [Int]) throws -> [(
        batch: Int, perSequence: TokensPerSecond, perAccelerator: TokensPerSecond, bound: Bound
    )] {
        let plan = try plan()
        let engine = servingRoofline(plan.serving)
        let limit = min(
            memoryFit.maxBatch(plan.serving, context: heldContext),
            memory.maxTokensPerStep * plan.serving.dataParallelAttention)
        let meanContext = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        return batches.filter { $0 >= 1 && $0 <= limit }.map { b in
            let s = engine.decodeStep(batch: b, context: meanContext)
            return (b, Tokens(1) / s.total, Tokens(Double(b)) / s.total / Double(plan.serving.gpus), s.bound)
        }
    }
}

/// Citations for the serving model.
public enum InferenceSources {
    public static let kvCache = "Shazeer 2019 (MQA) arXiv:1911.02150; Ainslie et al. 2023 (GQA) arXiv:2305.13245"
    public static let roofline =
        "Williams et al. 2009 (Roofline); Pope et al. 2022, Efficiently Scaling Transformer Inference, arXiv:2211.05102"
    public static let streaming =
        "comments on 'Inference cost limits the impact of ever larger models' (LessWrong, "
        + "2021); Rajbhandari et al. 2021, ZeRO-Infinity, arXiv:2104.07857"
    public static let cost = "definition; 750 words ↔ 1,000 tokens at 0.75 words/token (OpenAI tokenizer guidance)"
    public static let attentionCount =
        "Hoffmann et al. 2022 (Chinchilla) arXiv:2203.15556 App. F (QKᵀ + A·V); DeepSeek-V2 arXiv:2405.04434 Sec. 2.1 "
        + "(latent attention)"
    public static let quantization =
        "NVIDIA NVFP4 blog 2025 (16-element E4M3 scales); OCP MX v1.0 (32-element E8M0); Lin et al. 2023 AWQ (INT4 "
        + "g128); DeepSeek-V3 arXiv:2412.19437 Sec. 3.3.1 (embeddings and head in higher precision)"
    public static let capacity =
        "Kwon et al. 2023, vLLM/PagedAttention, arXiv:2309.06180; TensorRT-LLM kv_cache_free_gpu_mem_fraction"
    public static let chunkedPrefill =
        "Agrawal et al. 2024, Sarathi-Serve, arXiv:2403.02310 (chunked prefill with decode)"
}
