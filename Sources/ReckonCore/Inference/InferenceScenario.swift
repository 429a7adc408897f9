import ReckonUnits

/// Weights kept off the accelerator and streamed in per forward pass.
public struct Offload: Sendable, Hashable {
    public var tier: OffloadTier
    public var link: HostLink
    /// Prefetch the next layers while computing (true) or load a group, then compute it (false).
    public var pipelined: Bool
    /// Total PCIe bandwidth of the host's root complex, shared by its accelerators (nil: the link's default).
    public var hostBandwidth: BytesPerSecond?

    public init(tier: OffloadTier, link: HostLink, pipelined: Bool = true, hostBandwidth: BytesPerSecond? = nil) {
        self.tier = tier
        self.link = link
        self.pipelined = pipelined
        self.hostBandwidth = hostBandwidth
    }

    /// Streaming rate of one accelerator: the slowest of the link, the storage device and its share of the host.
    public var bandwidth: BytesPerSecond { bandwidth(sharedBy: 1) }

    /// Streaming rate of each of `accelerators` accelerators streaming at once (see ``HostLink/hostCap``).
    ///
    /// ```
    /// BW = min( BW_link, BW_device, H / (c · min(n, g)) )
    /// ```
    /// - `H`: host PCIe total (a 128-lane Gen4 host: ~250 GB/s, LessWrong 2021 comment); `n`: accelerators streaming;
    ///   `g`: accelerators per host (``HostLink/acceleratorsPerHost``); `c = 2` for NVMe (the data crosses the
    ///   root complex twice, SSD → root → GPU: the LessWrong comment's "the other half of the pcie lanes filled with
    ///   gen4
    ///   SSDs"), 1 for host DRAM
    public func bandwidth(sharedBy accelerators: Int) -> BytesPerSecond {
        var rate = link.bandwidth
        if let device = tier.deviceBandwidth { rate = min(rate, device) }
        if let host = hostBandwidth ?? link.hostCap {
            let crossings = tier.deviceBandwidth != nil ? 2.0 : 1.0
            let sharing = Double(min(max(1, accelerators), HostLink.acceleratorsPerHost))
            rate = min(rate, host / (crossings * sharing))
        }
        return rate
    }
}

/// Everything that determines what serving a model costs. Valid by construction: the initializer checks
/// each field and throws an ``InputError`` naming the one that is wrong — including a request for fewer
/// accelerators than the weights need (the message gives the minimum), unless weights are offloaded.
public struct InferenceScenario: Sendable, Hashable {
    public var model: ModelSpec
    public var accelerator: AcceleratorSpec
    /// Accelerators requested; nil = the minimum that fits.
    public var gpus: Int?
    /// Tensor-parallel degree requested; nil = the smallest power of two that fits.
    public var tensorParallel: Int?
    /// Data-parallel attention groups per replica (mixtures of experts); nil = 1.
    public var dataParallelAttention: Int?
    /// Expert-parallel degree; nil = 1 (experts tensor-parallel).
    public var expertParallel: Int?
    /// Pipeline stages; nil = 1.
    public var pipelineParallel: Int?
    /// Redundant expert copies for expert-parallel load balancing (``ServingPlan/redundantExperts``).
    public var redundantExperts: Int
    /// Sequences decoded together per replica; nil = the largest that fits (or the concurrency's share).
    public var batch: Int?
    /// Requests in flight over all replicas (online serving); nil = max load.
    public var concurrency: Int?
    public var inputTokens: Int
    public var outputTokens: Int
    public var quantization: Quantization
    public var efficiency: EfficiencyFactors
    public var memory: MemoryAssumptions
    /// Price of one accelerator-hour.
    public var pricePerHour: USDPerSecond
    /// False when no price was given and none is published: ``pricePerHour`` then only keeps the arithmetic
    /// going (ratios of costs stay right), and every cost it yields is to be reported as unknown.
    public var priceKnown = true
    /// Fraction of paid accelerator time doing useful work (load, idle capacity).
    public var utilization: Double
    public var offload: Offload?

