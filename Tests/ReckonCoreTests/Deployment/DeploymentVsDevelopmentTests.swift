import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct DeploymentVsDevelopmentTests {
    /// Reckon's derived comparison for a preset: the preset's model on the preset's accelerator, trained on its
    /// catalog tokens at 40% MFU on 1,024 of the same accelerator (the `reckon deploy` defaults), all rented at the
    /// catalog price (or the preset's).
    func compare(_ preset: DeploymentPreset) throws -> DeploymentVsDevelopment {
        let model = try Catalog.builtin.model(preset.modelID)
        let gpu = try Catalog.builtin.accelerator(preset.acceleratorID)
        var econ = EconomicsPresets.defaults(for: gpu)
        if let p = preset.pricePerHour { econ.rentalPrice = .dollarsPerHour(p) }
        let training = try TrainingScenario(
            model: model, tokens: model.trainingTokens!, accelerator: gpu, count: 1024,
            mfu: 0.4, economics: econ)
        let serving = try InferenceScenario(
            model: model, accelerator: gpu, inputTokens: 1, outputTokens: 1,
            quantization: Quantization(weights: preset.precision ?? .bf16),
            pricePerHour: econ.rentalPrice!)
        return try DeploymentVsDevelopment.compare(
            training: training, serving: serving, workload: preset.workload,
            economics: econ, period: preset.period)
    }

    @Test func presetsCarryTheirAssumptions() throws {
        for p in DeploymentPreset.all {
            #expect(p.workload.assumptions.count >= 2)
            #expect(try DeploymentPreset.named(p.id).id == p.id)
            #expect(!p.reference.source.isEmpty)
        }
        // 500e6 × 1% = 5e6 tweets/day × 40 tokens = 2e8 output tokens/day (hand arithmetic).
        #expect(DeploymentPreset.twitter1pctYear.workload.outputTokensPerDay.value == 2e8)
        // 1e6 × 4 × 60 × 250/365 = 1.6438e8 requests/day × 50 = 8.219e9 output tokens/day.
        #expect(abs(DeploymentPreset.millionDevelopersYear.workload.outputTokensPerDay.value / 8.2192e9 - 1) < 1e-4)
        // 13e6 × 15 × 2,000 = 3.9e11 output tokens/day (SemiAnalysis' ChatGPT).
        #expect(DeploymentPreset.chatGPT2023.workload.outputTokensPerDay.value == 3.9e11)
        // Cottier's method sizes for the daily volume: peak-to-average is 1 in his two scenarios, stated.
        #expect(DeploymentPreset.twitter1pctYear.workload.peakToAverage == 1)
        #expect(DeploymentPreset.millionDevelopersYear.workload.peakToAverage == 1)
        #expect(throws: InputError.self) { try DeploymentPreset.named("facebook") }
    }

    @Test func ratioIsServingOverTraining() throws {
        for p in DeploymentPreset.all {
            let c = try compare(p)
            #expect(abs(c.ratio - c.fleet.cost.value / c.training.rentalCost!.value) < 1e-12)
            let breakEven = try #require(c.breakEven)
            #expect(abs(breakEven.value / (c.fleet.period.value / c.ratio) - 1) < 1e-12)
            print(
                "\(p.id): \(c.fleet.accelerators) × \(p.acceleratorID), batch \(c.fleet.replica.batch): "
                    + "serving $\(Int(c.servingCost.value))/yr vs training $\(Int(c.trainingCost.value)): ratio "
                    + "\(c.ratio)"
            )
        }
    }

    /// Cottier's arithmetic on the Twitter preset, by hand: 2e8 tokens × 0.75 = 1.5e8 words/day = one instance
    /// (150 million words per instance-day); 1 × 8 GPUs × 24 h × 365 d = 70,080 GPU-hours against BLOOM's 1,082,990
    /// A100-hours → 0.06471. Exact arithmetic, tolerance 1e-12.
    @Test func cottiersArithmeticOnTheTwitterPreset() throws {
        let bloom = PublishedTrainingRun.bloom
        let k = try CottierEstimate(
            outputTokensPerDay: DeploymentPreset.twitter1pctYear.workload.outputTokensPerDay,
            days: 365, developmentGPUHours: bloom.acceleratorHours,
            developmentSource: bloom.source)
        #expect(abs(k.instances - 1) < 1e-12)
        #expect(abs(k.pricePerGPUHour.value - 1.25) < 1e-12)
        #expect(abs(k.ratio - 70_080 / 1_082_990) < 1e-12)
        // The price cancels: the same arithmetic at $2,400 per instance-day gives the same ratio.
        let dearer = try CottierEstimate(
            outputTokensPerDay: k.outputTokensPerDay, days: 365,
            developmentGPUHours: bloom.acceleratorHours, developmentSource: bloom.source,
            dollarsPerInstanceDay: .dollars(2_400))
        #expect(abs(dearer.ratio / k.ratio - 1) < 1e-12)
        #expect(throws: InputError.self) {
            try CottierEstimate(outputTokensPerDay: Tokens(1), days: 365, developmentGPUHours: 0, developmentSource: "")
        }
    }

    /// Seed 003: Cottier's ≈20% (90% CI 10–68%) for 1% of Twitter with BLOOM. Reckon's fleet (prompts processed,
    /// batches under a 100 ms/token target, BLOOM trained at 40% MFU on A100) must land inside his interval —
    /// tolerance = his own 90% CI, the only uncertainty he states.
    @Test func twitterScenarioIsInsideCottiersInterval() throws {
        let p = DeploymentPreset.twitter1pctYear
        let c = try compare(p)
        #expect(try #require(p.reference.interval).contains(c.ratio), "ratio \(c.ratio)")
    }

    /// The coding assistant moves ~800× the tokens of the Twitter scenario (1.6e11 + 8.2e9 vs 5e8 + 2e8 per day),
    /// almost
    /// all of them prompt: under Reckon's usage assumptions it costs far more than Cottier's interval. The test
    /// asserts Reckon's figure (above 1: deployment exceeds development) and the report says why.
    @Test func theCodingAssistantCostsMoreThanDevelopment() throws {
        let dev = try compare(.millionDevelopersYear)
        let tweets = try compare(.twitter1pctYear)
        #expect(dev.ratio > tweets.ratio)
        #expect(dev.ratio > 1)
    }

    /// Cottier's 2023 update (seed 003): for the largest products deployment compute is much larger than
    /// development. SemiAnalysis' ChatGPT (28,936 A100, Feb 2023) against Reckon's fleet for the same traffic:
    /// Reckon needs more, and the test asserts Reckon's figure — ×2 to ×4 SemiAnalysis'. Why: SemiAnalysis assumes
    /// "FLOPS utilization rates 2x higher than FasterTransformer", while Reckon's serving efficiencies are the ones
    /// checked on TensorRT-LLM (FasterTransformer's successor) rows; the rest is the KV cache of 4k-token sequences
    /// capping the batch at ~40 per 8-GPU replica. Band ×2–×4: the 2× stated, ±~40% for the batch limit.
    @Test func chatGPTDeploymentDwarfsDevelopment() throws {
        let p = DeploymentPreset.chatGPT2023
        let c = try compare(p)
        let published = Double(try #require(p.reference.accelerators))
        let ratio = Double(c.fleet.accelerators) / published
        #expect(ratio > 2 && ratio < 4, "Reckon \(c.fleet.accelerators) vs SemiAnalysis \(Int(published))")
        #expect(c.ratio > 10, "deployment ÷ development \(c.ratio)")
    }
}
