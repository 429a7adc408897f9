import ReckonUnits

/// Everything that determines what a training run costs. Valid by construction: build it with
/// ``TrainingScenario/init(model:tokens:rule:accelerator:count:precision:mfu:economics:failureOverhead:)``,
/// which checks every field and throws an ``InputError`` naming the one that is wrong.
public struct TrainingScenario: Sendable, Hashable {
    public var model: ModelSpec
    public var tokens: Tokens
    public var rule: ComputeRule
    public var accelerator: AcceleratorSpec
    /// Accelerators used in parallel.
    public var count: Int
    public var precision: Precision
    /// Model FLOPs utilization: achieved model FLOP/s ÷ peak FLOP/s at `precision`.
    public var mfu: Double
    public var economics: Economics
    /// Wall-clock multiplier for failures, checkpoints and restarts (1 = none). Computed by the
    /// reliability model when failures are counted.
    public var failureOverhead: Double

    public init(
        model: ModelSpec, tokens: Tokens, rule: ComputeRule = .sixND, accelerator: AcceleratorSpec,
        count: Int, precision: Precision = .bf16, mfu: Double, economics: Economics,
        failureOverhead: Double = 1
    ) throws {
        try Check.positive(model.totalParameters.value, "params", max: 1e16)
        try Check.positive(model.activeParameters.value, "active_params", max: model.totalParameters.value)
        try Check.positive(tokens.value, "tokens", max: 1e18)
        try Check.integer(count, "gpus", in: 1...100_000_000)
        try Check.fraction(mfu, "mfu")
        if let price = economics.rentalPrice { try Check.positive(price.value, "price_per_hour") }
        try Check.positive(economics.amortizationLife.value, "amortization_years")
        guard economics.pue.isFinite, economics.pue >= 1, economics.pue <= 5 else {
            throw InputError(field: "pue", value: Check.shown(economics.pue), allowed: "a number from 1 to 5")
        }
        try Check.nonNegative(economics.electricityPrice.value, "electricity_price")
        try Check.nonNegative(economics.gridIntensity.value, "grid_intensity")
        try Check.fraction(economics.powerFractionOfTDP, "power_fraction")
        guard failureOverhead.isFinite, failureOverhead >= 1 else {
            throw InputError(field: "failure_overhead", value: "\(failureOverhead)", allowed: "a number of at least 1")
        }
        guard accelerator.peak(at: precision) != nil else {
            let known = Precision.allCases.filter { accelerator.peak(at: $0) != nil }.map(\.rawValue).joined(
                separator: ", ")
            throw InputError(
                field: "precision", value: precision.rawValue,
                allowed: "a precision \(accelerator.name) publishes a peak for: \(known)")
        }
        if case .paperIdentity(let k) = rule { try Check.integer(k, "partitions", in: 1...1_000_000) }
        if case .sixNDWithAttention = rule {
            guard model.layers != nil, model.hiddenSize != nil, model.contextLength != nil else {
                throw InputError(
                    field: "attention", value: "true",
                    allowed: "a model with layers, hidden size and context length",
                    hint: "give --layers, --hidden and --seq-len, or drop --attention")
            }
        }
        self.model = model
        self.tokens = tokens
        self.rule = rule
        self.accelerator = accelerator
        self.count = count
        self.precision = precision
        self.mfu = mfu
        self.economics = economics
        self.failureOverhead = failureOverhead
    }
}
