import Foundation
import Testing
import ReckonUnits
@testable import ReckonCore

/// Muennighoff et al. 2023 (repeated data) and Chinchilla's loss: what the data-reduction lever costs in quality.
@Suite struct DataReductionQualityTests {
    // D' = U + U·R*·(1 − e^(−R/R*)): four epochs (R = 3) of U keep 3 · (1 − e^(−3/15.4))/(3) ≈ 88.2% of the value
    // of fresh tokens beyond the first epoch — "up to 4 epochs negligible" (hand arithmetic, relative 1e-9).
    @Test func effectiveData() {
        let u = 1e9
        let d = DataReductionQuality.effectiveTokens(unique: u, trained: 4 * u)
        #expect(abs(d - (u + u * 15.4 * (1 - exp(-3 / 15.4)))) < 1e-3)
        #expect(d > 3.6 * u && d < 4 * u)
        #expect(DataReductionQuality.effectiveTokens(unique: u, trained: 0.5 * u) == 0.5 * u)
        // The value saturates: infinitely many epochs are worth U·(1 + R*) = 16.4 U.
        #expect(abs(DataReductionQuality.effectiveTokens(unique: u, trained: 1e6 * u) / (16.4 * u) - 1) < 1e-6)
    }

    // Table 1's best guess, 6.67 tokens per parameter, for the 1.8T baseline (Hoffmann fit, hand arithmetic):
    // ΔL = 410.7·((6.67·1.8e12)^−0.28 − (20·1.8e12)^−0.28) = +0.0237 nats; repeating the 6.67·P set three times
    // costs far less (+0.0008). Tolerance 1% (the hand value to three digits).
    @Test func tableOneBestGuess() throws {
        let q = try DataReductionQuality(parameters: Parameters(1.8e12), tokensPerParameter: 20.0 / 3)
        let hand = 410.7 * (pow(20.0 / 3 * 1.8e12, -0.28) - pow(20 * 1.8e12, -0.28))
        #expect(abs(q.lossWithFewerTokens / hand - 1) < 1e-9)
        #expect(abs(q.lossWithFewerTokens / 0.0237 - 1) < 0.01)
        #expect(q.lossWithRepeatedData > 0 && q.lossWithRepeatedData < q.lossWithFewerTokens / 10)
        #expect(abs(q.epochs - 3) < 1e-12)
    }
}
