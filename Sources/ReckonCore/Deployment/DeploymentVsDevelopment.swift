import ReckonUnits

/// A named deployment scenario with its traffic and every assumption behind it.
public struct DeploymentPreset: Sendable, Hashable, Identifiable {
    public var id: String
    public var workload: Workload
    public var period: Seconds
    /// Cottier's estimate for this kind of deployment: serving ÷ development compute cost, with its 90% CI.
    public var referenceRatio: Double
    public var referenceInterval: ClosedRange<Double>
    public var referenceSource: String

    static let cottier = "Cottier 2022, 'GPT-3-like models are now much easier to access and deploy than to develop' (Rethink Priorities, seed 003): deploying a BLOOM-like model for these uses ≈ 20% of the development compute cost (90% CI 10–68%); superseded for frontier products by the author's 2023 update"

    /// Generating text equal to 1% of global Twitter activity for one year.
    ///
    /// ```
    /// requests/day = 500e6 tweets/day × 1% = 5e6;  output 40 tokens, prompt 100 tokens per tweet
    /// ```
    public static let twitter1pctYear = DeploymentPreset(
        id: "twitter-1pct-year",
        workload: try! Workload.users(
            name: "1% of global Twitter activity for a year", users: 500e6 * 0.01, requestsPerUserPerDay: 1,
            inputTokensPerRequest: 100, outputTokensPerRequest: 40, peakToAverage: 2, latencyTarget: Seconds(0.05),
            assumptions: [
                "500 million tweets per day worldwide — Twitter, 'New Tweets per second record, and how!' (Twitter Engineering blog, Aug 2013), the figure commonly cited since; an assumption, not a current count",
                "1% of that volume: 5 million generated tweets per day (the scenario of Cottier 2022, seed 003)",
                "40 output tokens per tweet — assumption: the 280-character limit is ≈ 70 tokens at ~4 characters per token; most tweets are well under the limit",
                "100 prompt tokens per tweet — assumption: an instruction plus some context",
                "peak-to-average 2 — assumption: diurnal traffic peaks at about twice the daily mean",
                "latency target 50 ms per output token (20 tokens/s per stream) — assumption",
            ]),
        period: .years(1), referenceRatio: 0.20, referenceInterval: 0.10...0.68, referenceSource: cottier)

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
            peakToAverage: 2, latencyTarget: Seconds(0.05),
            assumptions: [
                "1 million developers (the scenario of Cottier 2022, seed 003)",
                "4 hours of active coding per working day, 250 working days per year — assumption",
                "60 completion requests per active hour (about one per minute) — assumption for an inline code assistant",
                "1,000 prompt tokens (surrounding code) and 50 completion tokens per request — assumption",
                "peak-to-average 2 — assumption: working hours concentrate the traffic",
                "latency target 50 ms per output token — assumption",
            ]),
        period: .years(1), referenceRatio: 0.20, referenceInterval: 0.10...0.68, referenceSource: cottier)

    public static let all: [DeploymentPreset] = [twitter1pctYear, millionDevelopersYear]

    /// The preset with this ID; throws an ``InputError`` naming `preset`.
    public static func named(_ id: String) throws -> DeploymentPreset {
        if let hit = all.first(where: { $0.id == id.lowercased() }) { return hit }
        throw InputError(field: "preset", value: id, allowed: all.map(\.id).joined(separator: "|"))
    }
}

/// Serving cost over a period beside the cost of training the model.
///
/// ```
/// ratio = serving cost over the period / training cost          (rental dollars, compute only)
/// ```
/// Source: Cottier 2022 (seed 003; framework.md §5.5a) compares the two in compute dollars.
public struct DeploymentVsDevelopment: Sendable, Hashable {
    public var training: TrainingEstimate
    public var fleet: FleetEstimate
    public var servingCost: USD { fleet.cost }
    /// The training run's rental cost; where its scenario has no rental price, the accelerator-hours priced at
    /// the serving fleet's rate (the same accelerators, the comparison is in rental dollars).
    public var trainingCost: USD {
        if let rental = training.rentalCost { return rental }
        let fleetRate = fleet.cost.value / (fleet.acceleratorHours * 3600)
        return USD(training.acceleratorTime.value * fleetRate)
    }
    /// Serving ÷ training.
    public var ratio: Double { servingCost / trainingCost }
    /// How long the fleet can run for the price of the training run.
    public var breakEven: Seconds { fleet.period * (trainingCost / servingCost) }

    public init(training: TrainingEstimate, fleet: FleetEstimate) {
        self.training = training; self.fleet = fleet
    }

    /// Trains with `training`, serves `workload` with `serving` over `period`, and compares.
    public static func compare(training: TrainingScenario, serving: InferenceScenario, workload: Workload,
                               economics: Economics, period: Seconds = .years(1)) throws -> DeploymentVsDevelopment {
        let fleet = try workload.fleet(serving: serving, economics: economics, period: period)
        return DeploymentVsDevelopment(training: training.estimate(), fleet: fleet)
    }
}
