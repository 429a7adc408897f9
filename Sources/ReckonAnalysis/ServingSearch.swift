import Dispatch
import ReckonCore
import ReckonUnits

/// The latency-target search: every accelerator, precision and replica plan (tensor, data-parallel attention,
/// expert and pipeline parallelism) and batch, for the most output tokens per second per dollar that meet the
/// TTFT and TPOT targets at the concurrency; with the Pareto frontier of throughput per GPU against speed per user.
///
/// ```
/// for each (accelerator, precision, plan):
///     B_max = min(KV capacity, budget · d)
///     B*    = largest B ≤ B_max with TPOT(B) ≤ target and TTFT(B) ≤ target        (both grow with B)
///     with concurrency C:  R = ⌈C / B*⌉ replicas, B = ⌈C / R⌉ each
///     tokens/s per GPU = B / TPOT(B) / G;   per dollar = tokens/s per GPU / price per GPU-second
/// ```
/// TPOT and TTFT are the continuous-batching ones of ``ServingRoofline/cycle(batch:inputTokens:outputTokens:)``
/// and ``ServingRoofline/timeToFirstTokenUnderLoad(batch:inputTokens:outputTokens:)``; the batch is found by
/// bisection. Configurations are dealt to `threads` workers (value types, no shared state).
public enum ServingSearch {
    struct Config: Sendable {
        var accelerator: AcceleratorSpec
        var quantization: Quantization
    }

    struct Partial: Sendable {
        var best: ServingPoint? = nil
        var bestDisaggregated: ServingPoint? = nil
        var points: [ServingPoint] = []
        var bestTotal: Double? = nil
        var evaluated = 0, feasible = 0
        var fastestTPOT: (Double, String)? = nil
        var fastestTTFT: (Double, String)? = nil
        var fastestTPOTMeetingTTFT: (Double, String)? = nil
    }

