import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore

/// Invariants of the plan model over seeded random problems (SplitMix64; the same seeds give the same cases).
struct PlanModelPropertyTests {
    /// A random dense problem on a random NVLink-like part: 8–64 GPUs, 4–40 layers, hidden 512–4096.
    static func randomProblem(
        _ g: inout SplitMix64, framework: FrameworkProfile = FrameworkProfiles.megatronCore,
        domain: Int? = nil
    ) throws -> PlanProblem {
        let heads = [8, 16, 32][Int.random(in: 0..<3, using: &g)]
        let headDim = [64, 128][Int.random(in: 0..<2, using: &g)]
        let kv = [1, 2, heads][Int.random(in: 0..<3, using: &g)]
        let layers = Int.random(in: 4...40, using: &g)
        let gated = Bool.random(using: &g)
        let h = heads * headDim
        let shape = TransformerShape(
            layers: layers, hidden: h, heads: heads, kvHeads: kv,
            ffn: gated ? 8 * h / 3 : 4 * h,
            vocabulary: [32_000, 51_200][Int.random(in: 0..<2, using: &g)],
            sequenceLength: [1024, 2048, 4096][Int.random(in: 0..<3, using: &g)],
            ffnMatrices: gated ? 3 : 2)
        let gpus = [8, 16, 32, 64][Int.random(in: 0..<4, using: &g)]
        let scaleOut = Double.random(in: 12e9...50e9, using: &g)
        let hardware = PlanHardware(
            peakFLOPPerSecond: Double.random(in: 100e12...2000e12, using: &g),
            fp8PeakFLOPPerSecond: 0, memoryBytes: Double.random(in: 24e9...192e9, using: &g),
            memoryBandwidth: Double.random(in: 1e12...8e12, using: &g),
            scaleUpBandwidth: scaleOut * Double.random(in: 1.1...20, using: &g),
            scaleOutBandwidth: scaleOut,
            scaleUpDomain: domain
                ?? [
                    2, 4,
                    8,
                ][
                    Int.random(
                        in: 0..<3,
                        using: &g)],
            computeUnits: [0, 108, 132][Int.random(in: 0..<3, using: &g)])
        return try PlanProblem(
            shape: shape, hardware: hardware, gpus: gpus,
            globalBatch: gpus
                * Int.random(
                    in: 1...8,
                    using: &g),
            framework: framework)
    }

    /// A random mixture of experts on the same kind of part: 8–64 experts, 1–4 per token, shared experts and
    /// leading dense layers sometimes, latent attention sometimes, routing imbalance 1–2.
    static func randomMoEProblem(_ g: inout SplitMix64, framework: FrameworkProfile = FrameworkProfiles.megatronCore)
        throws -> PlanProblem
    {
        var p = try randomProblem(&g, framework: framework)
        var shape = p.shape
        shape.experts = [8, 16, 32, 64][Int.random(in: 0..<4, using: &g)]
        shape.activeExperts = Int.random(in: 1...4, using: &g)
        shape.ffn = shape.hidden / [1, 2, 4][Int.random(in: 0..<3, using: &g)]
        shape.sharedExperts = Int.random(in: 0...1, using: &g)
        shape.leadingDenseLayers = Int.random(in: 0...min(3, shape.layers - 1), using: &g)
        shape.moeLayerStride = Int.random(in: 1...2, using: &g)
        if Bool.random(using: &g) {
            shape.latentAttention = LatentAttention(
                queryRank: shape.hidden / 2, keyValueRank: shape.hidden / 8,
                ropeHeadDim: 32, noRopeHeadDim: 64, valueHeadDim: 64)
            shape.kvHeads = shape.heads
        }
        if Bool.random(using: &g) { shape.routedDomainLimit = Int.random(in: 1...4, using: &g) }
        p = try PlanProblem(
            shape: shape, hardware: p.hardware, gpus: p.gpus, globalBatch: p.globalBatch,
            framework: framework, expertLoadImbalance: Double.random(in: 1...2, using: &g))
        return p
    }

