import Foundation
import Testing
import ReckonCore
import ReckonUnits

@Suite struct KOfNToleranceTests {
    @Test func poissonTailMatchesHandSumAndComplement() {
        // framework.md §3.1 B9: ρ = 0.122, P[≥5] = 2.0e-7. Hand: e^-ρ ρ^5/5! (1 + ρ/6 + ρ²/42) = 2.03e-7 for ρ =
        // 0.12193.
        let ρ = 0.1219298245614035
        let hand = exp(-ρ) * pow(ρ, 5) / 120 * (1 + ρ / 6 + ρ * ρ / 42 + ρ * ρ * ρ / 336)
        #expect(abs(KOfNTolerance.poissonTail(mean: ρ, atLeast: 5) / hand - 1) < 1e-6)  // 4 terms: truncation < 1e-6
        // Both branches agree where 1 − CDF is still accurate (ρ = 4, K = 5 and ρ = 6, K = 5): 1e-12 relative.
        for mean in [4.0, 6.0, 20.0] {
            var cdf = 0.0
            var term = exp(-mean)
            for i in 0..<5 {
                cdf += term
                term *= mean / Double(i + 1)
            }
            #expect(abs(KOfNTolerance.poissonTail(mean: mean, atLeast: 5) / (1 - cdf) - 1) < 1e-12)
        }
        // Independent hand values: P[X ≥ 5 | 6] = 1 − e⁻⁶(1 + 6 + 18 + 36 + 54) = 1 − 115·e⁻⁶ = 0.7149435;
        // P[X ≥ 5 | 20] = 1 − e⁻²⁰(1 + 20 + 200 + 1333.3 + 6666.7) = 1 − 8221·e⁻²⁰ = 0.99998306. 1e-6 relative (7
        // digits).
        #expect(abs(KOfNTolerance.poissonTail(mean: 6, atLeast: 5) / 0.7149435 - 1) < 1e-6)
        #expect(abs(KOfNTolerance.poissonTail(mean: 20, atLeast: 5) / 0.99998306 - 1) < 1e-6)
        #expect(KOfNTolerance.poissonTail(mean: 0, atLeast: 5) == 0)
        #expect(KOfNTolerance.poissonTail(mean: 3, atLeast: 0) == 1)
    }

    @Test func effectiveMTTIAt50kIsAbout8e7Hours() throws {
        // framework.md §3.1 B9: M_eff = 8e7 h at 50k GPUs (hand, python: 8.08e7 h); ±2% (framework prints 1 digit, we
        // check 8.08e7).
        let λ = FailureModel.paper2024.failureRate(gpus: 50_000)
        let m = KOfNTolerance.paper2024.effectiveMTTI(rate: λ)
        #expect(abs(m / 3600 / 8.08e7 - 1) < 0.02)
        // Availability 1 − 0.1219/100 (hand).
        #expect(abs(KOfNTolerance.paper2024.availability(rate: λ) - (1 - 0.1219298 / 100)) < 1e-7)
    }

    @Test func rejectsKNotBelowN() {
        #expect(throws: InputError.self) { try KOfNTolerance(tolerated: 100, groups: 100, timeToRepair: .hours(2)) }
        #expect(throws: InputError.self) { try KOfNTolerance(tolerated: 0, groups: 100, timeToRepair: .hours(2)) }
    }
}
