import Testing
import ReckonAnalysis

struct ResidualIntervalTests {
    @Test("p5/p95 of published ÷ predicted, applied to throughputs and, inverted, to durations")
    func interval() throws {
        // 21 ratios 0.80, 0.82, …, 1.20: type-7 percentiles p5 = 0.80 + 0.05·20·0.02 = 0.82, p95 = 1.18.
        let ratios = (0...20).map { 0.8 + 0.02 * Double($0) }
        let i = try #require(ResidualInterval(ratios: ratios.reversed(), description: "21 rows"))
        #expect(abs(i.lowRatio - 0.82) < 1e-12 && abs(i.highRatio - 1.18) < 1e-12 && i.rows == 21)
        let mfu = i.throughput(0.40)
        #expect(abs(mfu.p5 - 0.328) < 1e-12 && abs(mfu.p95 - 0.472) < 1e-12)
        let step = i.duration(10)
        #expect(abs(step.p5 - 10 / 1.18) < 1e-12 && abs(step.p95 - 10 / 0.82) < 1e-12)
    }

    @Test("non-finite or non-positive ratios are dropped; fewer than two leave no interval")
    func degenerate() {
        #expect(ResidualInterval(ratios: [1.0], description: "") == nil)
        #expect(ResidualInterval(ratios: [.nan, -1, 0, .infinity, 1.1], description: "") == nil)
        #expect(ResidualInterval(ratios: [0.9, .nan, 1.1], description: "")?.rows == 2)
    }
}
