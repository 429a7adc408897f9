import ReckonUnits

/// Weights kept off the accelerator and streamed in per forward pass.
public struct Offload: Sendable, Hashable {
    public var tier: OffloadTier
    public var link: HostLink
    /// Prefetch the next layers while computing (true) or load a group, then compute it (false).
    public var pipelined: Bool

    public init(tier: OffloadTier, link: HostLink, pipelined: Bool = true) {
        self.tier = tier; self.link = link; self.pipelined = pipelined
    }

    /// Streaming rate: the slower of the link and the storage device.
    public var bandwidth: BytesPerSecond {
        if let device = tier.deviceBandwidth { return min(device, link.bandwidth) }
        return link.bandwidth
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
    /// Sequences decoded together per replica; nil = the largest that fits.
    public var batch: Int?
    public var inputTokens: Int
    public var outputTokens: Int
    public var quantization: Quantization
    public var efficiency: EfficiencyFactors
    public var memory: MemoryAssumptions
    /// Price of one accelerator-hour.
    public var pricePerHour: USDPerSecond
    /// Fraction of paid accelerator time doing useful work (load, idle capacity).
    public var utilization: Double
    public var offload: Offload?

    public init(model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int? = nil, tensorParallel: Int? = nil,
                batch: Int? = nil, inputTokens: Int, outputTokens: Int, quantization: Quantization = Quantization(),
                efficiency: EfficiencyFactors = .serving, memory: MemoryAssumptions = .serving,
                pricePerHour: USDPerSecond, utilization: Double = 1, offload: Offload? = nil) throws {
        try Check.positive(model.totalParameters.value, "params", max: 1e16)
        try Check.positive(model.activeParameters.value, "active_params", max: model.totalParameters.value)
        if let gpus { try Check.integer(gpus, "gpus", in: 1...10_000_000) }
        if let tensorParallel {
            try Check.integer(tensorParallel, "tp", in: 1...65_536)
            guard tensorParallel & (tensorParallel - 1) == 0 else {
                throw InputError(field: "tp", value: "\(tensorParallel)", allowed: "a power of two")
            }
            if let gpus, gpus < tensorParallel {
                throw InputError(field: "gpus", value: "\(gpus)", allowed: "at least the tensor-parallel degree \(tensorParallel)")
            }
        }
        if let batch { try Check.integer(batch, "batch", in: 1...10_000_000) }
        try Check.integer(inputTokens, "input_tokens", in: 1...100_000_000)
        try Check.integer(outputTokens, "output_tokens", in: 1...100_000_000)
        try quantization.validate()
        try efficiency.validate()
        try memory.validate()
        try Check.positive(pricePerHour.value, "price_per_hour")
        try Check.fraction(utilization, "utilization")
        guard accelerator.memory != nil else {
            throw InputError(field: "gpu", value: accelerator.id, allowed: "an accelerator with a published memory size")
        }
        guard accelerator.memoryBandwidth != nil else {
            throw InputError(field: "gpu", value: accelerator.id, allowed: "an accelerator with a published memory bandwidth")
        }
        guard quantization.computePeak(on: accelerator) != nil else {
            throw InputError(field: "precision", value: quantization.weights.rawValue,
                             allowed: "a precision \(accelerator.name) publishes a peak for")
        }
        self.model = model; self.accelerator = accelerator; self.gpus = gpus; self.tensorParallel = tensorParallel
        self.batch = batch; self.inputTokens = inputTokens; self.outputTokens = outputTokens
        self.quantization = quantization; self.efficiency = efficiency; self.memory = memory
        self.pricePerHour = pricePerHour; self.utilization = utilization; self.offload = offload
        let plan = try plan()
        if plan.tensorParallel > 1, tensorParallelLink(plan.tensorParallel) == nil {
            throw InputError(field: "gpu", value: accelerator.id,
                             allowed: "an accelerator with a published interconnect bandwidth (tensor parallelism over \(plan.tensorParallel) needs one)")
        }
    }

    /// The model's shape (from the catalog or estimated from its size).
    public var shape: TransformerShape { TransformerShape(model: model) }
    public var kvCache: KVCache { KVCache(shape: shape, precision: quantization.kvCache) }
    public var weightBytes: Bytes { quantization.weightBytes(model.totalParameters) }
    /// Longest context a sequence reaches: prompt + output.
    public var sequenceLength: Int { inputTokens + outputTokens }

    public var memoryFit: MemoryFit {
        MemoryFit(memoryPerAccelerator: accelerator.memory!, weightBytes: weightBytes, kvCache: kvCache,
                  shape: shape, assumptions: memory)
    }

    /// How the accelerators are used: tensor-parallel degree, replicas, and whether weights stream in.
    public struct Plan: Sendable, Hashable {
        public var tensorParallel: Int
        public var replicas: Int
        /// Smallest tensor-parallel degree at which the weights and one sequence fit (nil: none ≤ 65,536).
        public var minimumTensorParallel: Int?
        public var streamsWeights: Bool
        public var accelerators: Int { tensorParallel * replicas }
    }

    /// Chooses the tensor-parallel degree and replica count; throws when too few accelerators are asked for.
    public func plan() throws -> Plan {
        let fit = memoryFit
        let minimum = fit.minimumTensorParallel(context: sequenceLength)
        let weightsText = "\(weightBytes.formatted) of \(quantization.weights.label) weights plus one \(sequenceLength)-token sequence"
        if let t = tensorParallel {
            if let minimum, t >= minimum {
                return Plan(tensorParallel: t, replicas: max(1, (gpus ?? t) / t), minimumTensorParallel: minimum, streamsWeights: false)
            }
            guard offload != nil else { throw tooFew(asked: t, minimum: minimum, what: weightsText, field: "tp") }
            return Plan(tensorParallel: t, replicas: max(1, (gpus ?? t) / t), minimumTensorParallel: minimum, streamsWeights: true)
        }
        if let gpus {
            if let minimum, gpus >= minimum {
                return Plan(tensorParallel: minimum, replicas: gpus / minimum, minimumTensorParallel: minimum, streamsWeights: false)
            }
            guard offload != nil else { throw tooFew(asked: gpus, minimum: minimum, what: weightsText, field: "gpus") }
            var t = 1
            while t * 2 <= gpus { t *= 2 }
            return Plan(tensorParallel: t, replicas: 1, minimumTensorParallel: minimum, streamsWeights: true)
        }
        guard let minimum else {
            if offload != nil { return Plan(tensorParallel: 1, replicas: 1, minimumTensorParallel: nil, streamsWeights: true) }
            throw tooFew(asked: 0, minimum: nil, what: weightsText, field: "gpus")
        }
        return Plan(tensorParallel: minimum, replicas: 1, minimumTensorParallel: minimum, streamsWeights: false)
    }

    private func tooFew(asked: Int, minimum: Int?, what: String, field: String) -> InputError {
        let need = minimum.map { "at least \($0) × \(accelerator.name) to hold \(what)" }
            ?? "more than 65,536 × \(accelerator.name) to hold \(what)"
        return InputError(field: field, value: "\(asked)", allowed: need,
                          hint: "or stream the weights with --offload host|nvme --link pcie4")
    }
}
