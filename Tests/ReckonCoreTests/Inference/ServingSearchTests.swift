import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// The latency-target search (ServingSearch): results consistent with the single-configuration estimate, the
/// properties the issue asks for, and refusals that name their field.
@Suite struct ServingSearchTests {
    static let llama70 = try! Catalog.builtin.model("llama-3.1-70b")
    static let h100 = try! Catalog.builtin.accelerator("h100-sxm")
    static let deepSeek = try! Catalog.builtin.model("deepseek-v3")

    static func space(
        _ accelerators: [AcceleratorSpec] = [h100], model: ModelSpec = llama70, budget: Int? = nil,
        quantizations: [Quantization]? = nil, disaggregate: Bool = false
    ) -> ServingSearchSpace {
        var prices: [String: USDPerSecond] = [:]
        for a in accelerators { if let p = a.cloudPrice { prices[a.id] = p } }
        return ServingSearchSpace(
            model: model, accelerators: accelerators, prices: prices, quantizations: quantizations,
            inputTokens: 1000, outputTokens: 250, gpuBudget: budget, disaggregate: disaggregate)
    }

    @Test func theBestConfigurationIsWhatTheEstimateComputes() throws {
        // The search's best point, recomputed with InferenceScenario.estimate() at the same plan, precision and batch:
        // TPOT (the continuous-batching cycle) and TTFT under load agree to 1e-9, and both meet the targets.
        let targets = ServingTargets(timeToFirstToken: Seconds(2), timePerOutputToken: Seconds(0.05), concurrency: 64)
        let r = try ServingSearch.run(Self.space(), targets: targets)
        let best = try #require(r.best)
        #expect(best.timePerOutputToken.value <= 0.05 && best.timeToFirstToken.value <= 2)
        #expect(best.batch * best.replicas >= 64)
        let e = try InferenceScenario(
            model: Self.llama70, accelerator: Self.h100, tensorParallel: best.plan.tensorParallel,
            pipelineParallel: best.plan.pipelineParallel, batch: best.batch,
            inputTokens: 1000, outputTokens: 250, quantization: best.quantization,
            pricePerHour: Self.h100.cloudPrice!
        ).estimate()
        #expect(abs(e.timePerOutputToken.value / best.timePerOutputToken.value - 1) < 1e-9)
        #expect(abs(try #require(e.timeToFirstTokenUnderLoad).value / best.timeToFirstToken.value - 1) < 1e-9)
        // Output tokens per dollar = tokens/s per GPU ÷ price per GPU-second (definition).
        #expect(
            abs(
                try #require(best.outputTokensPerDollar) / (best.tokensPerSecondPerGPU / Self.h100.cloudPrice!.value)
                    - 1) < 1e-12)
    }

    @Test func tighterTargetsNeverYieldMoreThroughput() throws {
        // Property, 40 seeded cases: for TPOT targets t₂ < t₁ (TTFT fixed), the best tokens per dollar at t₂ is at most
        // that at t₁ (every configuration meeting t₂ meets t₁). Infeasible targets count as zero.
        var rng = SplitMix64(seed: 41)
        func best(_ tpot: Double, _ ttft: Double) -> Double {
            (try? ServingSearch.run(
                Self.space(),
                targets: ServingTargets(timeToFirstToken: Seconds(ttft), timePerOutputToken: Seconds(tpot))))?
                .best?.outputTokensPerDollar ?? 0
        }
        for _ in 0..<40 {
            let loose = Double.random(in: 0.01...0.2, using: &rng)
            let tight = loose * Double.random(in: 0.3...1, using: &rng)
            let ttft = Double.random(in: 0.2...5, using: &rng)
            #expect(best(tight, ttft) <= best(loose, ttft) * (1 + 1e-12), "tpot \(tight) vs \(loose), ttft \(ttft)")
        }
    }

    @Test func moreGPUsNeverLowerTheBestFeasibleThroughput() throws {
        // Property over GPU budgets 1…64 (seeded order): the best total output tokens/s meeting a 50 ms TPOT never
        // falls as the budget grows (a larger budget keeps every replica the smaller one could run).
        var rng = SplitMix64(seed: 43)
        let budgets = (0..<12).map { _ in Int.random(in: 1...64, using: &rng) }.sorted()
        var last = 0.0
        for n in budgets {
            let r = try? ServingSearch.run(
                Self.space(budget: n), targets: ServingTargets(timePerOutputToken: Seconds(0.05)))
            let total = r?.bestTotalThroughput ?? 0
            #expect(total >= last * (1 - 1e-12), "budget \(n): \(total) < \(last)")
            last = total
        }
        #expect(last > 0)
    }

    @Test func theFrontierIsNonDominated() throws {
        let r = try ServingSearch.run(Self.space(), targets: ServingTargets(timeToFirstToken: Seconds(5)))
        #expect(r.frontier.count >= 3)
        for (a, b) in zip(r.frontier, r.frontier.dropFirst()) {
            // Along the frontier, speed per user rises as throughput per GPU falls.
            #expect(
                b.tokensPerSecondPerUser >= a.tokensPerSecondPerUser
                    && b.tokensPerSecondPerGPU < a.tokensPerSecondPerGPU)
        }
        for p in r.frontier {
            #expect(
                !r.frontier.contains {
                    $0.tokensPerSecondPerUser > p.tokensPerSecondPerUser
                        && $0.tokensPerSecondPerGPU > p.tokensPerSecondPerGPU
                })
        }
    }

    @Test func refusalsNameTheirField() throws {
        // FP4 on a GPU without FP4 tensor cores (H100: no FP4 peak in the catalog).
        #expect {
            try ServingSearch.run(Self.space(quantizations: [Quantization(weights: .fp4)]), targets: ServingTargets())
        } throws: { ($0 as? InputError)?.field == "precision" }
        // A TPOT nothing reaches: named, with the best achievable in the message.
        do {
            _ = try ServingSearch.run(Self.space(), targets: ServingTargets(timePerOutputToken: Seconds(1e-4)))
            Issue.record("expected a refusal")
        } catch let e as InputError {
            #expect(e.field == "tpot")
            #expect(e.allowed.contains("fastest any configuration reaches"))
        }
        do {
            _ = try ServingSearch.run(
                Self.space(), targets: ServingTargets(timeToFirstToken: Seconds(1e-4), timePerOutputToken: Seconds(1)))
            Issue.record("expected a refusal")
        } catch let e as InputError {
            #expect(e.field == "ttft")
        }
        // EP that does not divide DeepSeek-V3's 256 routed experts.
        var s = Self.space(model: Self.deepSeek)
        s.expertParallel = 7
        #expect { try ServingSearch.run(s, targets: ServingTargets()) } throws: { ($0 as? InputError)?.field == "ep" }
        #expect { try ServingSearch.run(Self.space(), targets: ServingTargets(concurrency: 0)) } throws: {
            ($0 as? InputError)?.field == "concurrency"
        }
    }

    @Test func disaggregatedPoolsAreSizedForBothPhases() throws {
        let r = try ServingSearch.run(
            Self.space(disaggregate: true),
            targets: ServingTargets(timeToFirstToken: Seconds(1), timePerOutputToken: Seconds(0.04)))
        let d = try #require(r.bestDisaggregated)
        let pools = try #require(d.disaggregation)
        #expect(d.timePerOutputToken.value <= 0.04 && d.timeToFirstToken.value <= 1)
        #expect(pools.kvTransfer.value > 0 && pools.prefillToDecodeGPUs > 0)
        // GPU-seconds per output token add up: 1/R_d + (n_in/n_out)/R_p (definition).
        let expected = 1 / (1 / pools.decodeTokensPerSecondPerGPU + 4.0 / pools.prefillTokensPerSecondPerGPU)
        #expect(abs(d.tokensPerSecondPerGPU / expected - 1) < 1e-12)
    }

    @Test func mixtureOfExpertsSearchUsesExpertParallelismWhereItFits() throws {
        // DeepSeek-V3 (671B) does not fit one 8 × H100 node at FP8; the search finds multi-node replicas, and with
        // data-parallel attention the latent KV cache is not replicated over tensor-parallel ranks.
        let r = try ServingSearch.run(
            Self.space([Self.h100], model: Self.deepSeek),
            targets: ServingTargets(timePerOutputToken: Seconds(0.1)))
        let best = try #require(r.best)
        #expect(best.plan.gpus >= 16)
        #expect(r.frontier.contains { $0.plan.expertParallel > 1 })
    }
}
