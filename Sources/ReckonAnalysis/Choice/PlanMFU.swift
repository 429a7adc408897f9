import ReckonCore

/// The MFU a training run is costed at when the plan model predicts it: the fastest plan's model FLOP/s per GPU
/// against the peak the run is priced at. One definition for `reckon train` (without `--mfu`) and `reckon choose`,
/// so the two give the same figures for the same plan.
///
/// ```
/// MFU      = min(1, F_model / F_peak)            without a compute rule
/// MFU_rule = min(1, (C/D) · r / F_peak)          with the rule's FLOP per token C/D (e.g. 6·N_active)
/// ```
/// - `F_model` ``PlanEstimate/modelFLOPPerSecondPerGPU`` of the fastest plan, FLOP/s per GPU (no recomputation
///   counted: Chowdhery et al. 2022, PaLM, Appendix B)
/// - `r` the fastest plan's tokens per second per GPU (``PlanEstimate/tokensPerSecond`` ÷ GPUs)
/// - `F_peak` the accelerator's dense peak at the costed precision, FLOP/s (`AcceleratorSpec.peak(at:)`)
///
/// In the rule's terms `C / (n·F_peak·MFU_rule)` is the plan model's predicted time: the plan model's own FLOP also
/// count attention scores, the output layer and multi-token prediction, which `6·N·D` leaves out.
public enum PlanMFU {
    /// `min(1, F_model / F_peak)`, or `min(1, (C/D)·r / F_peak)` when `flopPerToken` is given.
    @inlinable
    public static func mfu(_ estimate: PlanEstimate, peak: Double, gpus: Int, flopPerToken: Double?) -> Double {
        guard let flopPerToken else { return min(1, estimate.modelFLOPPerSecondPerGPU / peak) }
        return min(1, flopPerToken * estimate.tokensPerSecond / Double(gpus) / peak)
    }

    /// The precision the plan model trains in for a run costed at `precision`: FP8 GEMMs where the run is costed
    /// at FP8, the accelerator has an FP8 peak and the framework trains in FP8; BF16 otherwise.
    @inlinable
    public static func trainingPrecision(
        _ precision: Precision, hardware: PlanHardware,
        framework: FrameworkProfile
    ) -> TrainingPrecision {
        precision == .fp8 && hardware.fp8PeakFLOPPerSecond > 0 && framework.fp8 ? .fp8 : .bf16
    }
}
