import Foundation
import Testing
@testable import ReckonAnalysis

@Suite struct DistributionTests {
    /// n draws of `d` with seed `seed`.
    static func draws(_ d: Distribution, _ n: Int, seed: UInt64 = 1) -> [Double] {
        var g = SeededGenerator(seed: seed)
        return (0..<n).map { _ in d.sample(using: &g) }
    }

    /// The check: a lognormal built from a 90% interval reproduces it within 1% at 10⁶ samples.
    /// Expected spread of the sample p5: SE = √(p(1−p)/n)/f(x₅) ≈ 0.0092 in z units → 0.0092·σ·x ≈ 0.13% of x
    /// for σ = ln(55/35)/(2·1.645) = 0.137 — so 1% is ~7 standard errors.
    @Test(arguments: [(0.35, 0.55), (1.5, 3.0), (1e3, 1e6)])
    func lognormalReproducesItsInterval(_ bounds: (Double, Double)) throws {
        let d = try Distribution.lognormal(p5: bounds.0, p95: bounds.1)
        var x = Self.draws(d, 1_000_000)
        let s = Percentiles.summarize(&x)
        #expect(abs(s.p5 / bounds.0 - 1) < 0.01, "p5 \(s.p5) vs \(bounds.0)")
        #expect(abs(s.p95 / bounds.1 - 1) < 0.01, "p95 \(s.p95) vs \(bounds.1)")
        // The median of a lognormal is the geometric mean of a symmetric interval's ends.
        #expect(abs(s.p50 / (bounds.0 * bounds.1).squareRoot() - 1) < 0.01)
        // Exact quantiles: quantile(0.05) = exp(μ + σ·z) with z off by Acklam's 1.15e-9 relative, so the value
        // is off by ≈ σ·|z|·1.15e-9 relative (σ = ln(p95/p5)/(2·1.645); 2.1 for the widest case here).
        let sigma =
            (bounds.1 / bounds.0).squareRoot() > 0 ? Foundation.log(bounds.1 / bounds.0) / (2 * 1.6448536269514722) : 0
        let tolerance = 1.2e-9 * 1.6449 * sigma + 1e-15
        #expect(abs(d.quantile(0.05) / bounds.0 - 1) < tolerance)
        #expect(abs(d.quantile(0.95) / bounds.1 - 1) < tolerance)
    }

    /// The sample mean of X + Y + Z equals E[X] + E[Y] + E[Z] within 5 standard errors (SE = sample sd / √n);
    /// a 5-SE miss has probability 6e-7 for a correct implementation, and the seed is fixed.
    @Test func meanOfASumIsTheSumOfMeans() throws {
        let x = try Distribution.lognormal(p5: 1.5, p95: 3)
        let y = try Distribution.uniform(2, 4)
        let z = try Distribution.triangular(0, 1, 5)
        let w = try Distribution.normal(mean: 10, sd: 2)
        let c = try Distribution.choice([(1, 1), (2, 3)])
        let n = 1_000_000
        var g = SeededGenerator(seed: 9)
        var sum = 0.0
        var sumSq = 0.0
        for _ in 0..<n {
            let v =
                x.sample(using: &g) + y.sample(using: &g) + z.sample(using: &g) + w.sample(using: &g)
                + c.sample(using: &g)
            sum += v
            sumSq += v * v
        }
        let mean = sum / Double(n)
        let sd = (sumSq / Double(n) - mean * mean).squareRoot()
        // Hand arithmetic: E[uniform(2,4)] = 3, E[triangular(0,1,5)] = 2, E[normal] = 10, E[choice] = (1·1 + 2·3)/4 =
        // 1.75.
        let expected = x.mean + 3 + 2 + 10 + 1.75
        #expect(abs(y.mean - 3) < 1e-15 && abs(z.mean - 2) < 1e-15 && abs(c.mean - 1.75) < 1e-15)
        #expect(abs(mean - expected) < 5 * sd / Double(n).squareRoot(), "mean \(mean) vs \(expected)")
    }

    /// Quantiles never decrease in p, for every kind of distribution.
    @Test func quantilesAreMonotone() throws {
        let all: [Distribution] = [
            .point(3), try .normal(mean: 1, sd: 2), try .lognormal(p5: 0.1, p95: 10), try .uniform(-1, 1),
            try .triangular(0, 0.2, 1), try .choice([(5, 1), (1, 1), (3, 2)]),
        ]
        for d in all {
            var previous = -Double.infinity
            for i in 1..<1000 {
                let q = d.quantile(Double(i) / 1000)
                #expect(q >= previous, "\(d) at \(i)")
                previous = q
            }
        }
    }

    /// Closed forms by hand: triangular(0, 1, 4) has F(1) = 1/4, so quantile(0.25) = 1; uniform(2, 6) at 0.25 is 3;
    /// normal(10, 2) at 0.5 is 10; a choice returns its values with their weights.
    @Test func closedForms() throws {
        #expect(abs(try Distribution.triangular(0, 1, 4).quantile(0.25) - 1) < 1e-15)
        #expect(try Distribution.uniform(2, 6).quantile(0.25) == 3)
        #expect(try Distribution.normal(mean: 10, sd: 2).quantile(0.5) == 10)
        let c = try Distribution.choice([(0.4, 3), (0.3, 1)])  // stored sorted by value, so quantiles are monotone
        #expect(c.quantile(0.2) == 0.3 && c.quantile(0.3) == 0.4)
        // Frequencies: 10⁵ draws, P(0.3) = 0.25, SE = √(0.25·0.75/10⁵) = 0.00137; 5 SE = 0.0068.
        let share = Double(Self.draws(c, 100_000).filter { $0 == 0.3 }.count) / 100_000
        #expect(abs(share - 0.25) < 0.0068)
    }

    @Test func badParametersAreRejected() {
        #expect(throws: DistributionError.self) { try Distribution.lognormal(p5: 3, p95: 1) }
        #expect(throws: DistributionError.self) { try Distribution.lognormal(p5: 0, p95: 1) }
        #expect(throws: DistributionError.self) { try Distribution.uniform(5, 1) }
        #expect(throws: DistributionError.self) { try Distribution.triangular(0, 2, 1) }
        #expect(throws: DistributionError.self) { try Distribution.normal(mean: 0, sd: -1) }
        #expect(throws: DistributionError.self) { try Distribution.choice([(1, 0)]) }
        #expect(throws: DistributionError.self) { try Distribution.choice([(1, 1), (2, -1)]) }
        #expect(throws: DistributionError.self) { try Distribution.choice([]) }
    }

    /// Degenerate forms collapse to points; the drawable range of a normal spans ±8.2 σ (u = 2⁻⁵³).
    @Test func pointsAndRanges() throws {
        #expect(try Distribution.lognormal(p5: 2, p95: 2) == .point(2))
        #expect(try Distribution.uniform(1, 1) == .point(1))
        let r = try Distribution.normal(mean: 0, sd: 1).drawableRange
        #expect(r.lowerBound < -8 && r.lowerBound > -8.5 && r.upperBound == -r.lowerBound)
        #expect(try Distribution.uniform(1, 2).drawableRange.lowerBound >= 1)
        // P(X < median) = ½ through the bisection CDF (tolerance: the bisection's 2⁻⁴² resolution).
        #expect(abs(try Distribution.lognormal(p5: 1, p95: 4).probabilityBelow(2) - 0.5) < 1e-9)
    }
}
