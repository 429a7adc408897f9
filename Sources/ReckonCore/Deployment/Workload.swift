import ReckonUnits

/// Traffic a deployment must serve: tokens per day in and out, how peaky it is, and the latency promised.
///
/// ```
/// from users:  tokens/day = users · requests per user per day · tokens per request
/// ```
/// Every figure that comes from the world (tweets per day, requests per developer-hour) travels with
/// its source in ``assumptions``.
public struct Workload: Sendable, Hashable {
    public var name: String
    public var inputTokensPerDay: Tokens
    public var outputTokensPerDay: Tokens
    /// Prompt and completion length of a typical request (sizes the KV cache and the prefill).
    public var inputTokensPerRequest: Int
    public var outputTokensPerRequest: Int
    /// Peak traffic ÷ average traffic (≥ 1): the fleet is sized for the peak.
    public var peakToAverage: Double
    /// Largest acceptable time per output token (nil: throughput only).
    public var latencyTarget: Seconds?
    /// Each assumption as a sentence with its source.
    public var assumptions: [String]

    public init(name: String, inputTokensPerDay: Tokens, outputTokensPerDay: Tokens, inputTokensPerRequest: Int,
                outputTokensPerRequest: Int, peakToAverage: Double = 1, latencyTarget: Seconds? = nil,
                assumptions: [String] = []) throws {
        try Check.nonNegative(inputTokensPerDay.value, "input_tokens_per_day")
        try Check.positive(outputTokensPerDay.value, "output_tokens_per_day")
        try Check.integer(inputTokensPerRequest, "input_tokens", in: 1...100_000_000)
        try Check.integer(outputTokensPerRequest, "output_tokens", in: 1...100_000_000)
        guard peakToAverage.isFinite, peakToAverage >= 1, peakToAverage <= 100 else {
            throw InputError(field: "peak_to_average", value: "\(peakToAverage)", allowed: "a number from 1 to 100")
        }
        if let latencyTarget { try Check.positive(latencyTarget.value, "latency_target") }
        self.name = name; self.inputTokensPerDay = inputTokensPerDay; self.outputTokensPerDay = outputTokensPerDay
        self.inputTokensPerRequest = inputTokensPerRequest; self.outputTokensPerRequest = outputTokensPerRequest
        self.peakToAverage = peakToAverage; self.latencyTarget = latencyTarget; self.assumptions = assumptions
    }

    /// Traffic of `users` each sending `requestsPerUserPerDay` requests of the given lengths.
    public static func users(name: String, users: Double, requestsPerUserPerDay: Double, inputTokensPerRequest: Int,
                             outputTokensPerRequest: Int, peakToAverage: Double = 1, latencyTarget: Seconds? = nil,
                             assumptions: [String] = []) throws -> Workload {
        try Check.positive(users, "users")
        try Check.positive(requestsPerUserPerDay, "requests_per_day")
        let requests = users * requestsPerUserPerDay
        return try Workload(name: name, inputTokensPerDay: Tokens(requests * Double(inputTokensPerRequest)),
                            outputTokensPerDay: Tokens(requests * Double(outputTokensPerRequest)),
                            inputTokensPerRequest: inputTokensPerRequest, outputTokensPerRequest: outputTokensPerRequest,
                            peakToAverage: peakToAverage, latencyTarget: latencyTarget, assumptions: assumptions)
    }
}

/// The fleet that serves a workload, and what it costs over a period.
public struct FleetEstimate: Sendable, Hashable {
    public var workload: Workload
    /// The per-replica serving estimate the fleet is built from (batch chosen for the latency target).
    public var replica: InferenceEstimate
    public var replicas: Int
    public var accelerators: Int
    /// Accelerators busy on average (the rest is headroom for the peak).
    public var averageBusyAccelerators: Double
    public var period: Seconds
    /// Accelerator-hours paid over the period (the fleet runs all the time, sized for the peak).
    public var acceleratorHours: Double
    public var cost: USD
    /// Energy over the period and its cost: nil without a published TDP (not estimated).
    public var energy: Joules?
    public var energyCost: USD?
    /// Average busy fraction of the fleet: average need ÷ accelerators.
    public var utilization: Double { averageBusyAccelerators / Double(accelerators) }
}

