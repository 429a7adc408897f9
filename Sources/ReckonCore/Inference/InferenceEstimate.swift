import ReckonUnits

/// Weight streaming details when the weights do not fit on the accelerators.
public struct StreamingEstimate: Sendable, Hashable {
    public var bytesPerLayer: Bytes
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
    public var shape: TransformerShape
    public var plan: InferenceScenario.Plan
    /// True when the tensor-parallel group is larger than the accelerator's scale-up domain.
    public var spansNodes: Bool
    public var computePrecision: Precision
    /// Memory of one accelerator at the batch used and the full sequence length.
    public var memory: MemoryBreakdown
    /// Largest batch of full-length sequences per replica.
    public var maxBatch: Int
    /// Longest context one sequence can reach alone.
    public var maxContext: Int
    /// Batch used per replica.
    public var batch: Int
    public var timeToFirstToken: Seconds
    /// Time per output token at the batch used and the mean context.
    public var timePerOutputToken: Seconds
    public var decodeStep: StepTime
    /// Tokens per second one sequence sees: 1 / TPOT.
    public var tokensPerSecondPerSequence: TokensPerSecond
    /// Decode tokens per second of all replicas (no prefill).
    public var decodeTokensPerSecond: TokensPerSecond
    /// Output tokens per second of all replicas in a max-load run, prefill included.
    public var tokensPerSecond: TokensPerSecond
    public var tokensPerSecondPerAccelerator: TokensPerSecond
    public var bound: Bound
    /// Smallest batch at which decode turns compute-bound (nil: never at this context).
    public var computeBoundBatch: Int?
    /// Replica time spent per prompt token when prompts are batched (what input tokens cost).
    public var prefillTimePerInputToken: Seconds
    public var cost: ServingCost
    public var streaming: StreamingEstimate?
    public var derivation: [DerivationStep]
}

extension InferenceScenario {
    /// Link between tensor-parallel ranks: the scale-up link inside the domain, the scale-out link beyond it
    /// (falling back to scale-up when no scale-out figure is published); nil if neither is published.
    public func tensorParallelLink(_ t: Int) -> BytesPerSecond? {
        let domain = accelerator.scaleUpDomain ?? 1
        let preferred = t <= domain ? accelerator.scaleUpBandwidth : accelerator.scaleOutBandwidth
        return preferred ?? accelerator.scaleUpBandwidth
    }

    /// The serving roofline of one replica at tensor-parallel degree `t`.
    public func servingRoofline(tensorParallel t: Int) -> ServingRoofline {
        let peak = quantization.computePeak(on: accelerator)!
        let link = (tensorParallelLink(t) ?? BytesPerSecond(1)) * efficiency.link   // t > 1 always has a link (checked in init)
        return ServingRoofline(activeParameters: model.activeParameters, shape: shape, weightBytes: weightBytes,
                               kvCache: kvCache, roofline: Roofline(peak: peak, bandwidth: accelerator.memoryBandwidth!,
                                                                    efficiency: efficiency),
                               tensorParallel: t, linkBandwidth: t > 1 ? link : nil,
                               collectiveLatency: efficiency.collectiveLatency,
                               experts: ExpertWeights(total: model.totalParameters, active: model.activeParameters,
                                                      experts: model.experts, activeExperts: model.activeExperts))
    }

