import Foundation
import Testing
@testable import ReckonAnalysis

/// `DeterministicMath` against the platform's libm (which may differ in the last bit, hence a tolerance).
@Suite struct DeterministicMathTests {
    /// A spread of arguments over many binades, including subnormal and huge values.
    static let arguments: [Double] = [
        Double.leastNonzeroMagnitude, Double.leastNormalMagnitude / 64, 1e-300, 1e-20, 1e-5, 0.01, 0.1, 0.5, 0.7071,
        0.9, 0.999999, 1, 1.000001,
        1.4142, 2, 2.718281828459045, 3, 10, 123.456, 1e5, 6.02e23, 1e300, 1.7e308,
    ]

    /// Tolerance 4e-16 relative (≈ 2 ulp): both sides are within ~1 ulp of the true logarithm
    /// (series truncated below 1e-19, see the doc comment; libm is faithfully rounded).
    @Test func logMatchesLibm() {
        for x in Self.arguments {
            let ours = DeterministicMath.log(x)
            let reference = Foundation.log(x)
            #expect(
                abs(ours - reference) <= 4e-16 * max(abs(reference), 1e-300)
                    || abs(ours - reference) <= 4 * Double.leastNonzeroMagnitude, "log(\(x)): \(ours) vs \(reference)")
        }
        #expect(DeterministicMath.log(0) == -.infinity)
        #expect(DeterministicMath.log(-1).isNaN)
        #expect(DeterministicMath.log(.infinity) == .infinity)
    }

    /// Tolerance 1e-15 relative: the Taylor tail is below 5e-18 and the 2^k scaling is exact; the rest is
    /// rounding in 14 Horner steps (≤ ~3 ulp observed bound, 1e-15 ≈ 4.5 ulp).
    @Test func expMatchesLibm() {
        for x in [-745.0, -700, -50, -10, -1, -0.5, -1e-10, 0, 1e-10, 0.3, 0.5, 1, 2.5, 10, 50, 300, 700, 709.7] {
            let ours = DeterministicMath.exp(x)
            let reference = Foundation.exp(x)
            #expect(
                abs(ours - reference) <= 1e-15 * reference
                    || (reference < 1e-300 && abs(ours - reference) < 1e-300 * 1e-15),
                "exp(\(x)): \(ours) vs \(reference)")
        }
        #expect(DeterministicMath.exp(800) == .infinity)
        #expect(DeterministicMath.exp(-800) == 0)
        #expect(DeterministicMath.exp(0) == 1)
    }

    /// Φ(Φ⁻¹(p)) = p, with Φ(z) = erfc(−z/√2)/2 from libm. Acklam bounds the relative error of z by 1.15e-9;
    /// through Φ this is |Δp| ≤ φ(z)·|z|·1.15e-9 ≤ 0.25·1.15e-9 < 3e-10 absolute, and relative in the tails
    /// (Φ'/Φ·z ≈ z² there: |z| ≤ 8.3 → ×69), so the test uses 1e-7 relative to p (or 1 − p for p > ½).
    @Test func inverseNormalRoundTrips() {
        for p in [
            1.1102230246251565e-16, 1e-12, 1e-6, 0.001, 0.02, 0.02425, 0.03, 0.05, 0.25, 0.5, 0.75, 0.95, 0.97575, 0.99,
            0.999999, 1 - 1.1102230246251565e-16,
        ] {
            let z = DeterministicMath.inverseNormalCDF(p)
            let back = 0.5 * erfc(-z / 2.0.squareRoot())
            let tail = min(p, 1 - p)
            #expect(abs(back - p) <= 1e-7 * tail, "p=\(p): z=\(z), Φ(z)=\(back)")
        }
        // Symmetry: Φ⁻¹(1 − p) = −Φ⁻¹(p) in the central region (same formula, q → −q), exact when p − ½ is
        // exact for both (0.25 and 0.75 are; 0.3 and 0.7 are not, since 0.7 ≠ 1 − 0.3 in binary).
        #expect(DeterministicMath.inverseNormalCDF(0.25) == -DeterministicMath.inverseNormalCDF(0.75))
    }

    /// z₀.₉₅ against Φ⁻¹(0.95) from the rational approximation: agree to Acklam's 1.15e-9 relative bound.
    @Test func z95IsTheNinetyFifthPercentile() {
        #expect(
            abs(DeterministicMath.inverseNormalCDF(0.95) - DeterministicMath.z95) <= 1.15e-9 * DeterministicMath.z95)
        #expect(abs(0.5 * erfc(-DeterministicMath.z95 / 2.0.squareRoot()) - 0.95) < 1e-15)
    }
}
