import Testing
@testable import ReckonCore

/// framework.md §6 target 16 (Fig. 9).
@Suite struct CompetitiveAcceleratorsLeverTests {
    // Paper Sec. 3.7: "gross profit margins of Nvidia (65%), AMD (44%) and Intel (35%) in Q1'24"; "drive margins down
    // to a historical Semiconductor range around 35%-45%". Exact.
    @Test func figureNineMargins() {
        let m = GrossMargins.figureNine
        #expect(m.nvidia == 0.65)
        #expect(m.amd == 0.44)
        #expect(m.intel == 0.35)
        #expect(m.historicalBand == 0.35...0.45)
        #expect(
            m.historicalBand.contains(m.amd) && m.historicalBand.contains(m.intel)
                && !m.historicalBand.contains(m.nvidia))
    }

    // price ∝ cost/(1 − margin): factor (1 − 0.65)/(1 − m). Hand arithmetic: m = 0.35 → 0.35/0.65 = 0.5385;
    // m = 0.45 → 0.35/0.55 = 0.6364; AMD's 44% → 0.35/0.56 = 0.625. Tolerance 1e-4 (four printed digits).
    @Test func marginFactor() throws {
        let lever = Lever.competitiveAccelerators()
        #expect(abs(try lever.setting(.value(0.35)).factor - 0.5385) < 1e-4)
        #expect(abs(try lever.setting(.value(0.45)).factor - 0.6364) < 1e-4)
        #expect(abs(try lever.setting(.value(0.44)).factor - 0.625) < 1e-4)
        #expect(try lever.setting(.value(0.65)).factor == 1)  // no competition, no change
        #expect(throws: InputError.self) { try lever.setting(.value(1.0)) }
    }
}
