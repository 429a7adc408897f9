import Foundation
import ReckonCore

/// A process-wide memo of ``PlanRequest/predictedMFU(model:accelerator:gpus:precision:framework:flopPerToken:)``.
///
/// The plan search is a pure function of its inputs, and one command often asks it the same question several times:
/// a Monte Carlo run resolves its median scenario and then the scenarios at p5 and p95 to check its fast path, each
/// with the same `--mfu` warning check; `choose` and the web app repeat whole requests. Entries are few (one per
/// distinct model, accelerator, GPU count, precision, framework and rule); past 1,024 the memo starts again.
final class PredictedMFUMemo: @unchecked Sendable {
    struct Key: Hashable {
        var model: ModelSpec
        var accelerator: AcceleratorSpec
        var gpus: Int
        var precision: Precision
        var framework: FrameworkProfile
        var flopPerToken: Double?
    }

    typealias Value = (mfu: Double, assumption: Assumption)

    static let shared = PredictedMFUMemo()
    static let capacity = 1_024

    private let lock = NSLock()
    private var entries: [Key: Value?] = [:]

    /// The stored answer for `key`, or `compute()`'s, stored (the search runs outside the lock).
    func value(_ key: Key, compute: () -> Value?) -> Value? {
        lock.lock()
        let stored = entries[key]
        lock.unlock()
        if let stored { return stored }
        let fresh = compute()
        lock.lock()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = .some(fresh)
        lock.unlock()
        return fresh
    }
}
