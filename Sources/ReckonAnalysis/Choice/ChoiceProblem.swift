import ReckonCore

/// How `reckon choose` counts what a configuration costs.
public enum PriceBasis: String, Sendable, CaseIterable {
    /// Accelerator-hours × the on-demand rental price (``TrainingFigures/rentalCost``).
    case rent
    /// Hardware amortized over the run plus its electricity (``TrainingFigures/ownershipCost``).
    case own

    /// What a configuration needs published to have a cost on this basis, for reports.
    public var needs: String { self == .rent ? "a rental price" : "a purchase price and a TDP" }
}

/// One accelerator `reckon choose` may pick, with the cluster sizes it is tried at.
public struct ChoiceCandidate: Sendable {
    /// Catalog ID.
    public var id: String
    /// The plan model's view of the accelerator; nil when the catalog lacks a figure the model needs.
    public var hardware: PlanHardware?
    /// Why ``hardware`` is nil ("the catalog entry has no scale-up bandwidth").
    public var unplannable: String?
    /// The run on this accelerator as `reckon train` costs it (its peak at the costed precision, prices, power);
    /// `count`, `mfu` and `failureOverhead` are replaced at each size.
    public var numbers: TrainingNumbers
    /// GPU counts tried, increasing (``ClusterSizes``).
    public var sizes: [Int]

    public init(id: String, hardware: PlanHardware?, unplannable: String?, numbers: TrainingNumbers, sizes: [Int]) {
        self.id = id
        self.hardware = hardware
        self.unplannable = unplannable
        self.numbers = numbers
        self.sizes = sizes
    }
}

/// Everything `reckon choose` searches: one model, every candidate accelerator at every size, and how a run
/// is costed.
public struct ChoiceProblem: Sendable {
    public var shape: TransformerShape
    public var framework: FrameworkProfile
    public var constants: StepTimeConstants
    /// The costed precision (its peak is each candidate's `numbers.peak`).
    public var precision: Precision
    public var candidates: [ChoiceCandidate]
    /// Wall-clock multiplier for failures, checkpoints and restarts at each GPU count of any candidate (1 without
    /// failures; `.infinity` where the run never finishes).
    public var failureOverhead: [Int: Double]
    /// Global batch in sequences at a GPU count (`reckon train`'s default: 4M tokens rounded up to a multiple of N).
    public var globalBatch: @Sendable (Int) -> Int
    public var price: PriceBasis
    /// The compute rule's FLOP per trained token (``PlanMFU``): the MFU is put in the rule's terms, as `train`'s.
    public var flopPerToken: Double?

    public init(
        shape: TransformerShape, framework: FrameworkProfile, constants: StepTimeConstants = .default,
        precision: Precision, candidates: [ChoiceCandidate], failureOverhead: [Int: Double],
        globalBatch: @escaping @Sendable (Int) -> Int, price: PriceBasis, flopPerToken: Double? = nil
    ) {
        self.shape = shape
        self.framework = framework
        self.constants = constants
        self.precision = precision
        self.candidates = candidates
        self.failureOverhead = failureOverhead
        self.globalBatch = globalBatch
        self.price = price
        self.flopPerToken = flopPerToken
    }

    /// Configurations (candidate, size) in the problem.
    public var configurationCount: Int { candidates.reduce(0) { $0 + $1.sizes.count } }
}