    @Test("more overlap never slows a step (200 random problems, their 20 best plans, random overlap increases)")
    func moreOverlapNeverSlows() throws {
        var g = SplitMix64(seed: 13)
        var checked = 0
        for _ in 0..<200 {
            var low = FrameworkProfiles.megatronCore
            low.overlap = OverlapProfile(
                gradientReduce: .random(in: 0...1, using: &g),
                parameterGather: .random(in: 0...1, using: &g),
                tensorParallel: .random(in: 0...1, using: &g),
                pipeline: .random(
                    in: 0...1,
                    using: &g))
            low.overlap.expertAllToAll = .random(in: 0...1, using: &g)
            var high = low
            high.overlap.expertAllToAll += (1 - low.overlap.expertAllToAll) * .random(in: 0...1, using: &g)
            high.overlap.gradientReduce += (1 - low.overlap.gradientReduce) * .random(in: 0...1, using: &g)
            high.overlap.parameterGather += (1 - low.overlap.parameterGather) * .random(in: 0...1, using: &g)
            high.overlap.tensorParallel += (1 - low.overlap.tensorParallel) * .random(in: 0...1, using: &g)
            high.overlap.pipeline += (1 - low.overlap.pipeline) * .random(in: 0...1, using: &g)
            let p =
                try checked % 2 == 0
                ? Self.randomProblem(&g, framework: low)
                : Self.randomMoEProblem(&g, framework: low)
            var q = p
            q.framework = high
            for ranked in PlanSearch.run(problem: p, top: 20, threads: 1).plans {
                let slow = StepTimeModel.estimate(plan: ranked.plan, problem: p).stepSeconds
                let fast = StepTimeModel.estimate(plan: ranked.plan, problem: q).stepSeconds
                #expect(fast <= slow, "\(ranked.plan.summary): \(fast) > \(slow)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test("a larger scale-up domain never slows a plan, nor the best plan of the search")
    func largerDomainNeverSlows() throws {
        var g = SplitMix64(seed: 2026)
        var checked = 0
        for _ in 0..<150 {
            let p = try Self.randomProblem(&g)
            var q = p
            q.hardware.scaleUpDomain = p.hardware.scaleUpDomain * [2, 4, 8][Int.random(in: 0..<3, using: &g)]
            let plans = PlanSearch.run(problem: p, top: 20, threads: 1).plans
            for ranked in plans {
                let small = StepTimeModel.estimate(plan: ranked.plan, problem: p).stepSeconds
                let large = StepTimeModel.estimate(plan: ranked.plan, problem: q).stepSeconds
                #expect(large <= small, "\(ranked.plan.summary): \(large) > \(small)")
                checked += 1
            }
            if let best = plans.first, let bestLarge = PlanSearch.run(problem: q, top: 1, threads: 1).plans.first {
                #expect(bestLarge.estimate.stepSeconds <= best.estimate.stepSeconds)
            }
        }
        #expect(checked > 1000)
    }

    @Test("pinning every field of a plan the search found reproduces its step time exactly")
    func pinningReproduces() throws {
        var g = SplitMix64(seed: 7)
        var checked = 0
        for round in 0..<60 {
            let framework = [
                FrameworkProfiles.megatronCore, FrameworkProfiles.torchtitan, FrameworkProfiles.fsdp,
                FrameworkProfiles.megatronLM2021,
            ][round % 4]
            let p =
                try round % 3 == 2
                ? Self.randomMoEProblem(&g, framework: framework)
                : Self.randomProblem(&g, framework: framework)
            for ranked in PlanSearch.run(problem: p, top: 5, threads: 2).plans {
                let plan = ranked.plan
                let pinned = PlanConstraints(
                    tp: plan.tp, cp: plan.cp, pp: plan.pp, interleave: plan.interleave,
                    ep: plan.ep, etp: plan.etp, expertOverlap: plan.expertOverlap,
                    microbatch: plan.microbatch, sequenceParallel: plan.sequenceParallel,
                    recompute: plan.recompute, recomputeLayers: plan.recomputeLayers,
                    zeroStage: plan.zeroStage, precision: plan.precision)
                let again = try #require(
                    PlanSearch.run(
                        problem: p, constraints: pinned, top: 1,
                        threads: 1
                    ).plans.first)
                #expect(again.plan == plan)
                #expect(again.estimate.stepSeconds == ranked.estimate.stepSeconds)
                #expect(StepTimeModel.estimate(plan: plan, problem: p) == ranked.estimate)
                #expect(try StepTimeModel.evaluate(plan: plan, problem: p) == ranked.estimate)
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}
