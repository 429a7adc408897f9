import ReckonUnits

/// The numeric inputs of a ``TrainingScenario``, flattened: no strings, no dictionaries, nothing
/// reference-counted. Monte Carlo copies one of these per sample, patches the uncertain fields and calls
/// ``figures()``; ``TrainingScenario/estimate()`` calls the same ``figures()``, so both always agree.
public struct TrainingNumbers: Sendable, Hashable {
    /// How compute is counted, with what each rule needs.
    public enum Rule: Sendable, Hashable {
        /// C = 6·N_active·D.
        case sixND
        /// C = 6·N_active·D + (6·L·n_ctx·d_model)·D; the payload is 6·L·n_ctx·d_model, FLOP per token.
        case sixNDWithAttention(attentionPerToken: Double)
        /// C = 120·P²/K, D = 20·P/K; the payload is K.
        case paperIdentity(partitions: Double)
    }
    /// Total parameters P.
    public var totalParameters: Double
    /// Parameters active per token N_active.
    public var activeParameters: Double
    /// Training tokens D (ignored by the paper's identity, which implies 20·P/K).
    public var tokens: Double
    public var rule: Rule
    /// Dense peak of one accelerator at the chosen precision, FLOP/s.
    public var peak: Double
    /// Accelerators n (a whole number, held as a Double).
    public var count: Double
    public var mfu: Double
    /// Wall-clock multiplier for failures (≥ 1).
    public var failureOverhead: Double
    /// USD per accelerator-second; nil: no price known, rental cost not computed.
    public var rentalPrice: Double?
    /// USD per accelerator; nil: ownership cost not computed.
    public var purchasePrice: Double?
    /// Amortization life, s.
    public var amortizationLife: Double
    /// Board power, W; nil when unpublished: energy, its cost, emissions and ownership cost are then not computed.
    public var tdp: Double?
    public var powerFraction: Double
    public var pue: Double
    /// USD per joule.
    public var electricityPrice: Double
    /// kg CO2e per joule.
    public var gridIntensity: Double

    public init(
        totalParameters: Double, activeParameters: Double, tokens: Double, rule: Rule, peak: Double, count: Double,
        mfu: Double, failureOverhead: Double, rentalPrice: Double?, purchasePrice: Double?, amortizationLife: Double,
        tdp: Double?, powerFraction: Double, pue: Double, electricityPrice: Double, gridIntensity: Double
    ) {
        self.totalParameters = totalParameters
        self.activeParameters = activeParameters
        self.tokens = tokens
        self.rule = rule
        self.peak = peak
        self.count = count
        self.mfu = mfu
        self.failureOverhead = failureOverhead
        self.rentalPrice = rentalPrice
        self.purchasePrice = purchasePrice
        self.amortizationLife = amortizationLife
        self.tdp = tdp
        self.powerFraction = powerFraction
        self.pue = pue
        self.electricityPrice = electricityPrice
        self.gridIntensity = gridIntensity
    }
}

/// The numbers of a training estimate, without the text of its derivation.
public struct TrainingFigures: Sendable, Hashable {
    public var compute: FLOP
    public var tokens: Tokens
    public var clusterThroughput: FLOPPerSecond
    public var computeTime: Seconds
    public var wallClock: Seconds
    public var acceleratorTime: Seconds
    /// nil without a rental price.
    public var rentalCost: USD?
    /// nil without a purchase price or without a published TDP (its electricity is part of it).
    public var ownershipCost: USD?
    /// Energy, its cost and emissions: nil without a published TDP.
    public var energyCost: USD?
    public var energy: Joules?
    public var emissions: Kilograms?

    @inlinable
    public init(
        compute: FLOP, tokens: Tokens, clusterThroughput: FLOPPerSecond, computeTime: Seconds, wallClock: Seconds,
        acceleratorTime: Seconds, rentalCost: USD?, ownershipCost: USD?, energyCost: USD?, energy: Joules?,
        emissions: Kilograms?
    ) {
        self.compute = compute
        self.tokens = tokens
        self.clusterThroughput = clusterThroughput
        self.computeTime = computeTime
        self.wallClock = wallClock
        self.acceleratorTime = acceleratorTime
        self.rentalCost = rentalCost
        self.ownershipCost = ownershipCost
        self.energyCost = energyCost
        self.energy = energy
        self.emissions = emissions
    }
}