extension Workload {
    /// Sizes a fleet of `serving`'s replicas for this traffic over `period`.
    ///
    /// ```
    /// B        = largest batch that fits with TPOT(B) ≤ target (all that fit without a target)
    /// busy     = out_rate · TPOT / B  +  in_rate · t_prefill_per_token          replicas busy on average
    /// replicas = ⌈ busy · peak_to_average ⌉;   accelerators = replicas · t
    /// GPU-h    = accelerators · period / 3600;  cost = GPU-h · price
    /// energy   = accelerators · TDP · u_power · PUE · period            (nil without a published TDP)
    /// ```
    /// - rates are per second (tokens per day / 86,400); `t`: tensor-parallel degree of a replica
    /// - `u_power`: average draw as a fraction of TDP; `PUE`: facility overhead (from `economics`)
    ///
    /// The tensor-parallel degree is searched (powers of two from the minimum up to the scale-up domain)
    /// for the fleet with the fewest accelerators: wider replicas have more memory for KV cache, hence
    /// larger batches, and shorter steps under a latency target.
    /// Assumes requests are spread evenly over replicas and the fleet is always on (no autoscaling).
    public func fleet(serving: InferenceScenario, economics: Economics, period: Seconds = .years(1)) throws -> FleetEstimate {
        try Check.positive(period.value, "period")
        var s = serving
        s.inputTokens = inputTokensPerRequest
        s.outputTokens = outputTokensPerRequest
        s.batch = nil; s.gpus = nil
        let plan = try s.plan()
        // Tensor-parallel degrees to try: the one asked for, else every power of two from the minimum up to
        // the scale-up domain; the fleet with the fewest accelerators wins (ties: the smaller degree).
        var degrees = [plan.tensorParallel]
        if serving.tensorParallel == nil, !plan.streamsWeights {
            var t = plan.tensorParallel * 2
            while t <= (s.accelerator.scaleUpDomain ?? 1), s.tensorParallelLink(t) != nil { degrees.append(t); t *= 2 }
        }
        var best: FleetEstimate? = nil
        var firstError: Error? = nil
        for t in degrees {
            do {
                var candidate = s
                if t != plan.tensorParallel { candidate.tensorParallel = t }
                let f = try size(candidate, streams: plan.streamsWeights, batchIfStreaming: serving.batch ?? 1,
                                 economics: economics, period: period)
                if best == nil || f.accelerators < best!.accelerators { best = f }
            } catch { if firstError == nil { firstError = error } }
        }
        guard let best else { throw firstError! }
        return best
    }

    /// The fleet for one tensor-parallel degree (the one `s` resolves to).
    private func size(_ scenario: InferenceScenario, streams: Bool, batchIfStreaming: Int, economics: Economics,
                      period: Seconds) throws -> FleetEstimate {
        var s = scenario
        let plan = try s.plan()
        let fit = s.memoryFit.maxBatch(tensorParallel: plan.tensorParallel, context: s.sequenceLength)
        var batch = max(1, fit)
        if let target = latencyTarget, !plan.streamsWeights {
            let engine = s.servingRoofline(tensorParallel: plan.tensorParallel)
            let context = Double(inputTokensPerRequest) + (Double(outputTokensPerRequest) + 1) / 2
            guard engine.decodeStep(batch: 1, context: context).total <= target else {
                throw InputError(field: "latency_target", value: "\(target.value) s",
                                 allowed: "at least \(engine.decodeStep(batch: 1, context: context).total.value) s per token (batch 1 on \(plan.tensorParallel) × \(s.accelerator.name))")
            }
            var lo = 1, hi = batch   // TPOT grows with the batch: the largest batch meeting the target
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if engine.decodeStep(batch: mid, context: context).total <= target { lo = mid } else { hi = mid - 1 }
            }
            batch = lo
        }
        s.batch = streams ? batchIfStreaming : batch
        let replica = try s.estimate()
        let day = 86_400.0
        let outRate = outputTokensPerDay.value / day, inRate = inputTokensPerDay.value / day
        let decodePerReplica = Double(replica.batch) / replica.timePerOutputToken.value
        let prefillPerToken = replica.prefillTimePerInputToken.value
        let busy = outRate / decodePerReplica + inRate * prefillPerToken
        let replicas = max(1, Int((busy * peakToAverage).rounded(.up)))
        let accelerators = replicas * plan.tensorParallel
        let hours = Double(accelerators) * period.inHours
        let cost = s.pricePerHour * (period * Double(accelerators))
        let power = s.accelerator.tdp.map { $0 * (Double(accelerators) * economics.powerFractionOfTDP * economics.pue) }
        let energy = power.map { $0 * period }
        return FleetEstimate(workload: self, replica: replica, replicas: replicas, accelerators: accelerators,
                             averageBusyAccelerators: busy * Double(plan.tensorParallel), period: period,
                             acceleratorHours: hours, cost: cost, energy: energy,
                             energyCost: energy.map { economics.electricityPrice * $0 })
    }
}
