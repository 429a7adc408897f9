import Testing
import ReckonUnits
@testable import ReckonCore

/// `figures()` (the Monte Carlo fast path) and `estimate()` must agree exactly: estimate() takes its numbers
/// from figures(), and this test keeps it that way for every counting rule and with failures and ownership.
@Suite struct TrainingFiguresTests {
    static let gpu = AcceleratorSpec(
        id: "g", name: "G", vendor: "x", year: 2024, peak: [.bf16: .teraflops(989)], tdp: .watts(700),
        purchasePrice: .dollars(30_000), source: "test", asOf: "-")
    static let noTDP = AcceleratorSpec(
        id: "n", name: "N", vendor: "x", year: 2024, peak: [.bf16: .teraflops(300)], source: "test", asOf: "-")
    static let model = ModelSpec(
        id: "m", name: "M", layers: 96, hiddenSize: 12288, contextLength: 2048,
        totalParameters: Parameters(175e9), source: "test", asOf: "-")
    static let withOwnership = Economics(
        rentalPrice: .dollarsPerHour(2.5), purchasePrice: .dollars(30_000), amortizationLife: .years(4), pue: 1.1,
        electricityPrice: .dollarsPerKilowattHour(0.08), gridIntensity: .kilogramsPerKilowattHour(0.429),
        powerFractionOfTDP: 0.8)
    static let rentalOnly = Economics(
        rentalPrice: .dollarsPerHour(1.9), amortizationLife: .years(5), pue: 1.3,
        electricityPrice: .dollarsPerKilowattHour(0.1), gridIntensity: .kilogramsPerKilowattHour(0.3))

    static func scenarios() throws -> [TrainingScenario] {
        [
            try TrainingScenario(
                model: model, tokens: Tokens(300e9), accelerator: gpu, count: 1024, mfu: 0.4, economics: withOwnership),
            try TrainingScenario(
                model: model, tokens: Tokens(300e9), rule: .sixNDWithAttention, accelerator: gpu, count: 3000,
                mfu: 0.21,
                economics: rentalOnly, failureOverhead: 1.37),
            try TrainingScenario(
                model: model, tokens: Tokens(1), rule: .paperIdentity(partitions: 8), accelerator: noTDP, count: 7,
                mfu: 0.55, economics: withOwnership),
        ]
    }

    @Test func figuresEqualEstimateExactly() throws {
        for s in try Self.scenarios() {
            let e = s.estimate()
            let f = s.figures()
            #expect(f.compute == e.compute && f.tokens == e.tokens && f.clusterThroughput == e.clusterThroughput)
            #expect(
                f.computeTime == e.computeTime && f.wallClock == e.wallClock && f.acceleratorTime == e.acceleratorTime)
            #expect(f.rentalCost == e.rentalCost && f.ownershipCost == e.ownershipCost && f.energyCost == e.energyCost)
            #expect(f.energy == e.energy && f.emissions == e.emissions)
        }
    }

    /// The flattened numbers reproduce the formulas of `TrainingCompute` (hand check of the counting rules):
    /// 6·N·D; 6·N·D + 6·L·n_ctx·d·D; 120·P²/K with D = 20·P/K.
    @Test func countingRules() throws {
        let s = try Self.scenarios()
        #expect(s[0].figures().compute.value == 6 * 175e9 * 300e9)
        #expect(s[1].figures().compute.value == 6 * 175e9 * 300e9 + 6 * 96 * 2048 * 12288 * 300e9)
        #expect(s[2].figures().compute.value == 120 * 175e9 * 175e9 / 8)
        #expect(s[2].figures().tokens.value == 20 * 175e9 / 8)
        #expect(s[2].figures().energy == nil)  // no published TDP: not computed, not 0
        #expect(s[1].figures().ownershipCost == nil)
    }
}
