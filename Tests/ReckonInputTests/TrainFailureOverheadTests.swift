import Testing
import ReckonCore
import ReckonInput
import ReckonUnits

@Suite struct TrainFailureOverheadTests {
    @Test func trainCountsFailuresWithTheObservedBaselineByDefault() throws {
        // The overhead `train` applies is the scale model's observed baseline for the same model and GPU count (same
        // numbers, exactly), and the wall clock is the compute time times it.
        let r = try TrainRequest.resolve(InputFields(["gpus": .number(50_000)], origin: "test"))
        let scale = try ReliabilityDefaults.model().evaluate(
            compute: FLOP(1), parameters: Parameters(175e9), gpus: 50_000,
            variant: ReliabilityDefaults.baseline(for: .llama3Observed))
        #expect(r.scenario.failureOverhead == scale.overheadFactor)
        let e = r.scenario.estimate()
        #expect(abs(e.wallClock / e.computeTime - r.scenario.failureOverhead) < 1e-12)
        #expect(r.notes.contains { $0.contains("--no-failures") && $0.contains("llama3-observed") })
        // The failures carried for the JSON: GPT-3's checkpoint 175e9 × 14 B = 2.45 TB (exact), interruptions over the
        // run = wall clock × λ(50k) (no tolerance in the baseline; λ = 50,000 / 50,677 GPU-h), ±1e-9.
        let f = try #require(r.failures)
        #expect(f.failurePreset == .llama3Observed && f.checkpointSize.value == 2.45e12)
        let λ = FailureModel.llama3Observed.failureRate(gpus: 50_000)
        #expect(abs(f.expectedInterruptions / (e.wallClock.value * λ) - 1) < 1e-9)
        #expect(abs(f.goodput - 1 / r.scenario.failureOverhead) < 1e-12)
    }

    @Test func llama3RunKeepsAbove90PercentEffectiveTraining() throws {
        // reliability.csv: Llama 3 405B "achieved higher than 90% effective training time" on 16,384 H100.
        let r = try TrainRequest.resolve(
            InputFields(["model": .text("llama-3.1-405b"), "gpus": .number(16_384)], origin: "test"))
        let f = try #require(r.failures)
        print("train llama-3.1-405b on 16,384: goodput \(f.goodput), \(f.expectedInterruptions) interruptions")
        #expect(f.goodput > 0.90)
    }

    @Test func noFailuresTurnsItOff() throws {
        let r = try TrainRequest.resolve(
            InputFields(["gpus": .number(50_000), "no_failures": .flag(true)], origin: "test"))
        #expect(r.scenario.failureOverhead == 1 && r.failures == nil)
    }

    @Test func hopelessClustersAreAnErrorNotInfinity() {
        // 10⁸ GPUs: an MTTI of 1.8 s against ~10-minute restarts; refused naming the GPU count.
        do {
            _ = try TrainRequest.failureOverhead(gpus: 100_000_000, parameters: Parameters(175e9))
            Issue.record("accepted")
        } catch let e as InputError { #expect(e.field == "gpus") } catch { Issue.record("\(error)") }
        // A checkpoint the storage cannot write within the MTTI: 1e15 parameters (14 PB at 2 TB/s = 7,000 s) on 100k
        // GPUs (MTTI 1,824 s); refused naming checkpoint_bandwidth.
        do {
            _ = try TrainRequest.failureOverhead(gpus: 100_000, parameters: Parameters(1e15))
            Issue.record("accepted")
        } catch let e as InputError { #expect(e.field == "checkpoint_bandwidth") } catch { Issue.record("\(error)") }
    }

    @Test func presetOptimizerAndStragglersAreFields() throws {
        // --failures paper-2024: Table 3's rates and system; --optimizer sgd: weights + fp32 master only (6 B/param);
        // --straggler-slowdown 0.34 multiplies the overhead by exactly 1.34.
        let base = ["gpus": InputValue.number(4096)]
        let paper = try #require(
            try TrainRequest.resolve(
                InputFields(
                    base.merging(["failures": .text("paper-2024")]) { a, _ in a },
                    origin: "test")
            ).failures)
        #expect(paper.failurePreset == .paper2024)
        let sgd = try #require(
            try TrainRequest.resolve(
                InputFields(
                    base.merging(["optimizer": .text("sgd")]) { a, _ in a },
                    origin: "test")
            ).failures)
        #expect(sgd.checkpointSize.value == 175e9 * 6)
        let plain = try TrainRequest.resolve(InputFields(base, origin: "test")).scenario.failureOverhead
        let slow = try TrainRequest.resolve(
            InputFields(
                base.merging(["straggler_slowdown": .number(0.34)]) { a, _ in a },
                origin: "test")
        ).scenario.failureOverhead
        #expect(abs(slow / plain - 1.34) < 1e-12)
    }

    @Test func perSampleModelHonoursTheRequestsPreset() throws {
        // The model Monte Carlo and the page's cluster-size chart use must give resolve's overhead exactly.
        for fields in [
            ["gpus": InputValue.number(8192)], ["gpus": .number(8192), "failures": .text("paper-2024")],
            ["gpus": .number(8192), "optimizer": .text("sgd-momentum"), "straggler_slowdown": .number(0.2)],
        ] {
            let input = InputFields(fields, origin: "test")
            let r = try TrainRequest.resolve(input)
            let model = try TrainRequest.failureOverheadModel(precision: r.scenario.precision, fields: input)
            #expect(model(8192, 175e9) == r.scenario.failureOverhead, "\(fields)")
        }
    }
}
