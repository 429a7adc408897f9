import Testing
@testable import ReckonAnalysis

/// The one-pass bracketed summary must give the copy-and-select summary's numbers bit for bit, on every kind of
/// sample the Monte Carlo produces: smooth, heavy-tailed, with ties, constant, sorted, reversed, with non-finite
/// values.
@Suite struct PercentilesBracketedTests {
    static func bothWays(_ values: [Double]) -> (bracketed: PercentileSummary, copied: PercentileSummary) {
        var copy = values
        let copied = Percentiles.summarize(&copy)
        let bracketed = values.withUnsafeBufferPointer { Percentiles.summarize($0) }
        return (bracketed, copied)
    }

    static func samples(_ kind: String, _ n: Int) -> [Double] {
        var g = SeededGenerator(seed: UInt64(n) &+ UInt64(kind.count))
        switch kind {
        case "uniform": return (0..<n).map { _ in g.nextOpenUnit() }
        case "lognormal":
            let d = try! Distribution.lognormal(p5: 0.01, p95: 100)
            return (0..<n).map { _ in d.quantile(g.nextOpenUnit()) }
        case "ties": return (0..<n).map { _ in (g.nextOpenUnit() * 7).rounded() }
        case "constant": return [Double](repeating: 3.25, count: n)
        case "sorted": return (0..<n).map(Double.init)
        case "reversed": return (0..<n).map { Double(n - $0) }
        case "two-values": return (0..<n).map { _ in g.nextOpenUnit() < 0.97 ? 1 : 2 }
        default: return []
        }
    }

    @Test(
        arguments: ["uniform", "lognormal", "ties", "constant", "sorted", "reversed", "two-values"],
        [Percentiles.bracketingThreshold, 50_000, 1_000_003])
    func sameNumbersAsCopyAndSelect(_ kind: String, _ n: Int) {
        let (b, c) = Self.bothWays(Self.samples(kind, n))
        #expect(b.p5 == c.p5 && b.p25 == c.p25 && b.p50 == c.p50, "\(kind) n=\(n): \(b) vs \(c)")
        #expect(b.p75 == c.p75 && b.p95 == c.p95 && b.mean == c.mean, "\(kind) n=\(n): \(b) vs \(c)")
    }

    /// A non-finite value sends the summary down the copy-and-select path: the same (non-finite) answer either way.
    @Test func nonFiniteValuesFallBack() {
        var values = Self.samples("uniform", 40_000)
        values[12_345] = .infinity
        let (b, c) = Self.bothWays(values)
        #expect(b.p95 == c.p95 && b.mean == c.mean)
        #expect(b.mean.isInfinite)
    }
}
