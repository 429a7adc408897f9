import ReckonCore
import ReckonUnits

/// The distributed-systems lever's gain from the reliability model of `reckon scale` (``ResilienceGain``): baseline
/// time ÷ optimized time for the paper's 1.8T-parameter model on `gpus` accelerators, under the default failure
/// preset (observed rates, model-state checkpoints) unless another is given.
///
/// ```
/// r(N) = T_wall,baseline(N) / T_wall,optimized(N)
/// ```
/// `paper-2024` with the `gpu-memory` basis gives the paper's Fig. 7 ratio (≈ 2.0 at 50k GPUs); the observed default
/// gives ×1.26 at 50k (model-state checkpoints are fast, so faster restarts and tolerance carry the gain).
/// When the baseline never finishes r is capped at the lever's maximum, 1,000.
public struct ReliabilitySupercomputingGain: SupercomputingGainModel {
    let gain: ResilienceGain
    /// The paper's Fig. 7 model size.
    public static let parameters = ResilienceGain.figure7Parameters
    /// The cap on r: ``Lever/distributedSystems(gpus:gainModel:)`` accepts 1...1000.
    public static let cap = ResilienceGain.cap

    public init(preset: FailurePreset = .defaultPreset(), basis: TimeToTrain.CheckpointBasis? = nil) throws {
        gain = try ResilienceGain(preset: preset, basis: basis, parameters: Self.parameters)
    }

    public func gain(gpus: Int) -> Double { gain.gain(gpus: gpus) }

    public var source: String { gain.source }
}
