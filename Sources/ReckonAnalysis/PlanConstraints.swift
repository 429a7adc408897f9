import ReckonCore

/// Parts of a parallel plan the user has fixed; `nil` leaves that axis free for ``PlanSearch``.
public struct PlanConstraints: Sendable, Hashable {
    public var tp: Int?
    /// Context-parallel ways; any value fixed here is tried at every sequence length.
    public var cp: Int?
    public var pp: Int?
    public var interleave: Int?
    public var ep: Int?
    /// Expert tensor-parallel ways (``ParallelPlan/etp``).
    public var etp: Int?
    /// The overlapped all-to-all schedule on or off (``ParallelPlan/expertOverlap``).
    public var expertOverlap: Bool?
    public var microbatch: Int?
    public var sequenceParallel: Bool?
    public var recompute: Recompute?
    /// With full recomputation: layers recomputed per stage (``ParallelPlan/recomputeLayers``); nil lets the
    /// search take the fewest that fit (when the framework offers partial recomputation) or all.
    public var recomputeLayers: Int?
    public var zeroStage: Int?
    /// Not searched: the precision the job trains in.
    public var precision: TrainingPrecision

    public init(
        tp: Int? = nil, cp: Int? = nil, pp: Int? = nil, interleave: Int? = nil, ep: Int? = nil,
        etp: Int? = nil, expertOverlap: Bool? = nil, microbatch: Int? = nil, sequenceParallel: Bool? = nil,
        recompute: Recompute? = nil, recomputeLayers: Int? = nil, zeroStage: Int? = nil,
        precision: TrainingPrecision = .bf16
    ) {
        self.tp = tp
        self.cp = cp
        self.pp = pp
        self.interleave = interleave
        self.ep = ep
        self.etp = etp
        self.expertOverlap = expertOverlap
        self.microbatch = microbatch
        self.sequenceParallel = sequenceParallel
        self.recompute = recompute
        self.recomputeLayers = recomputeLayers
        self.zeroStage = zeroStage
        self.precision = precision
    }

    /// Refuses a fixed part the framework does not offer, naming the field, the value and what is allowed
    /// (`--framework megatron-lm-2021 --cp 2` → field `cp`).
    public func check(framework f: FrameworkProfile) throws {
        func refuse(_ field: String, _ value: String, _ allowed: String) -> InputError {
            InputError(field: field, value: value, allowed: allowed, hint: "framework '\(f.id)'")
        }
        if let v = tp, v > 1, !f.tensorParallel { throw refuse("tp", "\(v)", "1 (\(f.id) has no tensor parallelism)") }
        if let v = pp, v > 1, !f.pipelineParallel {
            throw refuse("pp", "\(v)", "1 (\(f.id) has no pipeline parallelism)")
        }
        if let v = cp, v > 1, !f.contextParallel {
            throw refuse("cp", "\(v)", "1 (\(f.id) has no context parallelism)")
        }
        if let v = ep, v > 1, !f.expertParallel { throw refuse("ep", "\(v)", "1 (\(f.id) has no expert parallelism)") }
        if let v = etp, v > 1, !f.tensorParallel {
            throw refuse("etp", "\(v)", "1 (\(f.id) has no tensor parallelism)")
        }
        if expertOverlap == true, f.overlap.expertAllToAll <= 0 {
            throw refuse("expert_overlap", "true", "false (\(f.id) has no overlapped all-to-all schedule)")
        }
        if let v = interleave, v > 1, !f.interleavedSchedule {
            throw refuse("interleave", "\(v)", "1 (\(f.id) has no interleaved schedule)")
        }
        if sequenceParallel == true, !f.sequenceParallel {
            throw refuse("sequence_parallel", "true", "false (\(f.id) has no sequence parallelism)")
        }
        if let z = zeroStage, z != 0, !f.zeroStages.contains(z) {
            let stages = f.zeroStages.stages.map(String.init).joined(separator: ", ")
            throw refuse("zero", "\(z)", "one of \(stages) (the ZeRO stages of \(f.id))")
        }
        if precision == .fp8, !f.fp8 { throw refuse("precision", "fp8", "bf16 (\(f.id) has no FP8 training)") }
        if let k = recomputeLayers {
            guard k >= 1 else {
                throw InputError(field: "recompute_layers", value: "\(k)", allowed: "a whole number ≥ 1")
            }
            if recompute != nil, recompute != .full {
                throw InputError(field: "recompute_layers", value: "\(k)", allowed: "only with recompute full")
            }
        }
    }

    /// Shortest sequence at which ``PlanSearch`` tries context parallelism on its own: 16,384 tokens.
    ///
    /// A search rule, not a law: below it, activations of one sequence are small enough that TP, PP and
    /// recomputation fit them, so CP > 1 only adds ring traffic; skipping it keeps short-context searches
    /// exactly as fast (and their results exactly as) before CP existed. Fix `cp` to try it at any length.
    /// Llama 3 405B trained its 8K-token stage without CP and used CP 16 only for the 128K stage
    /// (arXiv:2407.21783, Table 4), hence above 8,192.
    public static let contextParallelMinimumSequence = 16_384

    /// The CP ways the search tries for `sequenceLength` and `gpus`: `fixed` alone (if the load-balanced
    /// split into `2·CP` chunks divides the sequence, or CP = 1), else 1 and, from
    /// ``contextParallelMinimumSequence`` tokens on, every power of two with `2·CP | s` and `CP | N`
    /// (only 1 when the framework has no context parallelism).
    static func contextParallelChoices(
        sequenceLength s: Int, gpus n: Int, fixed: Int?,
        supported: Bool = true
    ) -> [Int] {
        if let fixed { return fixed == 1 || (supported && fixed > 1 && s % (2 * fixed) == 0) ? [fixed] : [] }
        var list = [1]
        guard supported, s >= contextParallelMinimumSequence else { return list }
        var cp = 2
        while s % (2 * cp) == 0, n % cp == 0 {
            list.append(cp)
            cp *= 2
        }
        return list
    }

    /// The positive divisors of `n` in increasing order that pass `fixed` (all of them when `fixed` is nil).
    static func divisors(of n: Int, fixed: Int?) -> [Int] {
        guard n > 0 else { return [] }
        if let fixed { return fixed > 0 && n % fixed == 0 ? [fixed] : [] }
        var small: [Int] = []
        var large: [Int] = []
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
