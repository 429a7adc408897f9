import Foundation
import Testing
import ReckonUnits
@testable import ReckonCore

@Suite struct ChinchillaFitTests {
    /// The optimum must satisfy the constraint C = 6·N·D exactly (relative 1e-9: floating point only).
    @Test(arguments: [1e21, 5.76e23, 1e24, 1e26]) func optimumSpendsTheBudget(_ budget: Double) {
        for fit in [ChinchillaFit.hoffmann2022, .besiroglu2024] {
            let o = fit.computeOptimal(budget: FLOP(budget))
            #expect(abs(6 * o.parameters.value * o.tokens.value - budget) / budget < 1e-9)
        }
    }

    /// The optimum is a minimum: moving N by ±10% along the budget line raises the loss.
    @Test func optimumIsAMinimum() {
        let fit = ChinchillaFit.hoffmann2022
        let budget = 1e24
        let o = fit.computeOptimal(budget: FLOP(budget))
        for factor in [0.9, 1.1] {
            let n = o.parameters.value * factor
            let d = budget / (6 * n)
            #expect(fit.loss(parameters: Parameters(n), tokens: Tokens(d)) > o.loss)
        }
    }

    /// Exponents: a = β/(α+β) = 0.28/0.62 = 0.4516 (Hoffmann et al. 2022, Table 2, approach 3: 0.46 after their
    /// own rounding). A 10× budget therefore multiplies N by 10^0.4516 = 2.83 (hand arithmetic, 1e-9).
    @Test func scalingExponent() {
        let fit = ChinchillaFit.hoffmann2022
        let n1 = fit.computeOptimal(budget: FLOP(1e23)).parameters.value
        let n2 = fit.computeOptimal(budget: FLOP(1e24)).parameters.value
        #expect(abs(n2 / n1 - pow(10, 0.28 / 0.62)) < 1e-9)
    }

    /// Chinchilla itself: 70B parameters, 1.4T tokens (training_runs.csv row 'Chinchilla 70B'). Hoffmann's loss at
    /// that point is E + A/N^α + B/D^β = 1.69 + 406.4/70e9^0.34 + 410.7/1.4e12^0.28 = 1.937 (hand arithmetic, ±0.001).
    @Test func chinchillaLoss() {
        let loss = ChinchillaFit.hoffmann2022.loss(parameters: Parameters(70e9), tokens: Tokens(1.4e12))
        #expect(abs(loss - 1.937) < 0.001)
    }
}
