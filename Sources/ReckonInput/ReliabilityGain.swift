import ReckonCore
import ReckonUnits

/// The distributed-systems lever's gain from the reliability model of `reckon scale`: the paper's Fig. 7
/// baseline time ÷ optimized time for its 1.8T-parameter model on `gpus` accelerators.
///
/// ```
/// r(N) = T_wall,baseline(N) / T_wall,optimized(N)      (TimeToTrain, Table 3 defaults)
/// ```
/// At 50,000 GPUs r ≈ 2.0, the paper's "~2x" (Sec. 3.1); less below (×1.23 at 16k), more above (×4.5 at 100k).
/// When the baseline never finishes (checkpoints slower than failures) r is capped at the lever's maximum, 1,000.
public struct ReliabilitySupercomputingGain: SupercomputingGainModel {
    let model: TimeToTrain
    let baseline: ResilienceVariant
    let optimized: ResilienceVariant
    /// The paper's Fig. 7 model size.
    public static let parameters = Parameters(1.8e12)
    /// The cap on r: ``Lever/distributedSystems(gpus:gainModel:)`` accepts 1...1000.
    public static let cap = 1_000.0

    public init() throws {
        model = try TimeToTrain()
        baseline = try .baseline()
        optimized = try .optimized()
    }

    public func gain(gpus: Int) -> Double {
        let n = max(1, gpus)
        let b = model.evaluate(parameters: Self.parameters, gpus: n, variant: baseline).wallClock.value
        let o = model.evaluate(parameters: Self.parameters, gpus: n, variant: optimized).wallClock.value
        guard o.isFinite, o > 0 else { return 1 }
        guard b.isFinite else { return Self.cap }
        return min(Self.cap, max(1, b / o))
    }

    public var source: String {
        "reliability model of `reckon scale` (Faraboschi et al. 2024, Table 3 / Fig. 7): baseline ÷ optimized time to train the 1.8T model"
    }
}
