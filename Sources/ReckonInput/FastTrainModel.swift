import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// The per-sample model of `reckon train --samples`: patch the uncertain numbers of a resolved scenario and
/// compute ``TrainingNumbers/figures()``. Allocation-free; built by ``TrainUncertainty``.
struct FastTrainModel: Sendable {
    enum Patch: Sendable {
        case mfu, gpus, tokens, params, activeParams, tokensPerParam, price, purchase, amortization, pue, electricity,
            grid, powerFraction
    }
    static let patchFor: [String: Patch] = [
        "mfu": .mfu, "gpus": .gpus, "tokens": .tokens, "params": .params, "active_params": .activeParams,
        "tokens_per_param": .tokensPerParam, "price_per_hour": .price, "purchase_price": .purchase,
        "amortization_years": .amortization, "pue": .pue, "electricity_price": .electricity,
        "grid_intensity": .grid, "power_fraction": .powerFraction,
    ]
    /// The tokens-per-parameter rule `TrainRequest.resolve` applies to custom models without a token count.
    static let defaultTokensPerParameter = 20.0

    let base: TrainingNumbers
    let patches: [Patch]
    let admissions: [Admission]
    /// Tokens follow the parameter count at this ratio (nil: tokens are fixed or given directly).
    let tokensPerParam: Double?
    /// Active parameters given by the user as one number: re-applied after a sampled `params`.
    let fixedActive: Double?
    let hook: (@Sendable (TrainingNumbers) -> Double)?
    /// True when `tokens_per_param` itself is uncertain.
    let ratioIsSampled: Bool

    /// nil when some uncertain field is outside what the fast path knows.
    init?(run: UncertainRun, resolved: TrainRequest.Resolved, hook: (@Sendable (TrainingNumbers) -> Double)?) {
        var patches: [Patch] = []
        for input in run.inputs {
            guard let p = FastTrainModel.patchFor[input.key] else { return nil }
            patches.append(p)
        }
        let f = run.fields
        let sizeIsUncertain = patches.contains { [.params, .activeParams, .tokens, .tokensPerParam].contains($0) }
        if f.has("compute_budget") && sizeIsUncertain { return nil }
        let model = resolved.scenario.model
        if f.has("compute_budget") || f.has("tokens") {
            tokensPerParam = nil
        } else if f.has("tokens_per_param") {
            // replaced by draws when uncertain
            tokensPerParam = resolved.scenario.tokens.value / model.totalParameters.value
        } else if model.trainingTokens != nil && model.id != "custom" {
            tokensPerParam = nil
        } else {
            tokensPerParam = FastTrainModel.defaultTokensPerParameter
        }
        fixedActive = f.has("active_params") ? model.activeParameters.value : nil
        self.base = resolved.scenario.numbers
        self.patches = patches
        self.admissions = run.inputs.map(\.field.admission)
        self.hook = hook
        self.ratioIsSampled = patches.contains(.tokensPerParam)
    }

    /// How every result moves with the one uncertain input, where that follows from the formulas of
    /// ``TrainingNumbers/figures()`` in floating point (nil otherwise, and for several inputs).
    ///
    /// Every result is built from the input by multiplications by non-negative numbers of the scenario, additions of
    /// terms that move the same way, and one division of the compute by the cluster's throughput (or of the wall
    /// clock by the amortization life); rounding to nearest is monotone, so each result keeps its formula's
    /// direction exactly: the MFU and the amortization life lower every result (or leave it), everything else here
    /// raises it (compute, tokens, prices, PUE, power, tariff, grid intensity). Not claimed: the GPU count (the
    /// GPU-hours are `wall·n`, flat in exact arithmetic, not in floating point, and the failure overhead depends on
    /// it), the total parameters (the failure overhead and token rules follow them).
    var monotonicity: [Monotonicity]? {
        guard patches.count == 1, hook == nil else { return nil }
        let b = base
        let numbers = [
            b.totalParameters, b.activeParameters, b.tokens, b.peak, b.count, b.mfu, b.failureOverhead,
            b.rentalPrice ?? 0, b.purchasePrice ?? 0, b.amortizationLife, b.tdp ?? 0, b.powerFraction, b.pue,
            b.electricityPrice, b.gridIntensity,
        ]
        guard numbers.allSatisfy({ $0.isFinite && $0 >= 0 }), b.peak > 0, b.count > 0 else { return nil }
        let direction: Monotonicity
        switch patches[0] {
        case .mfu, .amortization: direction = .nonIncreasing
        case .price, .purchase, .pue, .electricity, .grid, .powerFraction, .activeParams, .tokensPerParam:
            direction = .nonDecreasing
        case .tokens:
            guard tokensPerParam == nil else { return nil }
            direction = .nonDecreasing
        case .gpus, .params: return nil
        }
        return Array(repeating: direction, count: TrainUncertainty.outputs.count)
    }

    @inlinable
    func evaluate(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeMutableBufferPointer<Double>) {
        var n = base
        var params: Double? = nil
        var active: Double? = nil
        var ratio = tokensPerParam
        for j in 0..<patches.count {
            let v = admissions[j](x[j])
            switch patches[j] {
            case .mfu: n.mfu = v
            case .gpus: n.count = v
            case .tokens: n.tokens = v
            case .params: params = v
            case .activeParams: active = v
            case .tokensPerParam: ratio = v
            case .price: n.rentalPrice = v
            case .purchase: n.purchasePrice = v
            case .amortization: n.amortizationLife = Seconds.years(v).value
            case .pue: n.pue = v
            case .electricity: n.electricityPrice = v
            case .grid: n.gridIntensity = v
            case .powerFraction: n.powerFraction = v
            }
        }
        if let p = params {
            n.totalParameters = p
            n.activeParameters = fixedActive ?? p
        }
        if let a = active { n.activeParameters = a }
        if n.activeParameters > n.totalParameters { n.activeParameters = n.totalParameters }
        if tokensPerParam != nil, let r = ratio, params != nil || ratioIsSampled { n.tokens = r * n.totalParameters }
        if let hook { n.failureOverhead = hook(n) }
        TrainUncertainty.write(n.figures(), into: y)
    }

    /// True when this model and `reference` (the full resolve + estimate) agree to 1e-9 relative at the
    /// inputs' p5, median and p95 — the guard that keeps the fast path honest.
    func agrees(with reference: MonteCarloEvaluator, run: UncertainRun) -> Bool {
        let count = TrainUncertainty.outputs.count
        for level in [0.05, 0.5, 0.95] {
            let x = run.inputs.map { $0.distribution.quantile(level) }
            var fast = [Double](repeating: 0, count: count)
            var full = fast
            x.withUnsafeBufferPointer { xs in
                fast.withUnsafeMutableBufferPointer { evaluate(xs, $0) }
                full.withUnsafeMutableBufferPointer { reference(xs, $0) }
            }
            for k in 0..<count {
                guard full[k].isFinite, abs(fast[k] - full[k]) <= 1e-9 * max(abs(full[k]), 1e-300) else { return false }
            }
        }
        return true
    }
}
