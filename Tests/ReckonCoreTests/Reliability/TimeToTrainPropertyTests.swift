import Foundation
import Testing
import ReckonCore
import ReckonUnits

/// A seeded SplitMix64 (Steele, Lea & Flood 2014): the same seed gives the same cases on every run.
struct ReliabilityRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Log-uniform in [low, high].
    mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        exp(Double.random(in: log(low)...log(high), using: &self))
    }
}

/// Invariants the issue asks for, on 200 random scenarios each. Domain: 100–200k GPUs, per-GPU MTBF 10k–10M h,
/// CPU MTBF 100k–10M h, bandwidths 50 GB/s–20 TB/s, 1B–10T parameters, all interval rules and Amdahl readings.
/// A relative slack of 1e-12 absorbs floating-point rounding when two runs are (nearly) identical.
@Suite struct TimeToTrainPropertyTests {
    static let cases = 200
    static let slack = 1 + 1e-12

    struct Case {
        var table3: Table3Parameters
        var interval: CheckpointInterval
        var amdahl: AmdahlReading
        var gpus: Int
        var parameters: Parameters
        var partitions: Int
    }

    static func randomCase(_ g: inout ReliabilityRNG) -> Case {
        var t = Table3Parameters.paper2024
        t.gpuMTBF = .hours(g.logUniform(1e4, 1e7))
        t.cpuMTBF = .hours(g.logUniform(1e5, 1e7))
        t.gpusPerCPU = [1, 2, 4, 8].randomElement(using: &g)!
        t.checkpointBandwidth = BytesPerSecond(g.logUniform(5e10, 2e13))
        t.optimizedCheckpointBandwidth = t.checkpointBandwidth * g.logUniform(1, 10)
        t.optimizedMemoryFraction = Double.random(in: 0.1...1, using: &g)
        t.timeToRepair = .hours(g.logUniform(0.1, 10))
        t.restartTime = t.timeToRepair  // the paper's reading (framework.md B6): restart = TTR
        t.sequentialFraction = Double.random(in: 0...0.05, using: &g)
        return Case(
            table3: t, interval: CheckpointInterval.allCases.randomElement(using: &g)!,
            amdahl: AmdahlReading.allCases.randomElement(using: &g)!,
            gpus: Int(g.logUniform(100, 200_000)), parameters: Parameters(g.logUniform(1e9, 1e13)),
            partitions: [1, 8].randomElement(using: &g)!)
    }

    func wall(_ c: Case, _ variant: (Table3Parameters) throws -> ResilienceVariant) throws -> Double {
        let model = try TimeToTrain(
            table3: c.table3, failures: FailureModel(table3: c.table3), interval: c.interval, amdahl: c.amdahl)
        return model.evaluate(
            parameters: c.parameters, partitions: c.partitions, gpus: c.gpus, variant: try variant(c.table3)
        ).wallClock.value
    }

    @Test func moreCheckpointBandwidthNeverSlowsTraining() throws {
        var g = ReliabilityRNG(seed: 1)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&g)
            var faster = c
            faster.table3.checkpointBandwidth = c.table3.checkpointBandwidth * g.logUniform(1, 100)
            faster.table3.optimizedCheckpointBandwidth = c.table3.optimizedCheckpointBandwidth * g.logUniform(1, 100)
            for v in [ResilienceVariant.baseline, ResilienceVariant.optimized] {
                let before = try wall(c, v)
                let after = try wall(faster, v)
                #expect(after <= before * Self.slack, "bandwidth up, time up: \(before) → \(after) at \(c.gpus) GPUs")
            }
        }
    }

    @Test func higherMTBFNeverSlowsTraining() throws {
        var g = ReliabilityRNG(seed: 2)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&g)
            var sturdier = c
            sturdier.table3.gpuMTBF = c.table3.gpuMTBF * g.logUniform(1, 100)
            sturdier.table3.cpuMTBF = c.table3.cpuMTBF * g.logUniform(1, 100)
            for v in [ResilienceVariant.baseline, ResilienceVariant.optimized] {
                let before = try wall(c, v)
                let after = try wall(sturdier, v)
                #expect(after <= before * Self.slack, "MTBF up, time up: \(before) → \(after) at \(c.gpus) GPUs")
            }
        }
    }

    @Test func optimizedNeverSlowerThanBaseline() throws {
        // Holds when the restart costs at least what the K-of-N runtime loses while groups repair (R = TTR here).
        var g = ReliabilityRNG(seed: 3)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&g)
            let base = try wall(c, ResilienceVariant.baseline)
            let opt = try wall(c, ResilienceVariant.optimized)
            #expect(opt <= base * Self.slack, "optimized \(opt) > baseline \(base) at \(c.gpus) GPUs")
        }
    }

    @Test func resultsAreFiniteOrFlagged() throws {
        var g = ReliabilityRNG(seed: 4)
        for _ in 0..<Self.cases {
            let c = Self.randomCase(&g)
            let model = try TimeToTrain(
                table3: c.table3, failures: FailureModel(table3: c.table3), interval: c.interval, amdahl: c.amdahl)
            let r = model.evaluate(parameters: c.parameters, gpus: c.gpus, variant: try .optimized(c.table3))
            #expect(!r.wallClock.value.isNaN && !r.overheadFactor.isNaN)
            #expect(r.overheadFactor >= 1 || !r.finishes)
        }
    }
}