    public init(
        model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int? = nil, tensorParallel: Int? = nil,
        dataParallelAttention: Int? = nil, expertParallel: Int? = nil, pipelineParallel: Int? = nil,
        redundantExperts: Int = 0, batch: Int? = nil, concurrency: Int? = nil, inputTokens: Int, outputTokens: Int,
        quantization: Quantization = Quantization(), efficiency: EfficiencyFactors = .serving,
        memory: MemoryAssumptions = .serving, pricePerHour: USDPerSecond, utilization: Double = 1,
        offload: Offload? = nil
    ) throws {
        try Check.positive(model.totalParameters.value, "params", max: 1e16)
        try Check.positive(model.activeParameters.value, "active_params", max: model.totalParameters.value)
        if let gpus { try Check.integer(gpus, "gpus", in: 1...10_000_000) }
        if let tensorParallel {
            try Check.integer(tensorParallel, "tp", in: 1...65_536)
            guard tensorParallel & (tensorParallel - 1) == 0 else {
                throw InputError(field: "tp", value: "\(tensorParallel)", allowed: "a power of two")
            }
        }
        if let batch { try Check.integer(batch, "batch", in: 1...10_000_000) }
        if let concurrency { try Check.integer(concurrency, "concurrency", in: 1...100_000_000) }
        try Check.integer(inputTokens, "input_tokens", in: 1...100_000_000)
        try Check.integer(outputTokens, "output_tokens", in: 1...100_000_000)
        try quantization.validate()
        try efficiency.validate()
        try memory.validate()
        try Check.positive(pricePerHour.value, "price_per_hour")
        try Check.fraction(utilization, "utilization")
        guard accelerator.memory != nil else {
            throw InputError(
                field: "gpu", value: accelerator.id, allowed: "an accelerator with a published memory size")
        }
        guard accelerator.memoryBandwidth != nil else {
            throw InputError(
                field: "gpu", value: accelerator.id, allowed: "an accelerator with a published memory bandwidth")
        }
        try quantization.validate(on: accelerator)
        self.model = model
        self.accelerator = accelerator
        self.gpus = gpus
        self.tensorParallel = tensorParallel
        self.dataParallelAttention = dataParallelAttention
        self.expertParallel = expertParallel
        self.pipelineParallel = pipelineParallel
        self.redundantExperts = redundantExperts
        self.batch = batch
        self.concurrency = concurrency
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.quantization = quantization
        self.efficiency = efficiency
        self.memory = memory
        self.pricePerHour = pricePerHour
        self.utilization = utilization
        self.offload = offload
        try requestedPlan.validate(layers: shape.layers, experts: weights.experts)
        if offload != nil, (dataParallelAttention ?? 1) > 1 || (expertParallel ?? 1) > 1 || (pipelineParallel ?? 1) > 1
        {
            throw InputError(
                field: "offload", value: offload!.tier.id,
                allowed: "tensor parallelism only (no dp_attention, ep or pp) when weights are streamed")
        }
        let plan = try plan()
        if let gpus, gpus < plan.serving.gpus {
            throw InputError(
                field: "gpus", value: "\(gpus)",
                allowed: "at least the \(plan.serving.gpus) GPUs of one replica (\(plan.serving.summary))")
        }
        if plan.serving.gpus > 1, tensorParallelLink(plan.serving.gpus) == nil {
            throw InputError(
                field: "gpu", value: accelerator.id,
                allowed:
                    "an accelerator with a published interconnect bandwidth (a replica of \(plan.serving.gpus) needs "
                    + "one)"
            )
        }
    }

