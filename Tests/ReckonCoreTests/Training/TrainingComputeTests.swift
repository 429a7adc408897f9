import Testing
import ReckonUnits
@testable import ReckonCore

@Suite struct TrainingComputeTests {
    /// Faraboschi et al. 2024, Sec. 1.3: "training a model with 1T parameters requires O(10²⁶) FLOP … approximately
    /// 28 million GPU-hours" at 10¹⁵ FLOP/s. Exact arithmetic: 120 × (10¹²)² = 1.2e26 FLOP → 1.2e11 s = 33.3M h
    /// (the paper rounds C down to 10²⁶, giving 27.8M). Tolerance 1e-12: exact arithmetic.
    @Test func paperOneTrillionExample() {
        let c = TrainingCompute.paperIdentity(parameters: Parameters(1e12))
        #expect(abs(c.value - 1.2e26) / 1.2e26 < 1e-12)
        let hours = (c / FLOPPerSecond.petaflops(1)).inHours
        #expect(abs(hours - 33_333_333.3) / 33_333_333.3 < 1e-9)
        let paperRounded = (FLOP(1e26) / FLOPPerSecond.petaflops(1)).inHours
        // "approximately 28 million": within 1% of the paper's rounding
        #expect(abs(paperRounded - 28e6) / 28e6 < 0.01)
    }

    /// GPT-3: 6 × 175e9 × 300e9 = 3.15e23 FLOP (hand arithmetic). Epoch/Patterson report 3.14e23
    /// (training_runs.csv row 'GPT-3 175B', total_train_flop): within 0.5%, the rounding of "175B" and "300B".
    @Test func gpt3Compute() {
        let c = TrainingCompute.sixND(active: Parameters(175e9), tokens: Tokens(300e9))
        #expect(c.value == 3.15e23)
        #expect(abs(c.value - 3.14e23) / 3.14e23 < 0.005)
    }

    /// The MoE identity of Sec. 1.3: K · 120 · (P/K)² = 120 · P² / K (exact).
    @Test(arguments: [1, 4, 8, 10]) func moeIdentity(_ k: Int) {
        let p = 1.8e12
        let partitioned = Double(k) * TrainingCompute.paperIdentity(parameters: Parameters(p / Double(k))).value
        let identity = TrainingCompute.paperIdentity(parameters: Parameters(p), partitions: k).value
        #expect(abs(partitioned - identity) / identity < 1e-12)
    }

    /// Kaplan et al. 2020: the attention term adds 6·L·n_ctx·d per token. For GPT-3 (96 layers, n_ctx 2048,
    /// d 12288): 6·96·2048·12288 / (6·175e9) = 1.38% (framework.md §5.2 says 1.4%). Tolerance 0.05 points.
    @Test func gpt3AttentionShare() {
        let tokens = Tokens(300e9)
        let attention = TrainingCompute.attention(layers: 96, context: 2048, hiddenSize: 12288, tokens: tokens)
        let dense = TrainingCompute.sixND(active: Parameters(175e9), tokens: tokens)
        #expect(abs(attention / dense - 0.0138) < 0.0005)
    }
}
