import ReckonAnalysis
import ReckonCore

/// The process-wide memo of ``PlanRequest/predictedMFU(model:accelerator:gpus:precision:framework:flopPerToken:)``:
/// the plan search is a pure function of these inputs, and one command often asks it the same question several times
/// (a Monte Carlo run resolves its median scenario and the scenarios at p5 and p95 to check its fast path, each with
/// the same `--mfu` warning check; `choose` and the web app repeat whole requests).
enum PredictedMFUMemo {
    struct Key: Hashable, Sendable {
        var model: ModelSpec
        var accelerator: AcceleratorSpec
        var gpus: Int
        var precision: Precision
        var framework: FrameworkProfile
        var flopPerToken: Double?
    }

    static let shared = ProcessMemo<Key, (mfu: Double, assumption: Assumption)>()
}
