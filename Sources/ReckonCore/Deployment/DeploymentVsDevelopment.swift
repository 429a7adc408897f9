import ReckonUnits

/// What a deployment preset is compared with: a published ratio with its interval, or a published fleet.
public struct DeploymentReference: Sendable, Hashable {
    /// Serving ÷ development compute cost, with its 90% interval, when the source gives one.
    public var ratio: Double?
    public var interval: ClosedRange<Double>?
    /// Accelerators the source says the workload needs, when it gives a fleet.
    public var accelerators: Int?
    public var source: String
}

/// A named deployment scenario with its traffic, the model and hardware it is served on, and every assumption.
public struct DeploymentPreset: Sendable, Hashable, Identifiable {
    public var id: String
    public var workload: Workload
    public var period: Seconds
    /// Catalog IDs of the model and accelerator the scenario is about (used unless the user gives others).
    public var modelID: String
    public var acceleratorID: String
    /// A rental price the source assumes, USD per accelerator-hour (nil: the catalog's).
    public var pricePerHour: Double?
    /// A weight precision the source assumes (nil: as trained, BF16).
    public var precision: Precision? = nil
    /// Why this model, accelerator and price.
    public var servingSource: String
    public var reference: DeploymentReference

    static let cottier = DeploymentReference(
        ratio: 0.20, interval: 0.10...0.68, accelerators: nil,
        source: "Cottier 2022, 'GPT-3-like models are now much easier to access and deploy than to develop' "
            + "(Rethink Priorities): deploying a model like BLOOM to generate text equal to 1% of global "
            + "Twitter activity, or to assist one million developers, for a year ≈ 20% of the development compute cost "
            + "(90% CI 10–68%); superseded for frontier products by his 2023 update")
    static let latencyAssumption =
        "latency target 100 ms per output token (10 tokens/s per stream) — assumption: "
        + "faster than text is read (~5 words/s); BLOOM in BF16 on 8 × A100 needs ~50 ms a token even at batch 1, so "
        + "a 50 ms target would leave no room to batch"
    static let cottierServing =
        "Cottier's scenario is about BLOOM; A100 80 GB is the GPU of its time (BLOOM was "
        + "trained on 384 of them; BigScience 2022)"

    /// Generating text equal to 1% of global Twitter activity for one year.
    ///
    /// ```
    /// requests/day = 500e6 tweets/day × 1% = 5e6;  output 40 tokens, prompt 100 tokens per tweet
    /// ```
    public static let twitter1pctYear = DeploymentPreset(
        id: "twitter-1pct-year",
        workload: try! Workload.users(
            name: "1% of global Twitter activity for a year", users: 500e6 * 0.01, requestsPerUserPerDay: 1,
            inputTokensPerRequest: 100, outputTokensPerRequest: 40, peakToAverage: 1, latencyTarget: Seconds(0.1),
            assumptions: [
                "500 million tweets per day worldwide — Twitter, 'New Tweets per second record, and how!' (Twitter "
                    + "Engineering blog, Aug 2013), the figure commonly cited since; an assumption, not a current "
                    + "count",
                "1% of that volume: 5 million generated tweets per day (the scenario of Cottier 2022)",
                "40 output tokens per tweet — assumption: the 280-character limit is ≈ 70 tokens at ~4 characters "
                    + "per token; most tweets are well under the limit",
                "100 prompt tokens per tweet — assumption: an instruction plus some context",
                "peak-to-average 1 — Cottier's method prices instance-days for the daily volume (a fleet sized for "
                    + "the average); give --peak-to-average 2 for a fleet sized for a diurnal peak of twice the mean",
                latencyAssumption,
            ]),
        period: .years(1), modelID: "bloom-176b", acceleratorID: "a100-80gb", pricePerHour: nil,
        servingSource: cottierServing, reference: cottier)

    /// Assisting one million software developers with coding for one year.
    ///
    /// ```
    /// requests/day = 1e6 developers × 4 h × 60 requests/h × 250/365 working days
    /// prompt 1,000 tokens, completion 50 tokens per request
    /// ```
    public static let millionDevelopersYear = DeploymentPreset(
        id: "million-developers-year",
        workload: try! Workload.users(
            name: "a coding assistant for one million developers for a year", users: 1e6,
            requestsPerUserPerDay: 4 * 60 * 250 / 365, inputTokensPerRequest: 1000, outputTokensPerRequest: 50,
            peakToAverage: 1, latencyTarget: Seconds(0.1),
            assumptions: [
                "1 million developers (the scenario of Cottier 2022)",
                "4 hours of active coding per working day, 250 working days per year — assumption",
                "60 completion requests per active hour (about one per minute) — assumption for an inline code "
                    + "assistant",
                "1,000 prompt tokens (surrounding code) and 50 completion tokens per request — assumption",
                "peak-to-average 1 — Cottier's method prices instance-days for the daily volume; give "
                    + "--peak-to-average 2 for working-hours peaks",
                latencyAssumption,
            ]),
        period: .years(1), modelID: "bloom-176b", acceleratorID: "a100-80gb", pricePerHour: nil,
        servingSource: cottierServing, reference: cottier)