    /// Latency, throughput, memory and cost of serving this scenario.
    ///
    /// ```
    /// TTFT   = t_prefill(n_in)                      one request alone (ServingRoofline.prefill)
    /// TPOT   = t_step(B, n_in + (n_out+1)/2)         decode step at the mean context
    /// R_seq  = 1 / TPOT;  R_decode = replicas · B / TPOT
    /// R_out  = replicas · B · n_out / (t_prefill(B prompts) + n_out · TPOT)
    /// ```
    /// With offload, each step streams every layer's weights (WeightStreaming) and the step's compute is
    /// spread over the layers; each of the `t` accelerators streams its 1/t share over its own link.
    /// TTFT is the prefill of one prompt on an otherwise idle replica (queueing under load not included). Sources: see ``ServingRoofline``, ``MemoryFit``, ``WeightStreaming``, ``ServingCost``.
    public func estimate() throws -> InferenceEstimate {
        let plan = try plan()
        let t = plan.tensorParallel
        let fit = memoryFit
        let engine = servingRoofline(tensorParallel: t)
        let shape = self.shape
        var steps: [DerivationStep] = []
        let active = model.activeParameters
        let meanContext = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        let decodeFLOP = InferenceCompute.decodeFLOPPerToken(active: active, shape: shape, context: meanContext)
        steps.append(.init(name: "decode_flop_per_token", formula: "2·N_active + 2·L·n_ctx·d = 2 × \(fmt(active.value)) + 2 × \(shape.layers) × \(fmt(meanContext)) × \(shape.hiddenSize)",
                           value: decodeFLOP.value, unit: "FLOP/token", source: Sources.kaplan2020))
        steps.append(.init(name: "weight_bytes", formula: "N_total · b_w = \(fmt(model.totalParameters.value)) × \(fmt(quantization.bytesPerWeight))",
                           value: weightBytes.value, unit: "B", source: Sources.definition))
        steps.append(.init(name: "kv_bytes_per_token", formula: "2 · L · h_kv · d_head · b_kv = 2 × \(shape.layers) × \(shape.kvHeads) × \(shape.headDim) × \(fmt(quantization.bytesPerKVElement))",
                           value: kvCache.bytesPerToken.value, unit: "B/token", source: InferenceSources.kvCache))

        var streaming: StreamingEstimate? = nil
        let maxBatch: Int, batchUsed: Int, ttft: Seconds, tpot: Seconds
        let maxContext: Int
        let step: StepTime
        if !plan.streamsWeights {
            maxBatch = fit.maxBatch(tensorParallel: t, context: sequenceLength)
            maxContext = fit.maxContext(tensorParallel: t, batch: 1)
            if let batch, batch > maxBatch {
                throw InputError(field: "batch", value: "\(batch)",
                                 allowed: "at most \(maxBatch) sequences of \(sequenceLength) tokens on \(t) × \(accelerator.name)")
            }
            batchUsed = batch ?? maxBatch
            step = engine.decodeStep(batch: batchUsed, context: meanContext)
            tpot = step.total
            ttft = engine.timeToFirstToken(inputTokens: inputTokens)
        } else {
            guard let offload else { preconditionFailure("plan streams weights only with offload") }
            batchUsed = batch ?? 1
            let free = accelerator.memory! - fit.activations(tensorParallel: t) - memory.runtimeReserve
                - kvCache.bytes(batch: batchUsed, context: sequenceLength) / Double(t)
            let perLayer = weightBytes / Double(shape.layers * t)
            let resident = free.value > 0 ? Int((free / perLayer).rounded(.down)) : 0
            guard resident >= 1 else {
                throw InputError(field: "batch", value: "\(batchUsed)",
                                 allowed: "a batch whose KV cache leaves room for at least one layer of weights on \(accelerator.name)")
            }
            maxBatch = batchUsed
            maxContext = sequenceLength
            step = engine.decodeStep(batch: batchUsed, context: meanContext)
            let transfer = perLayer / offload.bandwidth
            let compute = step.total / Double(shape.layers)
            let r = min(resident, shape.layers)
            let piped = WeightStreaming.pipelinedTime(layers: shape.layers, compute: compute, transfer: transfer, latency: offload.tier.latency, resident: r)
            let seq = WeightStreaming.sequentialTime(layers: shape.layers, compute: compute, transfer: transfer, latency: offload.tier.latency, resident: r)
            tpot = offload.pipelined ? piped : seq
            let prefillCompute = engine.prefill(tokens: inputTokens).total / Double(shape.layers)
            ttft = WeightStreaming.time(layers: shape.layers, compute: prefillCompute, transfer: transfer,
                                        latency: offload.tier.latency, resident: r, pipelined: offload.pipelined)
            streaming = StreamingEstimate(bytesPerLayer: perLayer, bandwidth: offload.bandwidth, residentLayers: r,
                                          transferPerLayer: transfer, computePerLayer: compute, pipelinedTime: piped, sequentialTime: seq)
            steps.append(.init(name: "streaming_time_per_step", formula: offload.pipelined ? "(ℓ + x) + (L − 1)·max(c, x, (ℓ+x+c)/r) + c" : "⌈L/r⌉ · (ℓ + r·x + r·c)",
                               value: tpot.value, unit: "s", source: InferenceSources.streaming))
        }
        var memoryPerGPU = fit.breakdown(tensorParallel: t, batch: batchUsed, context: sequenceLength)
        if let streaming {   // only the resident layers' weights occupy the accelerator
            memoryPerGPU.weights = streaming.bytesPerLayer * Double(streaming.residentLayers)
        }
        let replicas = Double(plan.replicas)
        let perSequence = Tokens(1) / tpot
        let decodeRate = Tokens(replicas * Double(batchUsed)) / tpot
        let offlineRate: TokensPerSecond
        if plan.streamsWeights {
            offlineRate = Tokens(replicas * Double(batchUsed) * Double(outputTokens)) / (ttft + tpot * Double(outputTokens))
        } else {
            offlineRate = engine.offlineThroughput(batch: batchUsed, inputTokens: inputTokens, outputTokens: outputTokens) * replicas
        }
        steps.append(.init(name: "tpot", formula: "Σ_phases max(FLOP/(F·η_c), bytes/(BW·η_m)) + TP all-reduces, batch \(batchUsed)",
                           value: tpot.value, unit: "s", source: InferenceSources.roofline))
        steps.append(.init(name: "ttft", formula: "prefill of \(inputTokens) tokens alone", value: ttft.value, unit: "s", source: InferenceSources.roofline))
        steps.append(.init(name: "tokens_per_second", formula: "replicas · B · n_out / (t_prefill(B) + n_out · TPOT)",
                           value: offlineRate.value, unit: "tokens/s", source: Sources.definition))

        // Cost: output tokens pay for decode time, input tokens for prefill time.
        let prefillBatch = plan.streamsWeights ? 1 : max(1, batchUsed)
        let prefillPerToken: Seconds = plan.streamsWeights ? ttft / Double(inputTokens)
            : engine.prefill(tokens: inputTokens, requests: prefillBatch).total / (Double(inputTokens) * Double(prefillBatch))
        let replicaDecode = Tokens(Double(batchUsed)) / tpot
        let outCost = ServingCost.perMillion(rate: replicaDecode, accelerators: t, price: pricePerHour, utilization: utilization)
        let inCost = ServingCost.perMillion(rate: Tokens(1) / prefillPerToken, accelerators: t, price: pricePerHour, utilization: utilization)
        let cost = ServingCost(usdPerMillionInputTokens: inCost, usdPerMillionOutputTokens: outCost)
        steps.append(.init(name: "usd_per_million_output_tokens", formula: "p · t / (B / TPOT) / u × 10⁶ (p = \(pricePerHour.formatted) per accelerator, t = \(t), u = \(fmt(utilization)))",
                           value: outCost.value, unit: "USD", source: InferenceSources.cost))

        return InferenceEstimate(
            scenario: self, shape: shape, plan: plan, spansNodes: t > (accelerator.scaleUpDomain ?? 1) && t > 1,
            computePrecision: quantization.computePrecision(on: accelerator), memory: memoryPerGPU,
            maxBatch: maxBatch, maxContext: maxContext, batch: batchUsed, timeToFirstToken: ttft,
            timePerOutputToken: tpot, decodeStep: step, tokensPerSecondPerSequence: perSequence,
            decodeTokensPerSecond: decodeRate, tokensPerSecond: offlineRate,
            tokensPerSecondPerAccelerator: offlineRate / Double(plan.accelerators),
            bound: plan.streamsWeights ? .memory : step.bound,
            computeBoundBatch: engine.computeBoundBatch(context: meanContext),
            prefillTimePerInputToken: prefillPerToken, cost: cost,
            streaming: streaming, derivation: steps)
    }

