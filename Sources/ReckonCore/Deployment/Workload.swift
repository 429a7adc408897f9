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
    /// Largest acceptable time to first token under load (nil: none).
    public var timeToFirstTokenTarget: Seconds? = nil
    /// Each assumption as a sentence with its source.
    public var assumptions: [String]

    public init(
        name: String, inputTokensPerDay: Tokens, outputTokensPerDay: Tokens, inputTokensPerRequest: Int,
        outputTokensPerRequest: Int, peakToAverage: Double = 1, latencyTarget: Seconds? = nil,
        assumptions: [String] = []
    ) throws {
        try Check.nonNegative(inputTokensPerDay.value, "input_tokens_per_day")
        try Check.positive(outputTokensPerDay.value, "output_tokens_per_day")
        try Check.integer(inputTokensPerRequest, "input_tokens", in: 1...100_000_000)
        try Check.integer(outputTokensPerRequest, "output_tokens", in: 1...100_000_000)
        guard peakToAverage.isFinite, peakToAverage >= 1, peakToAverage <= 100 else {
            throw InputError(field: "peak_to_average", value: "\(peakToAverage)", allowed: "a number from 1 to 100")
        }
        if let latencyTarget { try Check.positive(latencyTarget.value, "latency_target") }
        self.name = name
        self.inputTokensPerDay = inputTokensPerDay
        self.outputTokensPerDay = outputTokensPerDay
        self.inputTokensPerRequest = inputTokensPerRequest
        self.outputTokensPerRequest = outputTokensPerRequest
        self.peakToAverage = peakToAverage
        self.latencyTarget = latencyTarget
        self.assumptions = assumptions
    }

    /// Traffic of `users` each sending `requestsPerUserPerDay` requests of the given lengths.
    public static func users(
        name: String, users: Double, requestsPerUserPerDay: Double, inputTokensPerRequest: Int,
        outputTokensPerRequest: Int, peakToAverage: Double = 1, latencyTarget: Seconds? = nil,
        assumptions: [String] = []
    ) throws -> Workload {
        try Check.positive(users, "users")
        try Check.positive(requestsPerUserPerDay, "requests_per_day")
        let requests = users * requestsPerUserPerDay
        return try Workload(
            name: name, inputTokensPerDay: Tokens(requests * Double(inputTokensPerRequest)),
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
    /// B        = largest batch that fits with TPOT(B) ≤ target and TTFT(B) ≤ target (all that fit without one)
    /// busy     = out_rate · τ_out(B)  +  in_rate · τ_in(B)              replicas busy on average
    /// replicas = ⌈ busy · peak_to_average ⌉;   accelerators = replicas · G
    /// GPU-h    = accelerators · period / 3600;  cost = GPU-h · price
    /// energy   = accelerators · TDP · u_power · PUE · period            (nil without a published TDP)
    /// ```
    /// - TPOT(B), TTFT(B): under continuous batching with chunked prefill
    /// (``ServingRoofline/cycle(batch:inputTokens:outputTokens:)``)
    /// - `τ_out`, `τ_in`: replica time per output and per prompt token, the cycle split between them
    ///   (``InferenceEstimate/replicaTimePerOutputToken``, ``InferenceEstimate/prefillTimePerInputToken``)
    /// - rates are per second (tokens per day / 86,400); `G`: accelerators of a replica
    /// - `u_power`: average draw as a fraction of TDP; `PUE`: facility overhead (from `economics`)
    ///
    /// The replica plan is searched unless `serving` fixes it: tensor-parallel degrees (powers of two from the
    /// minimum up to the scale-up domain) and, for a mixture of experts, data-parallel attention with expert
    /// parallelism over the same GPUs; the fleet with the fewest accelerators wins (ties: the smaller replica).
    /// Assumes requests are spread evenly over replicas and the fleet is always on (no autoscaling).
    public func fleet(serving: InferenceScenario, economics: Economics, period: Seconds = .years(1)) throws
        -> FleetEstimate
    {
        try Check.positive(period.value, "period")
        var s = serving
        s.inputTokens = inputTokensPerRequest
        s.outputTokens = outputTokensPerRequest
        s.batch = nil
        s.gpus = nil
        s.concurrency = nil
        let plan = try s.plan()
        var candidates: [InferenceScenario] = [s]
        let fixed =
            serving.tensorParallel != nil || serving.expertParallel != nil || serving.dataParallelAttention != nil
            || serving.pipelineParallel != nil
        if !fixed, !plan.streamsWeights {
            let domain = s.accelerator.scaleUpDomain ?? 1
            var t = plan.tensorParallel * 2
            while t <= domain, s.tensorParallelLink(t) != nil {
                var c = s
                c.tensorParallel = t
                candidates.append(c)
                t *= 2
            }
            if let experts = s.weights.experts {
                var g = 2
                while g <= max(domain, plan.tensorParallel) {
                    if experts.experts % g == 0, s.tensorParallelLink(g) != nil {
                        var c = s
                        c.tensorParallel = 1
                        c.dataParallelAttention = g
                        c.expertParallel = g
                        candidates.append(c)
                    }
                    g *= 2
                }
            }
        }
        var best: FleetEstimate? = nil
        var firstError: Error? = nil
        for (i, candidate) in candidates.enumerated() {
            // A searched plan that cannot hold one sequence per group is skipped, not reported (the plan asked for,
            // candidates[0], reports its own error).
            if i > 0 {
                guard let p = try? candidate.plan(), !p.streamsWeights,
                    candidate.memoryFit.maxBatch(p.serving, context: candidate.heldContext)
                        >= p.serving.dataParallelAttention,
                    (try? p.serving.validate(layers: candidate.shape.layers, experts: candidate.weights.experts)) != nil
                else { continue }
            }
            do {
                let f = try size(
                    candidate, streams: plan.streamsWeights, batchIfStreaming: serving.batch ?? 1,
                    economics: economics, period: period)
                if best == nil || f.accelerators < best!.accelerators
                    || (f.accelerators == best!.accelerators
                        && f.replica.plan.serving.gpus < best!.replica.plan.serving.gpus)
                {
                    best = f
                }
            } catch { if firstError == nil { firstError = error } }
        }
        guard let best else { throw firstError! }
        return best
    }

    /// The largest batch up to `limit` meeting the targets (TPOT and TTFT both grow with the batch), or an
    /// error naming the target that even batch 1 misses, with the best it achieves.
    func batch(meeting engine: ServingRoofline, limit: Int, on what: String) throws -> Int {
        let n = inputTokensPerRequest
        let m = outputTokensPerRequest
        func tpot(_ b: Int) -> Seconds { engine.cycle(batch: b, inputTokens: n, outputTokens: m).time }
        func ttft(_ b: Int) -> Seconds { engine.timeToFirstTokenUnderLoad(batch: b, inputTokens: n, outputTokens: m) }
        func meets(_ b: Int) -> Bool {
            (latencyTarget.map { tpot(b) <= $0 } ?? true) && (timeToFirstTokenTarget.map { ttft(b) <= $0 } ?? true)
        }
        guard latencyTarget != nil || timeToFirstTokenTarget != nil else { return limit }
        if !meets(1) {
            if let target = latencyTarget, tpot(1) > target {
                throw InputError(
                    field: "latency_target", value: Seconds.formatted(target),
                    allowed: "at least \(Seconds.formatted(tpot(1))) per token (batch 1 on \(what))")
            }
            let target = timeToFirstTokenTarget ?? .zero
            throw InputError(
                field: "ttft_target", value: Seconds.formatted(target),
                allowed: "at least \(Seconds.formatted(ttft(1))) to the first token (batch 1 on \(what))")
        }
        var lo = 1
        var hi = limit
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if meets(mid) { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The fleet for one replica plan (the one `s` resolves to).
    private func size(
        _ scenario: InferenceScenario, streams: Bool, batchIfStreaming: Int, economics: Economics,
        period: Seconds
    ) throws -> FleetEstimate {
        var s = scenario
        let plan = try s.plan()
        let fit = min(
            s.memoryFit.maxBatch(plan.serving, context: s.heldContext),
            s.memory.maxTokensPerStep * plan.serving.dataParallelAttention)
        var batch = max(1, fit)
        if !plan.streamsWeights {
            batch = try self.batch(
                meeting: s.servingRoofline(plan.serving), limit: batch,
                on: "\(plan.serving.summary) × \(s.accelerator.name)")
        }
        s.batch = streams ? batchIfStreaming : batch
        let replica = try s.estimate()
        let day = 86_400.0
        let outRate = outputTokensPerDay.value / day
        let inRate = inputTokensPerDay.value / day
        let busy = outRate * replica.replicaTimePerOutputToken.value + inRate * replica.prefillTimePerInputToken.value
        let replicas = max(1, Int((busy * peakToAverage).rounded(.up)))
        let g = plan.serving.gpus
        let accelerators = replicas * g
        let hours = Double(accelerators) * period.inHours
        let cost = s.pricePerHour * (period * Double(accelerators))
        let power = s.accelerator.tdp.map { $0 * (Double(accelerators) * economics.powerFractionOfTDP * economics.pue) }
        let energy = power.map { $0 * period }
        return FleetEstimate(
            workload: self, replica: replica, replicas: replicas, accelerators: accelerators,
            averageBusyAccelerators: busy * Double(g), period: period,
            acceleratorHours: hours, cost: cost, energy: energy,
            energyCost: energy.map { economics.electricityPrice * $0 })
    }
}

extension Seconds {
    /// "35 ms", "1.2 s": a latency as a person reads it.
    static func formatted(_ t: Seconds) -> String {
        t.value < 1
            ? NumberFormat.significant(t.value * 1000, digits: 3) + " ms"
            : NumberFormat.significant(t.value, digits: 3) + " s"
    }
}
