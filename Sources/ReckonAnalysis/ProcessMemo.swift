import Foundation

/// A process-wide memo of a pure function's answers, nil answers included.
///
/// For the plan searches that one command asks several times with the same inputs (a Monte Carlo run resolves its
/// median scenario and its p5/p95 checks; the roadmap asks η_MoE once per sample). Bounded: past `capacity` entries
/// the table starts again. Lookups and stores hold the lock; the computation runs outside it.
public final class ProcessMemo<Key: Hashable & Sendable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var table: [Key: Value?] = [:]
    public let capacity: Int

    public init(capacity: Int = 1_024) { self.capacity = capacity }

    /// The stored answer for `key`, or `compute()`'s, stored.
    public func value(_ key: Key, compute: () -> Value?) -> Value? {
        lock.lock()
        let stored = table[key]
        lock.unlock()
        if let stored { return stored }
        let fresh = compute()
        lock.lock()
        if table.count >= capacity { table.removeAll(keepingCapacity: true) }
        table[key] = .some(fresh)
        lock.unlock()
        return fresh
    }
}