    /// Decode throughput per replica and per accelerator as the batch grows, up to the largest that fits.
    public func throughputCurve(batches: [Int]) throws -> [(batch: Int, perSequence: TokensPerSecond, perAccelerator: TokensPerSecond, bound: Bound)] {
        let plan = try plan()
        let engine = servingRoofline(tensorParallel: plan.tensorParallel)
        let limit = memoryFit.maxBatch(tensorParallel: plan.tensorParallel, context: sequenceLength)
        let meanContext = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        return batches.filter { $0 >= 1 && $0 <= limit }.map { b in
            let s = engine.decodeStep(batch: b, context: meanContext)
            return (b, Tokens(1) / s.total, Tokens(Double(b)) / s.total / Double(plan.tensorParallel), s.bound)
        }
    }
}

/// Citations for the serving model.
public enum InferenceSources {
    public static let kvCache = "Shazeer 2019 (MQA) arXiv:1911.02150; Ainslie et al. 2023 (GQA) arXiv:2305.13245"
    public static let roofline = "Williams et al. 2009 (Roofline); Pope et al. 2022, Efficiently Scaling Transformer Inference, arXiv:2211.05102"
    public static let streaming = "LessWrong 2021 'Inference cost limits the impact of ever larger models' comments (seed 002); Rajbhandari et al. 2021, ZeRO-Infinity, arXiv:2104.07857"
    public static let cost = "definition; 750 words ↔ 1,000 tokens at 0.75 words/token (OpenAI tokenizer guidance)"
}