extension TrainingFigures {
    /// The first figure that is not a finite number (its JSON name), or nil when all are finite. A figure that is
    /// not computed (nil: no price, no TDP) is not a non-finite one.
    public var firstNonFinite: String? {
        let figures: [(String, Double)] = [
            ("compute_flop", compute.value), ("wall_clock_days", wallClock.value),
            ("accelerator_hours", acceleratorTime.value), ("cost_usd", rentalCost?.value ?? 0),
            ("ownership_cost_usd", ownershipCost?.value ?? 0), ("energy_cost_usd", energyCost?.value ?? 0),
            ("energy_kwh", energy?.value ?? 0), ("co2_kg", emissions?.value ?? 0),
        ]
        return figures.first { !$0.1.isFinite }?.0
    }
}

extension TrainingNumbers {
    /// Compute, time, cost, energy and emissions: the formulas of ``TrainingScenario/estimate()``
    /// (documented there), evaluated with no allocation. The order of operations is part of the
    /// contract: `estimate()` uses these values, so changing it changes both together.
    @inlinable @inline(__always)
    public func figures() -> TrainingFigures {
        var trained = tokens
        let compute: Double
        switch rule {
        case .sixND:
            compute = 6 * activeParameters * tokens
        case .sixNDWithAttention(let perToken):
            compute = 6 * activeParameters * tokens + perToken * tokens
        case .paperIdentity(let k):
            compute = 120 * totalParameters * totalParameters / k
            trained = 20 * totalParameters / k
        }
        let cluster = peak * (count * mfu)
        let computeTime = compute / cluster
        let wall = computeTime * failureOverhead
        let acceleratorTime = wall * count
        var rental: USD? = nil
        if let rentalPrice { rental = USD(rentalPrice * acceleratorTime) }
        var energy: Joules? = nil
        var energyCost: USD? = nil
        var emissions: Kilograms? = nil
        var ownership: USD? = nil
        if let tdp {
            let joules = tdp * (count * powerFraction * pue) * wall
            let electricity = electricityPrice * joules
            energy = Joules(joules)
            energyCost = USD(electricity)
            emissions = Kilograms(gridIntensity * joules)
            if let price = purchasePrice { ownership = USD((price * count) * (wall / amortizationLife) + electricity) }
        }
        return TrainingFigures(
            compute: FLOP(compute), tokens: Tokens(trained), clusterThroughput: FLOPPerSecond(cluster),
            computeTime: Seconds(computeTime), wallClock: Seconds(wall), acceleratorTime: Seconds(acceleratorTime),
            rentalCost: rental, ownershipCost: ownership, energyCost: energyCost,
            energy: energy, emissions: emissions)
    }
}

extension TrainingScenario {
    /// This scenario's numbers, flattened for fast repeated evaluation.
    public var numbers: TrainingNumbers {
        let r: TrainingNumbers.Rule
        switch rule {
        case .sixND: r = .sixND
        case .sixNDWithAttention:
            r = .sixNDWithAttention(
                attentionPerToken: 6 * Double(model.layers!) * Double(model.contextLength!) * Double(model.hiddenSize!))
        case .paperIdentity(let k): r = .paperIdentity(partitions: Double(k))
        }
        return TrainingNumbers(
            totalParameters: model.totalParameters.value, activeParameters: model.activeParameters.value,
            tokens: tokens.value, rule: r, peak: accelerator.peak(at: precision)!.value, count: Double(count),
            mfu: mfu, failureOverhead: failureOverhead, rentalPrice: economics.rentalPrice?.value,
            purchasePrice: economics.purchasePrice?.value, amortizationLife: economics.amortizationLife.value,
            tdp: accelerator.tdp?.value, powerFraction: economics.powerFractionOfTDP, pue: economics.pue,
            electricityPrice: economics.electricityPrice.value, gridIntensity: economics.gridIntensity.value)
    }

    /// The numbers of ``estimate()`` without its derivation text: for Monte Carlo and searches.
    public func figures() -> TrainingFigures { numbers.figures() }
}
