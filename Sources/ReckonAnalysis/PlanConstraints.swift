import ReckonCore

/// Parts of a parallel plan the user has fixed; `nil` leaves that axis free for ``PlanSearch``.
public struct PlanConstraints: Sendable, Hashable {
    public var tp: Int?
    public var pp: Int?
    public var interleave: Int?
    public var ep: Int?
    public var microbatch: Int?
    public var sequenceParallel: Bool?
    public var recompute: Recompute?
    public var zeroStage: Int?
    /// Not searched: the precision the job trains in.
    public var precision: TrainingPrecision

    public init(tp: Int? = nil, pp: Int? = nil, interleave: Int? = nil, ep: Int? = nil, microbatch: Int? = nil,
                sequenceParallel: Bool? = nil, recompute: Recompute? = nil, zeroStage: Int? = nil,
                precision: TrainingPrecision = .bf16) {
        self.tp = tp; self.pp = pp; self.interleave = interleave; self.ep = ep; self.microbatch = microbatch
        self.sequenceParallel = sequenceParallel; self.recompute = recompute; self.zeroStage = zeroStage
        self.precision = precision
    }

    /// The positive divisors of `n` in increasing order that pass `fixed` (all of them when `fixed` is nil).
    static func divisors(of n: Int, fixed: Int?) -> [Int] {
        guard n > 0 else { return [] }
        if let fixed { return fixed > 0 && n % fixed == 0 ? [fixed] : [] }
        var small: [Int] = [], large: [Int] = []
        var i = 1
        while i * i <= n {
            if n % i == 0 {
                small.append(i)
                if i * i != n { large.append(n / i) }
            }
            i += 1
        }
        return small + large.reversed()
    }
}
