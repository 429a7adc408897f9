import Foundation
import Testing
import ReckonCore
import ReckonUnits

/// The issue's invariants on 300 seeded random scenarios each (``ReliabilityRNG``, SplitMix64): every preset, both
/// systems, custom per-component rates, 8–400k GPUs in whole nodes (a partial node adds a whole node's storage link),
/// 1B–10T parameters, file systems 50 GB/s–20 TB/s, node links 5–200 GB/s, both interval rules.
@Suite struct ReliabilityPropertyTests {
    static let cases = 300

    struct Case {
        var model: TimeToTrain
        var variant: ResilienceVariant
        var gpus: Int
        var parameters: Parameters
    }

    static func randomCase(_ g: inout ReliabilityRNG) throws -> Case {
        let preset = [FailurePreset.llama3Observed, .rscA100Observed, .paper2024].randomElement(using: &g)!
        var failures = preset.failures
        if Bool.random(using: &g) {
            failures = try FailureModel(
                gpuMTBF: .hours(g.logUniform(1e4, 1e7)), nodeMTBF: .hours(g.logUniform(1e4, 1e7)),
                networkMTBFPerGPU: .hours(g.logUniform(1e5, 1e8)),
                otherMTBFPerGPU: .hours(g.logUniform(1e5, 1e8)), source: "random")
        }
        let basis: TimeToTrain.CheckpointBasis = Bool.random(using: &g) ? .gpuMemory : .modelState(.bf16Adam)
        let model = try ReliabilityDefaults.model(
            preset: preset, failures: failures, basis: basis,
            interval: CheckpointInterval.allCases.randomElement(using: &g)!)
        var variant =
            Bool.random(using: &g)
            ? try ReliabilityDefaults.baseline(for: preset)
            : try ReliabilityDefaults.optimized(for: preset)
        variant.storage.fileSystem = BytesPerSecond(g.logUniform(5e10, 2e13))
        if Bool.random(using: &g) { variant.storage.nodeLink = BytesPerSecond(g.logUniform(5e9, 2e11)) }
        let strategies: [CheckpointStrategy] = [
            .synchronous, .asynchronous(snapshotPerGPU: .gigabytesPerSecond(63)),
            .inMemory(replicas: 1, snapshotPerGPU: .gigabytesPerSecond(63)),
        ]
        variant.strategy = strategies.randomElement(using: &g)!
        let nodes = Int(g.logUniform(1, 50_000))
        return Case(model: model, variant: variant, gpus: 8 * nodes, parameters: Parameters(g.logUniform(1e9, 1e13)))
    }

    @Test func moreGPUsNeverFewerExpectedInterruptions() throws {
        // Over a fixed window (the preset's rate) and over the run (fixed compute: T_Daly/M).
        var g = ReliabilityRNG(seed: 21)
        for _ in 0..<Self.cases {
            let c = try Self.randomCase(&g)
            let more = c.gpus + 8 * Int(g.logUniform(1, 50_000))
            let f = c.model.failures
            #expect(
                f.expectedInterruptions(gpus: Double(more), over: .days(30))
                    >= f.expectedInterruptions(gpus: Double(c.gpus), over: .days(30)))
            let compute = FLOP(1e24)
            let a = c.model.evaluate(compute: compute, parameters: c.parameters, gpus: c.gpus, variant: c.variant)
            let b = c.model.evaluate(compute: compute, parameters: c.parameters, gpus: more, variant: c.variant)
            guard a.finishes else { continue }  // then b cannot finish either; both infinite
            #expect(
                b.expectedInterruptions >= a.expectedInterruptions * (1 - 1e-9),
                "\(c.gpus) → \(more) GPUs: \(a.expectedInterruptions) → \(b.expectedInterruptions) "
                    + "(\(c.variant.strategy.name))"
            )
        }
    }

    @Test func fasterCheckpointsNeverLowerGoodput() throws {
        // Faster file system, node link or snapshot copy: δ, W and L can only shrink. Slack 1e-9 relative: Daly's
        // interval is an approximation of the optimum, so an interval pinned at W can sit a hair off it.
        var g = ReliabilityRNG(seed: 22)
        for _ in 0..<Self.cases {
            let c = try Self.randomCase(&g)
            var faster = c.variant
            faster.storage.fileSystem = c.variant.storage.fileSystem * g.logUniform(1, 100)
            if let link = c.variant.storage.nodeLink { faster.storage.nodeLink = link * g.logUniform(1, 100) }
            switch c.variant.strategy {
            case .synchronous: break
            case .asynchronous(let b): faster.strategy = .asynchronous(snapshotPerGPU: b * g.logUniform(1, 10))
            case .inMemory(let r, let b):
                faster.strategy = .inMemory(replicas: r, snapshotPerGPU: b * g.logUniform(1, 10))
            }
            let a = c.model.evaluate(parameters: c.parameters, gpus: c.gpus, variant: c.variant)
            let b = c.model.evaluate(parameters: c.parameters, gpus: c.gpus, variant: faster)
            #expect(
                b.goodput >= a.goodput * (1 - 1e-9),
                "\(c.gpus) GPUs, \(c.variant.strategy.name): \(a.goodput) → \(b.goodput)")
            #expect(!b.goodput.isNaN && !b.wallClock.value.isNaN)
        }
    }

    @Test func hopelessCheckpointsAreRefusedNotHung() throws {
        // 1.8T under gpu-memory at 10M GPUs on 500 GB/s: δ = 1.6e6 s against an MTTI of 0.08 h. evaluate returns at
        // once (flagged), checkFeasible refuses naming checkpoint_bandwidth and says how long the write takes.
        let model = try ReliabilityDefaults.model(preset: .paper2024, basis: .gpuMemory)
        let base = try ReliabilityDefaults.baseline(for: .paper2024)
        let start = Date()
        let r = model.evaluate(parameters: Parameters(1.8e12), gpus: 10_000_000, variant: base)
        #expect(Date().timeIntervalSince(start) < 5)  // generous: one evaluation takes microseconds
        #expect(r.checkpointOutlastsMTTI)
        do {
            try model.checkFeasible(parameters: Parameters(1.8e12), gpus: 10_000_000, variant: base)
            Issue.record("a checkpoint that outlasts the MTTI was accepted")
        } catch let e as InputError {
            #expect(e.field == "checkpoint_bandwidth")
            #expect(e.description.contains("never finish") && e.description.contains("mean time to interrupt"))
        }
        // The observed default for a 405B model on 16,384 GPUs is feasible.
        #expect(throws: Never.self) {
            try ReliabilityDefaults.model().checkFeasible(
                parameters: Parameters(405e9), gpus: 16_384,
                variant: ReliabilityDefaults.baseline(for: .llama3Observed))
        }
        #expect(throws: InputError.self) {
            try ReliabilityDefaults.training(parameters: Parameters(1.8e12), gpus: 100_000_000)
        }
    }
}
