import Foundation
import ReckonCore
import ReckonReport

/// `fit`: refits the five fitted constants of ``StepTimeConstants/default`` on the calibration rows of
/// `reckon validate` and prints them next to the preset, so that anyone can check the preset is the fit.
///
/// Loss: mean |ln(predicted/published)| over the calibration rows (a row without a prediction counts 1);
/// coordinate descent from the preset with multiplicative steps of 10%, halved each round, six rounds.
/// `fit dump` prints every calibration row's error at the preset instead.
func benchFit() throws {
    let cases = GroundTruth.all.filter { $0.calibration }
    func loss(_ c: StepTimeConstants) -> Double {
        let results = Validation.run(cases, constants: c)
        let terms = results.map { r -> Double in r.predicted.map { abs(log($0 / r.validationCase.published)) } ?? 1 }
        return terms.reduce(0, +) / Double(terms.count)
    }
    let preset = StepTimeConstants.default
    let keys: [WritableKeyPath<StepTimeConstants, Double>] = [
        \.gemmPeakEfficiency, \.fp8GemmEfficiency, \.attentionEfficiency, \.elementwiseTrafficPerActivationByte,
        \.moeLayerHostSeconds, \.groupedGemmEfficiency,
    ]
    let names = [
        "gemmPeakEfficiency", "fp8GemmEfficiency", "attentionEfficiency",
        "elementwiseTrafficPerActivationByte", "moeLayerHostSeconds", "groupedGemmEfficiency",
    ]
    // `fit moe`: only the two MoE constants, the dense ones held at the preset.
    let fitted = CommandLine.arguments.contains("moe") ? [4, 5] : Array(keys.indices)
    if CommandLine.arguments.contains("dump") {
        for r in Validation.run(cases, constants: preset) {
            let e = r.error.map { String(format: "%+.1f%%", $0 * 100) } ?? "none"
            print(r.validationCase.id, e, r.plan?.summary ?? r.reason ?? "")
        }
        return
    }
    var best = preset
    var bestLoss = loss(preset)
    print(String(format: "preset loss %.4f over %d calibration rows", bestLoss, cases.count))
    var step = 0.1
    for round in 0..<6 {
        for key in fitted.map({ keys[$0] }) {
            for direction in [1.0, -1.0] {
                while true {
                    var trial = best
                    trial[keyPath: key] *= 1 + direction * step
                    let l = loss(trial)
                    if l < bestLoss - 1e-5 {
                        best = trial
                        bestLoss = l
                    } else {
                        break
                    }
                }
            }
        }
        step /= 2
        print(String(format: "round %d: loss %.4f", round, bestLoss))
    }
    for (name, key) in zip(names, keys) {
        print("\(name): preset \(preset[keyPath: key]), fitted \(best[keyPath: key])")
    }
}