    /// ChatGPT in early 2023 as SemiAnalysis modelled it — the kind of product behind Cottier's 2023 update
    /// ("for the largest, most commercially successful LLMs, the total compute spent on deployment is much larger
    /// than in development", Cottier's 2023 update).
    ///
    /// ```
    /// requests/day = 13e6 daily users × 15 responses;  2,000 output + 2,000 prompt tokens (4k sequence)
    /// ```
    public static let chatGPT2023 = DeploymentPreset(
        id: "chatgpt-2023",
        workload: try! Workload.users(
            name: "ChatGPT, early 2023 (SemiAnalysis' model)", users: 13e6, requestsPerUserPerDay: 15,
            inputTokensPerRequest: 2000, outputTokensPerRequest: 2000, peakToAverage: 2, latencyTarget: nil,
            assumptions: [
                "13 million daily active users, 15 responses per user, 2k tokens per response, 4k sequence length "
                    + "(so 2k prompt tokens), 50% utilization from idle time (peak-to-average 2) — SemiAnalysis, 'The "
                    + "Inference Cost of Search Disruption' (Feb 2023), as quoted in kevbuh/jarvis "
                    + "notes/financial/costs.md",
                "no latency target: SemiAnalysis' '<2000 ms' is per response, not per token",
            ]),
        period: .years(1), modelID: "gpt-3", acceleratorID: "a100-80gb", pricePerHour: 1, precision: .int8,
        servingSource: "SemiAnalysis assumed 'a GPT-3 dense model architecture with a size of 175 billion "
            + "parameters', HGX A100 servers, 'int8 quantization' and '$1 cost per GPU hour'",
        reference: DeploymentReference(
            ratio: nil, interval: nil, accelerators: 28_936,
            source: "SemiAnalysis (Feb 2023): 'OpenAI requires ~3,617 HGX A100 servers (28,936 GPUs) to serve Chat "
                + "GPT', $694,444 per day; and Cottier's 2023 update (EA Forum comment): deployment compute of the "
                + "largest products is much larger than their development"))

    public static let all: [DeploymentPreset] = [twitter1pctYear, millionDevelopersYear, chatGPT2023]

    /// The preset with this ID; throws an ``InputError`` naming `preset`.
    public static func named(_ id: String) throws -> DeploymentPreset {
        if let hit = all.first(where: { $0.id == id.lowercased() }) { return hit }
        throw InputError(field: "preset", value: id, allowed: all.map(\.id).joined(separator: "|"))
    }
}

/// Serving cost over a period beside the cost of training the model.
///
/// ```
/// ratio = S(t) / C_dev           S(t): serving cost accumulated over the period (``ProductLifetime``)
/// ```
/// Rental dollars, compute only, as Cottier 2022 compares them (Rethink Priorities). With flat traffic
/// and prices S(t) is the fleet's cost over the period.
public struct DeploymentVsDevelopment: Sendable, Hashable {
    public var training: TrainingEstimate
    public var fleet: FleetEstimate
    public var lifetime: ProductLifetime
    /// Years the comparison runs over.
    public var years: Double
    /// The training run's rental cost; where its scenario has no rental price, the accelerator-hours priced at
    /// the serving fleet's rate (the same accelerators, the comparison is in rental dollars).
    public var trainingCost: USD { Self.trainingCost(training, fleet) }
    /// Serving cost accumulated over the period, with traffic growth and falling prices.
    public var servingCost: USD { lifetime.cumulativeCost(years: years) }
    /// Serving ÷ training.
    public var ratio: Double { servingCost / trainingCost }
    /// How long serving takes to cost as much as the training run (nil: never).
    public var breakEven: Seconds? { lifetime.breakEvenYears.map { Seconds.years($0) } }

    public init(
        training: TrainingEstimate, fleet: FleetEstimate, trafficGrowth: Double = 1,
        priceDecline: Double = 0
    ) throws {
        self.training = training
        self.fleet = fleet
        self.years = fleet.period.inYears
        self.lifetime = try ProductLifetime(
            firstYearCost: fleet.cost / years, trafficGrowth: trafficGrowth,
            priceDecline: priceDecline,
            developmentCost: Self.trainingCost(training, fleet))
    }

    static func trainingCost(_ training: TrainingEstimate, _ fleet: FleetEstimate) -> USD {
        if let rental = training.rentalCost { return rental }
        let fleetRate = fleet.cost.value / (fleet.acceleratorHours * 3600)
        return USD(training.acceleratorTime.value * fleetRate)
    }

    /// Trains with `training`, serves `workload` with `serving` over `period`, and compares.
    public static func compare(
        training: TrainingScenario, serving: InferenceScenario, workload: Workload,
        economics: Economics, period: Seconds = .years(1), trafficGrowth: Double = 1,
        priceDecline: Double = 0
    ) throws -> DeploymentVsDevelopment {
        let fleet = try workload.fleet(serving: serving, economics: economics, period: period)
        return try DeploymentVsDevelopment(
            training: training.estimate(), fleet: fleet, trafficGrowth: trafficGrowth,
            priceDecline: priceDecline)
    }
}