    /// Runs the search; throws an ``InputError`` naming the field when nothing can be served or no configuration
    /// meets the targets (the message says which target fails and the best achievable).
    public static func run(_ space: ServingSearchSpace, targets: ServingTargets, threads: Int = 2) throws
        -> ServingSearchResult
    {
        try targets.validate()
        try Check.integer(space.inputTokens, "input_tokens", in: 1...100_000_000)
        try Check.integer(space.outputTokens, "output_tokens", in: 1...100_000_000)
        if let budget = space.gpuBudget { try Check.integer(budget, "gpus", in: 1...10_000_000) }
        let experts = ExpertWeights(model: space.model)
        let layers = ServingShape(model: space.model).layers
        // Degrees the user fixed are checked as given (an EP that does not divide the experts is refused, naming `ep`).
        var fixed = ServingPlan(
            tensorParallel: space.tensorParallel ?? 1, dataParallelAttention: space.dataParallelAttention ?? 1,
            expertParallel: space.expertParallel ?? 1, pipelineParallel: space.pipelineParallel ?? 1)
        if space.expertParallel != nil, space.tensorParallel == nil, space.dataParallelAttention == nil {
            fixed.dataParallelAttention = space.expertParallel ?? 1  // EP alone: over as many attention groups
        }
        try fixed.validate(layers: layers, experts: experts)
        var configs: [Config] = []
        var notes: [String] = []
        var firstError: InputError? = nil
        for a in space.accelerators {
            for q in space.quantizations ?? ServingSearchSpace.defaultQuantizations(model: space.model, accelerator: a)
            {
                do {
                    try q.validate()
                    try q.validate(on: a)
                    guard a.memory != nil, a.memoryBandwidth != nil else {
                        throw InputError(
                            field: "gpu", value: a.id,
                            allowed: "an accelerator with published memory size and bandwidth")
                    }
                    configs.append(Config(accelerator: a, quantization: q))
                } catch let e as InputError {
                    if firstError == nil { firstError = e }
                }
            }
        }
        guard !configs.isEmpty else {
            throw firstError ?? InputError(field: "gpu", value: "", allowed: "at least one accelerator")
        }
        let skipped = Set(space.accelerators.map(\.id)).subtracting(configs.map(\.accelerator.id))
        if !skipped.isEmpty {
            notes.append(
                "not searched (no precision they publish a peak for, or no memory figures): "
                    + "\(skipped.sorted().joined(separator: ", "))"
            )
        }
        let unpriced = Set(configs.map(\.accelerator.id)).filter { space.prices[$0] == nil }
        if !unpriced.isEmpty {
            notes.append(
                "no price per hour (on the frontier, not ranked per dollar): "
                    + "\(unpriced.sorted().joined(separator: ", "))"
            )
        }

        let workers = max(1, min(threads, configs.count))
        let out = UnsafeMutableBufferPointer<Partial>.allocate(capacity: workers)
        defer { out.deallocate() }
        nonisolated(unsafe) let slots = out
        let all = configs
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var partial = Partial()
            var i = worker
            while i < all.count {
                search(all[i], space: space, targets: targets, into: &partial)
                i += workers
            }
            (slots.baseAddress! + worker).initialize(to: partial)
        }
        var merged = Partial()
        for p in out {
            merged.evaluated += p.evaluated
            merged.feasible += p.feasible
            merged.points += p.points
            if let b = p.best, better(b, than: merged.best) { merged.best = b }
            if let b = p.bestDisaggregated, better(b, than: merged.bestDisaggregated) { merged.bestDisaggregated = b }
            if let t = p.bestTotal { merged.bestTotal = max(merged.bestTotal ?? 0, t) }
            merged.fastestTPOT = minimum(merged.fastestTPOT, p.fastestTPOT)
            merged.fastestTTFT = minimum(merged.fastestTTFT, p.fastestTTFT)
            merged.fastestTPOTMeetingTTFT = minimum(merged.fastestTPOTMeetingTTFT, p.fastestTPOTMeetingTTFT)
        }
        guard merged.feasible > 0 else {
            throw InputError(
                field: "gpu", value: space.accelerators.map(\.id).joined(separator: ","),
                allowed:
                    "accelerators that hold \(space.model.name) within "
                    + "\(space.maxGPUsPerReplica.map(String.init) ?? "the default") GPUs per replica"
            )
        }
        if merged.best == nil && (!space.disaggregate || merged.bestDisaggregated == nil) {
            throw infeasible(targets, merged)
        }
        let frontier = paretoFrontier(merged.points)
        let shown = Set(
            frontier.map(\.acceleratorID)
                + [merged.best?.acceleratorID, merged.bestDisaggregated?.acceleratorID].compactMap { $0 })
        for id in shown.sorted() { if let caveat = ServingCalibration.acceleratorCaveats[id] { notes.append(caveat) } }
        return ServingSearchResult(
            best: merged.best, bestDisaggregated: merged.bestDisaggregated,
            frontier: frontier, bestTotalThroughput: merged.bestTotal,
            evaluated: merged.evaluated, feasible: merged.feasible, notes: notes)
    }

    /// The error for targets nothing meets: which one fails, and the best achievable.
    static func infeasible(_ targets: ServingTargets, _ p: Partial) -> InputError {
        func ms(_ s: Double) -> String {
            s < 1
                ? NumberFormat.significant(s * 1000, digits: 3) + " ms" : NumberFormat.significant(s, digits: 3) + " s"
        }
        if let tpot = targets.timePerOutputToken, let best = p.fastestTPOT, best.0 > tpot.value {
            return InputError(
                field: "tpot", value: ms(tpot.value),
                allowed:
                    "at least \(ms(best.0)), the fastest any configuration reaches (\(best.1), one sequence per "
                    + "replica)"
            )
        }
        if let ttft = targets.timeToFirstToken, let best = p.fastestTTFT, best.0 > ttft.value {
            return InputError(
                field: "ttft", value: ms(ttft.value),
                allowed:
                    "at least \(ms(best.0)), the fastest any configuration reaches (\(best.1), one sequence per "
                    + "replica)"
            )
        }
        let tpot = targets.timePerOutputToken.map { ms($0.value) } ?? "-"
        let best = p.fastestTPOTMeetingTTFT.map { "\(ms($0.0)) (\($0.1))" } ?? "none"
        return InputError(
            field: "tpot", value: tpot,
            allowed: "a TPOT reachable together with the TTFT target: the fastest meeting it is \(best)")
    }

    static func minimum(_ a: (Double, String)?, _ b: (Double, String)?) -> (Double, String)? {
        guard let b else { return a }
        guard let a else { return b }
        return b.0 < a.0 ? b : a
    }

    /// Ranking: more output tokens per dollar; a priced point beats an unpriced one; unpriced compare per GPU.
    static func better(_ a: ServingPoint, than b: ServingPoint?) -> Bool {
        guard let b else { return true }
        switch (a.outputTokensPerDollar, b.outputTokensPerDollar) {
        case let (x?, y?): return x > y || (x == y && a.gpus < b.gpus)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.tokensPerSecondPerGPU > b.tokensPerSecondPerGPU
        }
    }

    /// Redundant experts making `E + r` a multiple of `ep` (0 when it divides already, or for a dense model).
    static func redundantFor(_ experts: ExpertWeights?, ep: Int) -> Int {
        guard let e = experts, ep > 1 else { return 0 }
        let r = (ep - e.experts % ep) % ep
        return r <= e.experts ? r : 0
    }

    /// Candidate plans for one accelerator: tensor parallelism (and pipeline stages beyond the domain); for a
    /// mixture of experts also data-parallel attention with expert parallelism over the same GPUs.
    static func plans(
        _ space: ServingSearchSpace, accelerator: AcceleratorSpec, minimumTP: Int,
        experts: ExpertWeights?
    ) -> [ServingPlan] {
        let domain = accelerator.scaleUpDomain ?? 1
        let cap = space.maxGPUsPerReplica ?? min(256, max(domain, 4 * minimumTP))
        var out: [ServingPlan] = []
        func add(_ p: ServingPlan) {
            guard p.gpus <= cap else { return }
            if let t = space.tensorParallel, p.tensorParallel != t { return }
            if let e = space.expertParallel, p.expertParallel != e { return }
            if let d = space.dataParallelAttention, p.dataParallelAttention != d { return }
            if let s = space.pipelineParallel, p.pipelineParallel != s { return }
            if !out.contains(p) { out.append(p) }
        }
        var t = 1
        while t <= cap {
            for pp in [1, 2, 4] where t * pp <= cap && (pp == 1 || t * pp > domain || space.pipelineParallel != nil) {
                add(ServingPlan(tensorParallel: t, pipelineParallel: pp))
                if let experts, t > 1, experts.experts % t == 0 {
                    add(ServingPlan(tensorParallel: t, expertParallel: t, pipelineParallel: pp))
                }
            }
            t *= 2
        }
        if let experts {
            var g = 2
            while g <= cap {
                for tp in [1, 2, 4, 8] where tp < g && g % tp == 0 {
                    let ep = space.expertParallel ?? g
                    // Redundant experts (EPLB) only where the search chose the EP degree itself.
                    add(
                        ServingPlan(
                            tensorParallel: tp, dataParallelAttention: g / tp, expertParallel: ep,
                            redundantExperts: space.expertParallel == nil ? redundantFor(experts, ep: ep) : 0))
                }
                g *= 2
            }
        }
        return out
    }

    /// Searches every plan and batch of one (accelerator, precision).
    static func search(_ c: Config, space: ServingSearchSpace, targets: ServingTargets, into partial: inout Partial) {
        guard
            let scenario = try? InferenceScenario(
                model: space.model, accelerator: c.accelerator,
                inputTokens: space.inputTokens, outputTokens: space.outputTokens,
                quantization: c.quantization, efficiency: space.efficiency,
                memory: space.memory, pricePerHour: .dollarsPerHour(1))
        else { return }
        let fit = scenario.memoryFit
        let minimumTP = fit.minimumTensorParallel(context: scenario.sequenceLength) ?? Int.max
        guard minimumTP < Int.max else { return }
        let experts = scenario.weights.experts
        let price = space.prices[c.accelerator.id]
        let label = precisionLabel(c.quantization, on: c.accelerator)
        var decodeBest: (perGPU: Double, plan: ServingPlan, batch: Int, tpot: Double)? = nil
        var prefillBest: (perGPU: Double, plan: ServingPlan, ttft: Double, transfer: Double)? = nil
        for plan in plans(space, accelerator: c.accelerator, minimumTP: minimumTP, experts: experts) {
            guard (try? plan.validate(layers: scenario.shape.layers, experts: experts)) != nil else { continue }
            if plan.gpus > 1, scenario.tensorParallelLink(plan.gpus) == nil { continue }
            partial.evaluated += 1
            let limit = min(
                fit.maxBatch(plan, context: scenario.heldContext),
                space.memory.maxTokensPerStep * plan.dataParallelAttention)
            guard limit >= max(1, plan.dataParallelAttention) else { continue }
            partial.feasible += 1
            let engine = scenario.servingRoofline(plan)
            let n = space.inputTokens
            let m = space.outputTokens
            let g = Double(plan.gpus)
            let name = "\(c.accelerator.name), \(label), \(plan.summary)"
            func tpot(_ b: Int) -> Double { engine.cycle(batch: b, inputTokens: n, outputTokens: m).time.value }
            func ttft(_ b: Int) -> Double {
                engine.timeToFirstTokenUnderLoad(batch: b, inputTokens: n, outputTokens: m).value
            }
            func meetsTTFT(_ b: Int) -> Bool { targets.timeToFirstToken.map { ttft(b) <= $0.value } ?? true }
            func meets(_ b: Int) -> Bool {
                (targets.timePerOutputToken.map { tpot(b) <= $0.value } ?? true) && meetsTTFT(b)
            }
            let one = (tpot(1), ttft(1))
            partial.fastestTPOT = minimum(partial.fastestTPOT, (one.0, name))
            partial.fastestTTFT = minimum(partial.fastestTTFT, (one.1, name))
            if meetsTTFT(1) { partial.fastestTPOTMeetingTTFT = minimum(partial.fastestTPOTMeetingTTFT, (one.0, name)) }
            func point(_ b: Int, replicas: Int, meets: Bool) -> ServingPoint {
                let t = tpot(b)
                let perGPU = Double(b) / t / g
                return ServingPoint(
                    acceleratorID: c.accelerator.id, acceleratorName: c.accelerator.name,
                    quantization: c.quantization, precisionLabel: label, plan: plan, batch: b,
                    replicas: replicas, timeToFirstToken: Seconds(ttft(b)), timePerOutputToken: Seconds(t),
                    tokensPerSecondPerUser: 1 / t, tokensPerSecondPerGPU: perGPU,
                    outputTokensPerSecond: Double(b * replicas) / t, gpus: plan.gpus * replicas,
                    pricePerHour: price, outputTokensPerDollar: price.map { perGPU / $0.value },
                    meetsTargets: meets, disaggregation: nil)
            }
            // The frontier: batches 1, 2, 4, … up to the limit, meeting the TTFT target.
            var b = 1
            while true {
                let size = min(b, limit)
                if meetsTTFT(size) { partial.points.append(point(size, replicas: 1, meets: meets(size))) }
                if size == limit { break }
                b *= 2
            }
            // The largest batch meeting both targets.
            if meets(1) {
                var lo = 1
                var hi = limit
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if meets(mid) { lo = mid } else { hi = mid - 1 }
                }
                var best = point(lo, replicas: 1, meets: true)
                if let cc = targets.concurrency {
                    let replicas = (cc + lo - 1) / lo
                    best = point((cc + replicas - 1) / replicas, replicas: replicas, meets: true)
                }
                partial.points.append(best)
                if better(best, than: partial.best) { partial.best = best }
                if let budget = space.gpuBudget, budget >= plan.gpus {
                    let total = Double(budget / plan.gpus) * Double(lo) / tpot(lo)
                    partial.bestTotal = max(partial.bestTotal ?? 0, total)
                }
            }
            if space.disaggregate {
                // Decode pool: decode alone.
                func decodeTime(_ b: Int) -> Double {
                    engine.step(decode: Double(b), context: Double(n) + (Double(m) + 1) / 2).total.value
                }
                if targets.timePerOutputToken.map({ decodeTime(1) <= $0.value }) ?? true {
                    var lo = 1
                    var hi = limit
                    while lo < hi {
                        let mid = (lo + hi + 1) / 2
                        if targets.timePerOutputToken.map({ decodeTime(mid) <= $0.value }) ?? true {
                            lo = mid
                        } else {
                            hi = mid - 1
                        }
                    }
                    let perGPU = Double(lo) / decodeTime(lo) / g
                    if decodeBest == nil || perGPU > decodeBest!.perGPU {
                        decodeBest = (perGPU, plan, lo, decodeTime(lo))
                    }
                }
                // Prefill pool: full steps of prompt tokens.
                let tokens = Double(space.memory.maxTokensPerStep * plan.dataParallelAttention)
                let stepTime = engine.step(decode: 0, context: 0, prefill: tokens, promptLength: Double(n)).total.value
                let chunks = (Double(n) / Double(space.memory.maxTokensPerStep)).rounded(.up)
                let transfer = kvTransfer(scenario, plan: plan)
                let ttftP = (0.5 + chunks) * stepTime + transfer
                if targets.timeToFirstToken.map({ ttftP <= $0.value }) ?? true {
                    let perGPU = tokens / stepTime / g
                    if prefillBest == nil || perGPU > prefillBest!.perGPU {
                        prefillBest = (perGPU, plan, ttftP, transfer)
                    }
                }
            }
        }
        if let d = decodeBest, let p = prefillBest {
            let ratio = Double(space.inputTokens) / Double(space.outputTokens)
            let gpuSecondsPerToken = 1 / d.perGPU + ratio / p.perGPU
            let perGPU = 1 / gpuSecondsPerToken
            let pools = DisaggregatedPools(
                prefillPlan: p.plan, decodePlan: d.plan, decodeBatch: d.batch,
                prefillTokensPerSecondPerGPU: p.perGPU, decodeTokensPerSecondPerGPU: d.perGPU,
                prefillToDecodeGPUs: ratio * d.perGPU / p.perGPU, kvTransfer: Seconds(p.transfer))
            var replicas = 1
            if let cc = targets.concurrency { replicas = (cc + d.batch - 1) / d.batch }
            let decodeGPUs = d.plan.gpus * replicas
            let prefillGPUs =
                Int((Double(decodeGPUs) * pools.prefillToDecodeGPUs / Double(p.plan.gpus)).rounded(.up)) * p.plan.gpus
            let point = ServingPoint(
                acceleratorID: c.accelerator.id, acceleratorName: c.accelerator.name,
                quantization: c.quantization, precisionLabel: label, plan: d.plan, batch: d.batch,
                replicas: replicas, timeToFirstToken: Seconds(p.ttft), timePerOutputToken: Seconds(d.tpot),
                tokensPerSecondPerUser: 1 / d.tpot, tokensPerSecondPerGPU: perGPU,
                outputTokensPerSecond: Double(d.batch * replicas) / d.tpot, gpus: decodeGPUs + prefillGPUs,
                pricePerHour: price, outputTokensPerDollar: price.map { perGPU / $0.value },
                meetsTargets: true, disaggregation: pools)
            if better(point, than: partial.bestDisaggregated) { partial.bestDisaggregated = point }
        }
    }

    /// Latency of shipping one prompt's KV cache from the prefill pool to the decode pool: α + KV(n_in) / (G_p · BW).
    static func kvTransfer(_ s: InferenceScenario, plan: ServingPlan) -> Double {
        let bytes = s.kvCache.bytes(context: Double(s.inputTokens)).value
        let domain = s.accelerator.scaleUpDomain ?? 1
        let inside = 2 * plan.gpus <= domain
        let link =
            (inside ? s.accelerator.scaleUpBandwidth : s.accelerator.scaleOutBandwidth)
            ?? s.accelerator.scaleOutBandwidth ?? s.accelerator.scaleUpBandwidth ?? BytesPerSecond(25e9)
        return s.efficiency.collectiveLatency.value + bytes / (Double(plan.gpus) * link.value * s.efficiency.link)
    }

    /// "FP8 (KV FP8)", "BF16", "INT4 weight-only (math BF16, KV BF16)", "NVFP4 (KV FP8)", "FP8, experts NVFP4".
    public static func precisionLabel(_ q: Quantization, on a: AcceleratorSpec) -> String {
        func name(_ p: Precision) -> String { p == .fp4 ? q.fp4Format.label : p.label }
        var s = name(q.weights)
        if let e = q.experts { s += ", experts " + name(e) }
        let math = q.computePrecision(on: a)
        if math != q.weights && !(q.weights == .fp4 && math == .fp4) { s += " weight-only (math \(math.label))" }
        if q.kvCache != q.weights { s += ", KV " + name(q.kvCache) }
        return s
    }

    /// The non-dominated points: no other point is at least as fast per user and per GPU and faster in one.
    /// Sorted by tokens/s per user, increasing (so tokens/s per GPU decreases along it).
    public static func paretoFrontier(_ points: [ServingPoint]) -> [ServingPoint] {
        let sorted = points.sorted {
            $0.tokensPerSecondPerUser != $1.tokensPerSecondPerUser
                ? $0.tokensPerSecondPerUser > $1.tokensPerSecondPerUser
                : $0.tokensPerSecondPerGPU > $1.tokensPerSecondPerGPU
        }
        var frontier: [ServingPoint] = []
        var bestPerGPU = -Double.infinity
        for p in sorted where p.tokensPerSecondPerGPU > bestPerGPU {
            frontier.append(p)
            bestPerGPU = p.tokensPerSecondPerGPU
        }
        return frontier.reversed()
    }
}
