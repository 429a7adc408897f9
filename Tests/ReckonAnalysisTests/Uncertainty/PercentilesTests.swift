import Testing
@testable import ReckonAnalysis

@Suite struct PercentilesTests {
    /// Type-7 percentile from a full sort: the reference the selection must match exactly.
    static func reference(_ values: [Double], _ p: Double) -> Double {
        let s = values.sorted()
        let h = Double(s.count - 1) * p
        let k = Int(h)
        return k + 1 < s.count ? s[k] + (h - Double(k)) * (s[k + 1] - s[k]) : s[k]
    }

    /// Selection gives the same numbers as sorting, bit for bit, for small and odd sizes and with ties.
    @Test(arguments: [1, 2, 3, 4, 5, 7, 10, 17, 100, 1001, 20_000])
    func selectionMatchesSorting(_ n: Int) {
        var g = SeededGenerator(seed: UInt64(n))
        let values = (0..<n).map { _ in (g.nextOpenUnit() * 50).rounded() }  // many ties
        var scratch = values
        let s = Percentiles.summarize(&scratch)
        #expect(s.p5 == Self.reference(values, 0.05))
        #expect(s.p25 == Self.reference(values, 0.25))
        #expect(s.p50 == Self.reference(values, 0.5))
        #expect(s.p75 == Self.reference(values, 0.75))
        #expect(s.p95 == Self.reference(values, 0.95))
        #expect(abs(s.mean - values.reduce(0, +) / Double(n)) <= 1e-12 * 50)
    }

    /// Percentiles are monotone (p5 ≤ p25 ≤ p50 ≤ p75 ≤ p95) on skewed samples.
    @Test func percentilesAreMonotone() throws {
        let d = try Distribution.lognormal(p5: 0.01, p95: 100)
        for seed in 1...20 as ClosedRange<UInt64> {
            var g = SeededGenerator(seed: seed)
            var x = (0..<5000).map { _ in d.sample(using: &g) }
            let s = Percentiles.summarize(&x)
            #expect(s.p5 <= s.p25 && s.p25 <= s.p50 && s.p50 <= s.p75 && s.p75 <= s.p95)
        }
    }

    /// A constant sample gives that constant exactly, mean included (the mean is shifted by the first value).
    @Test func constantSampleIsExact() {
        var x = [Double](repeating: 0.1, count: 10_007)
        let s = Percentiles.summarize(&x)
        #expect([s.p5, s.p25, s.p50, s.p75, s.p95, s.mean].allSatisfy { $0 == 0.1 })
    }
}
