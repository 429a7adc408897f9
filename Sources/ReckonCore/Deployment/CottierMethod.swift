import Foundation
import ReckonUnits

/// Cottier's (2022) deployment-versus-development arithmetic, with the figures he states.
///
/// Cottier reasons in instance-days of a self-hosted BLOOM: one instance "could generate 150 million English words
/// per day ... for as little as $240 per day", and large deployments are priced as that many instances running all
/// period, against the compute cost of developing the model:
///
/// ```
/// W       = T_out · ω                         words generated per day (T_out output tokens/day, ω words/token)
/// n       = W / w_inst                        instances busy (fractional: the average, not a peak-sized fleet)
/// C_dep   = n · c_inst · t                    deployment compute cost over t days
/// p       = c_inst / (g · 24 h)               the instance's own price per GPU-hour
/// C_dev   = H_dev · p                         development compute cost at the same price
/// ratio   = C_dep / C_dev = n · g · 24 · t / H_dev
/// ```
/// - `w_inst` = 150e6 words/day and `c_inst` = $240/day per instance: Cottier 2022, key takeaway 2.1.2
///   ("GPT-3-like models are now much easier to access and deploy than to develop", Rethink Priorities, 2022)
/// - `g` = 8 accelerators per instance, an ASSUMPTION: the smallest NVLink node holding BLOOM's 352 GB of BF16
///   weights is 8 × A100 80 GB (640 GB); it makes `p` = $1.25 per GPU-hour
/// - `H_dev`: GPU-hours of developing the model; for BLOOM 1,082,990 A100-hours for the final run (BigScience
///   2022, arXiv:2211.05100, as reported by GENCI) — ``PublishedTrainingRun``
/// - `ω` = 0.75 words per token (the convention behind LessWrong 2021's "750 words" per 1,000 tokens)
///
/// Because both costs are bought at the same price per GPU-hour, the price cancels: the ratio is a ratio of
/// GPU-hours. The method counts generated words only — prompts are not processed at any cost — and sizes for the
/// daily average, so its peak-to-average is 1 by construction. Cottier's own result for "1% of global Twitter
/// activity" or "one million software developers" for a year is 20% (90% CI 10–68%); which words-per-day he
/// assumed is not in the stored copies of the post, so Reckon's presets state their own (see ``DeploymentPreset``).
public struct CottierEstimate: Sendable, Hashable {
    /// Words one instance generates per day.
    public var wordsPerInstanceDay: Double
    /// Dollars one instance costs per day.
    public var dollarsPerInstanceDay: USD
    /// Accelerators per instance.
    public var acceleratorsPerInstance: Int
    /// Words per token of the tokenizer the workload is counted in.
    public var wordsPerToken: Double
    /// GPU-hours of developing the model (its training run).
    public var developmentGPUHours: Double
    /// Where `developmentGPUHours` comes from.
    public var developmentSource: String
    /// Output tokens per day to generate.
    public var outputTokensPerDay: Tokens
    /// Days of deployment.
    public var days: Double

    /// Cottier's per-instance figures (Cottier 2022, key takeaway 2.1.2).
    public static let statedWordsPerInstanceDay = 150e6
    public static let statedDollarsPerInstanceDay = 240.0
    /// Assumption: one 8 × A100 80 GB node per BLOOM instance (352 GB of BF16 weights need more than 4 × 80 GB).
    public static let assumedAcceleratorsPerInstance = 8
    /// 0.75 words per token (LessWrong 2021's 750 words per 1,000 tokens).
    public static let wordsPerTokenConvention = 0.75
    public static let source =
        "Cottier 2022, 'GPT-3-like models are now much easier to access and deploy than to "
        + "develop' (Rethink Priorities), key takeaways: one BLOOM instance generates 150 million English "
        + "words per day for as little as $240 per day"

    public init(
        outputTokensPerDay: Tokens, days: Double, developmentGPUHours: Double, developmentSource: String,
        wordsPerInstanceDay: Double = statedWordsPerInstanceDay,
        dollarsPerInstanceDay: USD = .dollars(statedDollarsPerInstanceDay),
        acceleratorsPerInstance: Int = assumedAcceleratorsPerInstance,
        wordsPerToken: Double = wordsPerTokenConvention
    ) throws {
        try Check.positive(outputTokensPerDay.value, "output_tokens_per_day", max: 1e17)
        try Check.positive(days, "period", max: 36_600)
        try Check.positive(developmentGPUHours, "development_gpu_hours", max: 1e15)
        try Check.positive(wordsPerInstanceDay, "instance_words_per_day", max: 1e15)
        try Check.positive(dollarsPerInstanceDay.value, "instance_usd_per_day", max: 1e9)
        try Check.integer(acceleratorsPerInstance, "instance_gpus", in: 1...100_000)
        try Check.positive(wordsPerToken, "words_per_token", max: 10)
        self.outputTokensPerDay = outputTokensPerDay
        self.days = days
        self.developmentGPUHours = developmentGPUHours
        self.developmentSource = developmentSource
        self.wordsPerInstanceDay = wordsPerInstanceDay
        self.dollarsPerInstanceDay = dollarsPerInstanceDay
        self.acceleratorsPerInstance = acceleratorsPerInstance
        self.wordsPerToken = wordsPerToken
    }

    /// `W`: words generated per day.
    public var wordsPerDay: Double { outputTokensPerDay.value * wordsPerToken }
    /// `n`: instances busy on average.
    public var instances: Double { wordsPerDay / wordsPerInstanceDay }
    /// `p`: the instance's price per accelerator-hour.
    public var pricePerGPUHour: USD { dollarsPerInstanceDay / (Double(acceleratorsPerInstance) * 24) }
    /// `C_dep`: deployment compute cost over the period.
    public var deploymentCost: USD { dollarsPerInstanceDay * (instances * days) }
    /// `C_dev`: development compute cost at the instance's price per GPU-hour.
    public var developmentCost: USD { pricePerGPUHour * developmentGPUHours }
    /// `C_dep / C_dev`.
    public var ratio: Double { deploymentCost / developmentCost }
}

/// Accelerator-hours of published training runs, for the development side of Cottier's method.
public struct PublishedTrainingRun: Sendable, Hashable {
    public var modelID: String
    public var acceleratorID: String
    public var acceleratorHours: Double
    public var source: String

    /// BLOOM 176B: "1,082,990 hours of computation on 48 Jean Zay nodes" (8 × A100 80 GB each), 3.5 months.
    public static let bloom = PublishedTrainingRun(
        modelID: "bloom-176b", acceleratorID: "a100-80gb", acceleratorHours: 1_082_990,
        source: "BigScience 2022, arXiv:2211.05100, as reported by GENCI: BLOOM-176B 'took 3.5 months, with "
            + "1,082,990 hours of computation on 48 Jean Zay nodes' (384 A100 80 GB); the final run only")
    /// GPT-3 175B: 14.8 days on 10,000 V100 = 3,552,000 V100-hours (Patterson et al. 2021).
    public static let gpt3 = PublishedTrainingRun(
        modelID: "gpt-3", acceleratorID: "v100", acceleratorHours: 3_552_000,
        source: "Patterson et al. 2021, arXiv:2104.10350, via the OPT team (facebookresearch/metaseq "
            + "projects/OPT/chronicles/final_update.md): 14.8 days on 10,000 V100")

    public static let all: [PublishedTrainingRun] = [bloom, gpt3]

    /// The published run of `modelID`, if Reckon has one.
    public static func named(_ modelID: String) -> PublishedTrainingRun? { all.first { $0.modelID == modelID } }
}
