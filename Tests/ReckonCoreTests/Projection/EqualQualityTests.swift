import Testing
@testable import ReckonCore

/// The projection at the quality the paper assumes, the experts valued by Clark et al. 2022.
@Suite struct EqualQualityTests {
    let model = TrendModel(preset: .paperCalibrated)

    // GPT-3 (2021) is dense: no change. GPT-4 (2023, 1.8T in 9 experts) is past the law's 1e12 cutoff, so matching
    // a dense 1.8T needs the dense compute: ×9 × (1 + 9/(12·26,777)) = ×9.0003 (hand arithmetic, relative 1e-6).
    @Test func anchors() {
        #expect(model.equalQualityFactor(.bestGuess, year: 2021, law: .clark2022) == 1)
        #expect(abs(model.equalQualityFactor(.bestGuess, year: 2023, law: .clark2022) / 9.000252 - 1) < 1e-6)
    }

    // The crossing years move only as the derivation says: never later than the paper's (f ≥ 1/K), and for the
    // best guess two years earlier against every line (2027/2030/2028 vs the paper's 2029/2032/2030).
    @Test func crossingsMoveEarlier() throws {
        let p = try Projection(model: model)
        for x in p.crossovers {
            let eq = try #require(p.equalQualityCrossovers.first { $0.scenario == x.scenario && $0.lineID == x.lineID })
            #expect((eq.year ?? 9999) <= (x.year ?? 9999))
        }
        let guess = p.equalQualityCrossovers.filter { $0.scenario == .bestGuess }.map { $0.year }
        #expect(guess == [2027, 2030, 2028])
        #expect(p.moeLawWarning?.contains("extrapolated") == true)
    }
}
