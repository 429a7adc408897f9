import Testing
import ReckonCore
import ReckonUnits

@Suite struct PowerLawComputeTests {
    @Test func figure7ModelCompute() {
        // framework.md §6 target 10: C(1.8T) = 3.07e25 FLOP with Token_scaling 1.91; tokens 2.84T; ±1%.
        let c = TrainingCompute.powerLaw(parameters: Parameters(1.8e12), table3: .paper2024)
        #expect(abs(c.value / 3.07e25 - 1) < 0.01)
        #expect(abs(c.value / (6 * 1.8e12) / 2.84e12 - 1) < 0.01)
        // Target 10: T_ideal on 25,000 GPUs at 150 TFLOP/s = 94.7 days; ±1%.
        #expect(abs((c / (FLOPPerSecond.teraflops(150) * 25_000)).inDays / 94.7 - 1) < 0.01)
    }

    @Test func moe8IsMonolithicOver6Point63() {
        // Target 10: MoE-8 factor 8^0.91 = 6.63; ±1% (the framework prints 3 digits). Identity itself is exact.
        let mono = TrainingCompute.powerLaw(parameters: Parameters(1.8e12), table3: .paper2024)
        let moe = TrainingCompute.powerLaw(parameters: Parameters(1.8e12), partitions: 8, table3: .paper2024)
        #expect(abs(mono / moe / 6.63 - 1) < 0.01)
    }

    @Test func exponentTwoIsThePaperIdentity() {
        // framework.md §6 target 2: with s = 2, K·120·(P/K)² = 120P²/K; relative 1e-12 (floating-point only).
        let law = TrainingCompute.powerLaw(parameters: Parameters(1e12), partitions: 4, exponent: 2)
        let identity = TrainingCompute.paperIdentity(parameters: Parameters(1e12), partitions: 4)
        #expect(abs(law / identity - 1) < 1e-12)
    }
}
