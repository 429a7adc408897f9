import Dispatch

/// Deals a list of work units to the workers of a parallel loop in contiguous parts of about equal weight, one part at
/// a time (a worker that drew light parts draws more), and forwards the units finished to a progress callback.
///
/// ```
/// part j ends after the first unit where  Σ weights ≥ (j + 1) · W / P     (W the total weight, P the parts)
/// ```
/// The parts are fixed by the weights alone; which worker searches which part changes no result of a search whose
/// merge does not depend on the order (``PlanSearch``'s ranking is a total order). Dealing a part takes one lock;
/// with a few dozen parts per worker that is negligible next to the work, where dealing single small units is not.
final class WorkDealer: @unchecked Sendable {
    private let parts: [Range<Int>]
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private var dealt = 0
    private var done = 0
    private let queue = DispatchQueue(label: "reckon.work-dealer")

    /// `weights[i]` is unit i's expected work (any non-negative scale); `parts` is how many parts to cut at most.
    init(weights: [Int], parts: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.parts = WorkDealer.cut(weights, parts: parts)
        self.total = weights.count
        self.report = report
    }

    /// The contiguous parts of `weights`' indices, each ending where the running weight first reaches its share
    /// (the last one at the end); weights that are all zero count as equal.
    static func cut(_ weights: [Int], parts: Int) -> [Range<Int>] {
        let sum = weights.reduce(0, +)
        let uniform = sum == 0
        let total = uniform ? weights.count : sum
        let count = max(1, parts)
        var result: [Range<Int>] = []
        var start = 0
        var running = 0
        for (i, w) in weights.enumerated() {
            running += uniform ? 1 : w
            // Part j closes once the running sum reaches (j + 1)/count of the total (integer arithmetic, exact).
            let share = result.count < count - 1 && running * count >= (result.count + 1) * total
            if share || i == weights.count - 1 {
                result.append(start..<(i + 1))
                start = i + 1
            }
        }
        return result
    }

    /// The next part's unit indices, or nil when all have been dealt.
    func next() -> Range<Int>? {
        queue.sync { () -> Range<Int>? in
            guard dealt < parts.count else { return nil }
            dealt += 1
            return parts[dealt - 1]
        }
    }

    /// Reports `part` finished to the progress callback, with the units finished so far and the units in all.
    func finished(_ part: Range<Int>) {
        guard let report else { return }
        let now = queue.sync { () -> Int in
            done += part.count
            return done
        }
        report(now, total)
    }
}
