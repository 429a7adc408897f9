import ReckonCore

/// The MFU a training run is costed at when the plan model predicts it: the fastest plan's model FLOP/s per GPU
/// against the peak the run is priced at. One definition for `reckon train` (without `--mfu`) and `reckon choose`,
/// so the two give the same figures for the same plan.
///
/// ```
/// MFU = min(1, F_model / F_peak)
/// ```
/// - `F_model` ``PlanEstimate/modelFLOPPerSecondPerGPU`` of the fastest plan, FLOP/s per GPU (no recomputation
///   counted: Chowdhery et al. 2022, PaLM, Appendix B)
/// - `F_peak` the accelerator's dense peak at the costed precision, FLOP/s (`AcceleratorSpec.peak(at:)`)
public enum PlanMFU {
    /// `min(1, F_model / F_peak)`.
    @inlinable
    public static func mfu(_ estimate: PlanEstimate, peak: Double) -> Double {
        min(1, estimate.modelFLOPPerSecondPerGPU / peak)
    }

    /// The precision the plan model trains in for a run costed at `precision`: FP8 GEMMs where the run is costed
    /// at FP8 and the accelerator has an FP8 peak, BF16 otherwise.
    @inlinable
    public static func trainingPrecision(_ precision: Precision, hardware: PlanHardware) -> TrainingPrecision {
        precision == .fp8 && hardware.fp8PeakFLOPPerSecond > 0 ? .fp8 : .bf16
    }
}
