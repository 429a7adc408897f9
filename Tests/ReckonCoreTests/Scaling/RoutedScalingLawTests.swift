import Foundation
import Testing
@testable import ReckonCore

/// Clark et al. 2022's routed-model law (S-BASE): what K experts are worth.
@Suite struct RoutedScalingLawTests {
    let law = RoutedScalingLaw.clark2022

    // The effective parameter count inverts exactly: N_req(N̄(N, E), E) = N inside the fitted range (relative 1e-9,
    // floating point only).
    @Test func effectiveParametersInvert() {
        for n in [15e6, 130e6, 1.3e9] {
            for e in [2.0, 8, 64, 512] {
                let nbar = law.effectiveParameters(activeParameters: n, experts: e)
                #expect(nbar > n)
                #expect(abs(law.requiredActiveParameters(denseEquivalent: nbar, experts: e) / n - 1) < 1e-9)
            }
        }
    }

    // Hand arithmetic: γ(1e9) = (−0.108 + 0.009·9)/(−0.082) = 0.3293, so 8 experts on a 1B base match a dense
    // 1e9 · 8^0.3293 = 1.984e9 (relative 1e-3). The cutoff is 10^(0.108/0.009) = 1e12 (exact).
    @Test func handArithmetic() {
        #expect(abs(law.exponent(activeParameters: 1e9) - 0.32927) < 1e-4)
        #expect(abs(law.effectiveParameters(activeParameters: 1e9, experts: 8) / 1.984e9 - 1) < 1e-3)
        #expect(abs(law.cutoffParameters / 1e12 - 1) < 1e-9)
        #expect(law.exponent(activeParameters: 2e12) == 0)
    }

    // The check: cost at equal quality no longer falls as 1/K. It is bounded below by the paper's 1/K, never
    // falls below it, stops falling past 512 experts, and rises again when routers cost more than experts save.
    @Test func costDoesNotFallAsOneOverKForever() {
        for p in [1e9, 175e9, 1.8e12] {
            var last = 1.0
            for k in [2.0, 4, 8, 16, 64, 512] {
                let f = law.costFactor(denseEquivalent: p, experts: k)
                #expect(f >= 1 / k && f <= last + 5e-3)  // up to router FLOP
                last = f
            }
            let huge = law.costFactor(denseEquivalent: p, experts: 100_000)
            #expect(huge > law.costFactor(denseEquivalent: p, experts: 512))
            #expect(huge > 1e-3)  // the paper's identity would give 1e-5
        }
        // At 1.8T the law's gain is gone (past the 1e12 cutoff): eight experts ×1 plus 8/(12·26,777) of router FLOP.
        #expect(abs(law.costFactor(denseEquivalent: 1.8e12, experts: 8) - 1.0000249) < 1e-6)
        #expect(law.costFactor(denseEquivalent: 175e9, experts: 1) == 1)
    }

    @Test func warnsOutsideTheFittedRange() {
        #expect(law.rangeWarning(activeParameters: 1e9, experts: 64) == nil)
        #expect(law.rangeWarning(activeParameters: 1e11, experts: 8)?.contains("fitted") == true)
        #expect(law.rangeWarning(activeParameters: 1e9, experts: 4096)?.contains("credited nothing") == true)
    }
}
