import Testing
import ReckonUnits
@testable import ReckonCore

@Suite struct WaterfallTests {
    // The final cost is the baseline times the product of the factors of the levers that are on; each bar starts
    // where the previous ended. Tolerance 1e-12 relative: the same multiplications in another order.
    @Test func productOfFactors() throws {
        var levers = RoadmapLevers.defaults()
        try levers.apply(.off, to: .efficientHardware)
        let w = Waterfall(baseline: .dollars(6.7e6), levers: levers.levers)
        let product = levers.levers.filter(\.isEnabled).reduce(1.0) { $0 * $1.factor }
        #expect(w.steps.count == 6)
        #expect(abs(w.final.value / (6.7e6 * product) - 1) < 1e-12)
        #expect(abs(w.totalFactor - levers.combinedFactor) < 1e-15)
        for (a, b) in zip(w.steps, w.steps.dropFirst()) { #expect(a.after == b.before) }
        #expect(w.steps.first?.before == USD.dollars(6.7e6))
        // Order does not change the final cost.
        let reversed = Waterfall(baseline: .dollars(6.7e6), levers: levers.levers.reversed())
        #expect(abs(reversed.final.value / w.final.value - 1) < 1e-12)
    }

    // All seven defaults: 0.5 · 1/3 · 1/8 · 0.5 · 0.49997 · 0.5 · 0.5833 = 1.519e−3, i.e. 2.82 orders of magnitude.
    // Tolerance 1e-3 relative: hand arithmetic to four digits.
    // With the MoE law the partitions buy nothing at 1.8T (×1.0000249 instead of ×1/8): 1.519e−3 × 8 × 1.0000249 =
    // 1.2152e−2.
    @Test func allDefaults() {
        let w = Waterfall(baseline: .dollars(1e6), levers: RoadmapLevers.defaults(moeLaw: nil).levers)
        #expect(abs(w.totalFactor / 1.519e-3 - 1) < 1e-3)
        let law = Waterfall(baseline: .dollars(1e6), levers: RoadmapLevers.defaults().levers)
        #expect(abs(law.totalFactor / 1.2152e-2 - 1) < 1e-3)
        #expect(Waterfall(baseline: .dollars(5), levers: []).final == .dollars(5))
    }
}
