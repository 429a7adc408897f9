import Foundation
import ReckonUnits

/// "The road to a $1,000 GPT-3": how far each lever, each combination of levers, and the hardware
/// price-performance trend take GPT-3's training cost toward $1,000.
///
/// LightOn, "The $1,000 GPT-3" (blog): "Based on the GPT-3 training cost estimates, achieving a $1,000 GPT-3 requires
/// four orders
/// of magnitude improvements ... Moore's law may take care of the first two orders of magnitude in the coming
/// decade but the next two rely on an outburst of new efficient technologies — hardware and algorithms."
///
/// ```
/// required OOM   = log10(Cost_0 / target)
/// OOM(lever)     = −log10 f
/// Cost(S, y)     = Cost_0 · Π_{i∈S} f_i · 2^(−(y − y_0)/Td)
/// year(S)        = y_0 + ⌈ Td · log2(Cost_0 · Π f_i / target) ⌉   (y_0 if already ≤ target)
/// ```
/// - `Cost_0`: GPT-3's training cost in `y_0` (default: the paper's $4.8M cloud cost in 2021, Sec. 2.1, as the
///   trend model reproduces it)
/// - `f_i`: the levers' factors; `S`: a subset of the levers (all 2^n are enumerated)
/// - `Td`: doubling time of GPU price-performance, 2.46 years (Hobbhahn & Besiroglu 2022)
public struct ThousandDollarGPT3: Sendable {
    public var baselineCost: USD
    public var baselineYear: Int
    public var target: USD
    public var doublingYears: Double
    public var levers: [Lever]

    /// One subset of levers and where it gets.
    public struct Combination: Sendable, Hashable {
        public var levers: [LeverID]
        public var factor: Double
        public var ordersOfMagnitude: Double
        /// Cost with these levers in the baseline year.
        public var cost: USD
        /// True when the levers alone reach the target.
        public var reachesTargetWithoutTrend: Bool
        /// First year the levers plus the price-performance trend reach the target.
        public var yearWithTrend: Int
    }

    public init(
        baselineCost: USD, baselineYear: Int, target: USD = .dollars(1_000), doublingYears: Double = 2.46,
        levers: [Lever]
    ) throws {
        try Check.positive(baselineCost.value, "baseline_cost_usd", max: 1e18)
        try Check.positive(target.value, "target_usd", max: 1e18)
        try Check.positive(doublingYears, "price_perf_doubling_years", max: 1000)
        precondition(levers.count <= 16, "subset enumeration is meant for the seven Table 2 levers")
        self.baselineCost = baselineCost
        self.baselineYear = baselineYear
        self.target = target
        self.doublingYears = doublingYears
        self.levers = levers
    }

    /// The GPU count of GPT-3's training run: 10,000 V100 (Patterson et al. 2021).
    public static let gpt3GPUs = 10_000

    /// The default analysis: the paper's GPT-3 cloud cost in 2021 from the trend model (`paper-stated`), the
    /// seven levers with the data-reduction and partitioning baselines set to GPT-3 as the trend model sees it
    /// (40 FLOP/parameter = 6.67 tokens/parameter → Table 1's best case 3.33; dense → 8 partitions, valued by
    /// `moeLaw` at GPT-3's 175B), and the distributed-systems gain at GPT-3's own 10,000 GPUs.
    public static func paperDefault(
        gainModel: any SupercomputingGainModel = PaperStatedSupercomputingGain(),
        gpus: Int = gpt3GPUs,
        moeLaw: RoutedScalingLaw? = .clark2022
    ) -> ThousandDollarGPT3 {
        let trend = TrendModel(preset: .paperStated)
        let c = trend.constants
        var levers = RoadmapLevers.defaults(
            gpus: gpus, gainModel: gainModel, parameters: c.gpt3Parameters,
            moeLaw: moeLaw
        ).levers
        if let i = levers.firstIndex(where: { $0.id == .dataReduction }) {
            levers[i] = .dataReduction(
                baselineTokensPerParameter: c.anchorFLOPPerParameter / 6,
                tokensPerParameter: c.best.tokensPerParameter)
        }
        return ThousandDollarGPT3(
            valid: trend.cloudCost(.bestGuess, year: c.gpt3Year), baselineYear: c.gpt3Year,
            target: .dollars(1_000), doublingYears: c.historicalDoublingYears, levers: levers)
    }

    /// For inputs already known to be valid (the paper presets).
    private init(valid baselineCost: USD, baselineYear: Int, target: USD, doublingYears: Double, levers: [Lever]) {
        self.baselineCost = baselineCost
        self.baselineYear = baselineYear
        self.target = target
        self.doublingYears = doublingYears
        self.levers = levers
    }

    /// Orders of magnitude between the baseline cost and the target (3.68 for $4.81M → $1,000; "four").
    public var requiredOrdersOfMagnitude: Double { log10(baselineCost / target) }

    /// First year in which a cost `cost` in the baseline year falls to the target on the price-performance trend.
    public func yearReached(costInBaselineYear cost: Double) -> Int {
        let doublings = log2(cost / target.value)
        guard doublings > 0 else { return baselineYear }
        return baselineYear + Int((doublings * doublingYears - 1e-9).rounded(.up))
    }

    /// Years the trend alone needs (no levers).
    public var yearWithTrendOnly: Int { yearReached(costInBaselineYear: baselineCost.value) }

    /// Every subset of the enabled levers (2^n), sorted by the year reached, then by fewer levers, then by factor.
    public var combinations: [Combination] {
        let enabled = levers.filter(\.isEnabled)
        let n = enabled.count
        var result: [Combination] = []
        result.reserveCapacity(1 << n)
        for mask in 0..<(1 << n) {
            var factor = 1.0
            var ids: [LeverID] = []
            for i in 0..<n where mask & (1 << i) != 0 {
                factor *= enabled[i].factor
                ids.append(enabled[i].id)
            }
            let cost = baselineCost * factor
            result.append(
                Combination(
                    levers: ids, factor: factor, ordersOfMagnitude: -log10(factor), cost: cost,
                    reachesTargetWithoutTrend: cost <= target,
                    yearWithTrend: yearReached(costInBaselineYear: cost.value)))
        }
        return result.sorted {
            ($0.yearWithTrend, $0.levers.count, $0.factor) < ($1.yearWithTrend, $1.levers.count, $1.factor)
        }
    }

    /// The smallest subsets (fewest levers) that reach the target without the trend; empty if none does.
    public var minimalCombinationsWithoutTrend: [Combination] {
        let reaching = combinations.filter(\.reachesTargetWithoutTrend)
        guard let fewest = reaching.map(\.levers.count).min() else { return [] }
        return reaching.filter { $0.levers.count == fewest }
    }
}