    /// The model's shape (from the catalog or estimated from its size).
    public var shape: ServingShape { ServingShape(model: model) }
    public var kvCache: KVCache { KVCache(shape: shape, quantization: quantization) }
    public var weights: ServingWeights { ServingWeights(model: model, shape: shape, quantization: quantization) }
    /// Bytes of one full copy of the weights (embeddings at 16 bits, experts at their precision).
    public var weightBytes: Bytes { weights.memoryBytes }
    /// Longest context a sequence reaches: prompt + output.
    public var sequenceLength: Int { inputTokens + outputTokens }
    /// Tokens a sequence holds in the cache while served, as the engine reserves them (``MemoryAssumptions``).
    public var heldContext: Int {
        memory.reservesFullSequence ? sequenceLength : inputTokens + (outputTokens + 1) / 2
    }

    public var memoryFit: MemoryFit {
        MemoryFit(
            memoryPerAccelerator: accelerator.memory!, weights: weights, kvCache: kvCache,
            shape: shape, assumptions: memory)
    }

    /// How the accelerators are used: the replica's plan, replicas, and whether weights stream in.
    public struct Plan: Sendable, Hashable {
        public var serving: ServingPlan
        public var replicas: Int
        /// Smallest tensor-parallel degree at which the weights and one sequence fit (nil: none ≤ 65,536).
        public var minimumTensorParallel: Int?
        public var streamsWeights: Bool
        public var tensorParallel: Int { serving.tensorParallel }
        public var accelerators: Int { serving.gpus * replicas }

        public init(serving: ServingPlan, replicas: Int, minimumTensorParallel: Int?, streamsWeights: Bool) {
            self.serving = serving
            self.replicas = replicas
            self.minimumTensorParallel = minimumTensorParallel
            self.streamsWeights = streamsWeights
        }
    }

    /// The requested degrees other than tensor parallelism.
    var requestedPlan: ServingPlan {
        ServingPlan(
            tensorParallel: tensorParallel ?? 1, dataParallelAttention: dataParallelAttention ?? 1,
            expertParallel: expertParallel ?? 1, pipelineParallel: pipelineParallel ?? 1,
            redundantExperts: redundantExperts)
    }

    /// Chooses the tensor-parallel degree and replica count; throws when too few accelerators are asked for.
    public func plan() throws -> Plan {
        let fit = memoryFit
        var serving = requestedPlan
        let minimum = fit.minimumTensorParallel(context: sequenceLength, plan: serving)
        let weightsText =
            "\(weightBytes.formatted) of \(quantization.weights.label) weights plus one \(sequenceLength)-token "
            + "sequence"
        func replicas(_ s: ServingPlan) -> Int { max(1, (gpus ?? s.gpus) / s.gpus) }
        if let t = tensorParallel {
            serving.tensorParallel = t
            if let minimum, t >= minimum {
                return Plan(
                    serving: serving, replicas: replicas(serving), minimumTensorParallel: minimum, streamsWeights: false
                )
            }
            guard offload != nil else { throw tooFew(asked: t, minimum: minimum, what: weightsText, field: "tp") }
            return Plan(
                serving: serving, replicas: replicas(serving), minimumTensorParallel: minimum, streamsWeights: true)
        }
        let others = serving.gpus  // t = 1
        if let gpus {
            if let minimum, gpus >= minimum * others {
                serving.tensorParallel = minimum
                return Plan(
                    serving: serving, replicas: gpus / serving.gpus, minimumTensorParallel: minimum,
                    streamsWeights: false)
            }
            guard offload != nil else {
                throw tooFew(asked: gpus, minimum: minimum.map { $0 * others }, what: weightsText, field: "gpus")
            }
            var t = 1
            while t * 2 <= gpus { t *= 2 }
            serving.tensorParallel = t
            return Plan(serving: serving, replicas: 1, minimumTensorParallel: minimum, streamsWeights: true)
        }
        guard let minimum else {
            if offload != nil {
                return Plan(serving: serving, replicas: 1, minimumTensorParallel: nil, streamsWeights: true)
            }
            throw tooFew(asked: 0, minimum: nil, what: weightsText, field: "gpus")
        }
        serving.tensorParallel = minimum
        return Plan(serving: serving, replicas: 1, minimumTensorParallel: minimum, streamsWeights: false)
    }

