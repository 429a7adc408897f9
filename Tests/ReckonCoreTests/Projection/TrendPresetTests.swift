import Testing
import ReckonUnits
@testable import ReckonCore

/// framework.md §6 targets 6 and 7: the 2028 projection per preset and the scenario spread.
@Suite struct TrendPresetTests {
    // Target 6, paper-calibrated (A-cal-Td). Paper Sec. 2.1: "the cost to train a single model could rise to $19B in
    // 2028 in GPU costs alone (corresponding to $93B in cloud costs)". Reconstruction: $19.0B / $91.3B.
    // Tolerance ±5% (framework.md §6): vs the paper's $19B and $93B both are within 2%.
    @Test func calibrated2028() {
        let m = TrendModel(preset: .paperCalibrated)
        #expect(projectionRelativeError(m.gpuCost(.bestGuess, year: 2028).value, 19.0e9) < 0.05)
        #expect(projectionRelativeError(m.cloudCost(.bestGuess, year: 2028).value, 91.3e9) < 0.05)
        #expect(projectionRelativeError(m.cloudCost(.bestGuess, year: 2028).value, 93e9) < 0.05)
    }

    // Target 6, paper-stated (A-stated): the stated constants give $15.05B / $72.3B (framework.md §2.2), tested
    // against its own value at ±1%. NOTE: this is −21% vs the paper's $19B — the reason the calibrated preset exists.
    @Test func stated2028() {
        let m = TrendModel(preset: .paperStated)
        let gpu = m.gpuCost(.bestGuess, year: 2028).value
        #expect(projectionRelativeError(gpu, 15.05e9) < 0.01)
        #expect(projectionRelativeError(m.cloudCost(.bestGuess, year: 2028).value, 72.3e9) < 0.01)
        // The documented gap to the paper: (15.05 − 19) / 19 = −20.8%.
        #expect(abs((gpu - 19e9) / 19e9 - (-0.21)) < 0.01)
    }

    // Alternative calibration A-cal-g (g = 2.873): $19.5B / $93.5B (framework.md §2.3). ±5%.
    @Test func calibratedGrowth2028() {
        let m = TrendModel(preset: .paperCalibratedGrowth)
        #expect(projectionRelativeError(m.gpuCost(.bestGuess, year: 2028).value, 19.5e9) < 0.05)
        #expect(projectionRelativeError(m.cloudCost(.bestGuess, year: 2028).value, 93.5e9) < 0.05)
    }

    // Target 7. Scenario spread in 2028, framework.md §2.3 table: best $4.45B / $5.63B, worst $146B / $184B
    // (A-stated / A-cal-Td). Tolerance ±2% of the own preset's value (framework.md §6).
    @Test func scenarioSpread2028() {
        let stated = TrendModel(preset: .paperStated)
        let cal = TrendModel(preset: .paperCalibrated)
        #expect(projectionRelativeError(stated.gpuCost(.bestCase, year: 2028).value, 4.45e9) < 0.02)
        #expect(projectionRelativeError(cal.gpuCost(.bestCase, year: 2028).value, 5.63e9) < 0.02)
        #expect(projectionRelativeError(stated.gpuCost(.worstCase, year: 2028).value, 146e9) < 0.02)
        #expect(projectionRelativeError(cal.gpuCost(.worstCase, year: 2028).value, 184e9) < 0.02)
        // Ordering: best < guess < worst after the anchor.
        for y in 2024...2035 {
            #expect(stated.gpuCost(.bestCase, year: y) < stated.gpuCost(.bestGuess, year: y))
            #expect(stated.gpuCost(.bestGuess, year: y) < stated.gpuCost(.worstCase, year: y))
        }
    }

    // The presets differ from the stated constants in exactly one knob each.
    @Test func presetsChangeOneKnob() {
        let s = TrendPreset.paperStated.constants
        var td = s
        td.projectedDoublingYears = 2.95
        td.source = TrendPreset.paperCalibrated.constants.source
        #expect(td == TrendPreset.paperCalibrated.constants)
        var g = s
        g.parameterGrowth = 2.873
        g.source = TrendPreset.paperCalibratedGrowth.constants.source
        #expect(g == TrendPreset.paperCalibratedGrowth.constants)
    }
}