    private func tooFew(asked: Int, minimum: Int?, what: String, field: String) -> InputError {
        if minimum == nil {
            // No tensor-parallel degree holds one sequence: when its KV cache alone, split over every KV head it has,
            // exceeds an accelerator, the request length is what to change.
            let kv = kvCache
            let perAccelerator = kv.bytes(context: sequenceLength) / Double(kv.latentElements == nil ? kv.kvHeads : 1)
            if perAccelerator.value > accelerator.memory!.value * memory.kvCacheFraction {
                return InputError(
                    field: "input_tokens", value: "\(inputTokens)",
                    allowed:
                        "a request whose KV cache fits: \(sequenceLength) tokens need \(perAccelerator.formatted) per "
                        + "\(accelerator.name) even split over all \(kv.latentElements == nil ? kv.kvHeads : 1) KV "
                        + "heads",
                    hint: "shorten input_tokens or output_tokens, or quantize the KV cache")
            }
        }
        let need =
            minimum.map { "at least \($0) × \(accelerator.name) to hold \(what)" }
            ?? "more than 65,536 × \(accelerator.name) to hold \(what)"
        return InputError(
            field: field, value: "\(asked)", allowed: need,
            hint: "or stream the weights with --offload host|nvme --link pcie4")
    }

    /// Link between `n` ranks: the scale-up link inside the domain, the scale-out link beyond it (falling back
    /// to scale-up when no scale-out figure is published); nil if neither is published.
    public func tensorParallelLink(_ n: Int) -> BytesPerSecond? {
        let domain = accelerator.scaleUpDomain ?? 1
        let preferred = n <= domain ? accelerator.scaleUpBandwidth : accelerator.scaleOutBandwidth
        return preferred ?? accelerator.scaleUpBandwidth ?? accelerator.scaleOutBandwidth
    }

    /// The serving roofline of one replica under `plan`.
    public func servingRoofline(_ plan: ServingPlan) -> ServingRoofline {
        let e = efficiency
        let bf16 = accelerator.peak(at: .bf16) ?? accelerator.peak(at: .fp16) ?? FLOPPerSecond(1)
        let dense = quantization.computePeak(on: accelerator) ?? bf16
        let expert = quantization.expertComputePeak(on: accelerator) ?? dense
        let attention = quantization.attentionPeak(on: accelerator) ?? bf16
        let bandwidth = accelerator.memoryBandwidth!
        let lowBitExperts = quantization.expertComputePrecision(on: accelerator).bytesPerElement <= 1
        return ServingRoofline(
            shape: shape, weights: weights, kvCache: kvCache, plan: plan,
            denseCompute: dense * e.compute, expertCompute: expert * (e.expertCompute ?? e.compute),
            attentionCompute: attention * (e.attentionCompute ?? e.compute),
            weightBandwidth: bandwidth * e.weightStreaming, kvBandwidth: bandwidth * e.kvStreaming,
            scaleUpLink: accelerator.scaleUpBandwidth.map { $0 * e.link },
            scaleOutLink: accelerator.scaleOutBandwidth.map { $0 * e.link },
            scaleUpDomain: accelerator.scaleUpDomain ?? 1, collectiveLatency: e.collectiveLatency,
            stepOverhead: e.stepOverhead, layerOverhead: e.layerOverhead, expertImbalance: e.expertImbalance,
            expertCommunicationOverlap: e.expertCommunicationOverlap, tokenBudget: memory.maxTokensPerStep,
            dispatchBytes: lowBitExperts ? 1 : ServingRoofline.activationBytes)
    }

    /// The serving roofline of one tensor-parallel replica of degree `t` (the other degrees as requested).
    public func servingRoofline(tensorParallel t: Int) -> ServingRoofline {
        var p = requestedPlan
        p.tensorParallel = t
        return servingRoofline(p)
    }
}
