import ReckonUnits

/// Where the distributed-systems lever gets its gain: the ratio of training time without to with supercomputing
/// technology (checkpointing bandwidth, smaller checkpoints, failure-tolerant runtime) on a system of `gpus`
/// accelerators.
///
/// `reckon roadmap` takes it from the reliability model (``ResilienceGain``: baseline ÷ optimized time to train under
/// the default failure preset, at the scenario's GPU count); ``PaperStatedSupercomputingGain`` is the paper's "~2x at
/// 50k GPUs" as a constant.
public protocol SupercomputingGainModel: Sendable {
    /// Time (and so cost) without supercomputing technology ÷ time with it, on `gpus` accelerators (≥ 1).
    func gain(gpus: Int) -> Double
    /// Where the number comes from.
    var source: String { get }
}

/// The paper's statement as a constant: "With 50k GPUs we estimate that we can reduce the cost by ~2x, less with
/// smaller systems, more with larger systems" (Sec. 3.1, Fig. 7).
///
/// A documented fallback: it returns the same 2x at every size, so it overstates the gain below ~50k GPUs
/// (the reconstruction gives ×1.23 at 16k, ×1.39 at 25k) and understates it above (×4.5 at 100k; framework.md §3.2).
public struct PaperStatedSupercomputingGain: SupercomputingGainModel {
    public var ratio: Double
    public init(ratio: Double = 2.0) { self.ratio = ratio }
    public func gain(gpus: Int) -> Double { ratio }
    public var source: String {
        "Faraboschi et al. 2024, Sec. 3.1 / Fig. 7: '~2x' cost reduction at 50k GPUs (constant fallback, "
            + "size-independent)"
    }
}

/// A gain given by a function, e.g. the reliability model's base ÷ optimized time at `gpus`.
public struct SupercomputingGainFunction: SupercomputingGainModel {
    public let body: @Sendable (Int) -> Double
    public let source: String
    public init(source: String, _ body: @escaping @Sendable (Int) -> Double) {
        self.body = body
        self.source = source
    }
    public func gain(gpus: Int) -> Double { body(gpus) }
}

/// The distributed-systems gain from the reliability model: the time to train a model of `parameters` on the baseline
/// system ÷ on the optimized one, at the GPU count asked for.
///
/// ```
/// r(N) = T_wall,baseline(N) / T_wall,optimized(N)      (``TimeToTrain``, ``ReliabilityDefaults``)
/// ```
/// Under `paper-2024` with the `gpu-memory` basis this is Fig. 7's ratio (≈ 2.0 at 50k GPUs, ×1.23 at 16k, ×4.5 at
/// 100k); under the default `llama3-observed` with model-state checkpoints it is much smaller (checkpoints of model
/// state are fast, so most of the gain is faster restarts and tolerance). Never below 1; capped at ``cap`` when the
/// baseline never finishes.
public struct ResilienceGain: SupercomputingGainModel {
    public let model: TimeToTrain
    public let baseline: ResilienceVariant
    public let optimized: ResilienceVariant
    public let parameters: Parameters
    public let preset: FailurePreset
    /// The cap on r: ``Lever/distributedSystems(gpus:gainModel:)`` accepts 1...1000.
    public static let cap = 1_000.0
    /// The paper's Fig. 7 model size (framework.md §3.4), the default.
    public static let figure7Parameters = Parameters(1.8e12)

    /// - Parameters:
    ///   - preset: failure preset (default: observed)
    ///   - basis: checkpoint basis (default: model state, or gpu memory when reproducing Fig. 7)
    ///   - parameters: the model whose checkpoints are written
    public init(
        preset: FailurePreset = .defaultPreset(), basis: TimeToTrain.CheckpointBasis? = nil,
        parameters: Parameters = figure7Parameters, table3: Table3Parameters = .paper2024
    ) throws {
        try Check.positive(parameters.value, "params", max: 1e18)
        model = try ReliabilityDefaults.model(preset: preset, table3: table3, basis: basis)
        baseline = try ReliabilityDefaults.baseline(for: preset, table3: table3)
        optimized = try ReliabilityDefaults.optimized(for: preset, table3: table3)
        self.parameters = parameters
        self.preset = preset
    }

    /// The paper's Fig. 7 setting: `paper-2024`, `gpu-memory`, 1.8T parameters.
    public static func figure7() throws -> ResilienceGain {
        try ResilienceGain(preset: .paper2024, basis: .gpuMemory)
    }

    public func gain(gpus: Int) -> Double {
        let n = Swift.max(1, gpus)
        let b = model.evaluate(parameters: parameters, gpus: n, variant: baseline).wallClock.value
        let o = model.evaluate(parameters: parameters, gpus: n, variant: optimized).wallClock.value
        guard o.isFinite, o > 0 else { return 1 }
        guard b.isFinite else { return Self.cap }
        return Swift.min(Self.cap, Swift.max(1, b / o))
    }

    public var source: String {
        "reliability model (`reckon scale`, \(preset.rawValue), \(model.checkpointBasis.name) checkpoints of a "
            + "\(parameters.formatted)-parameter model): baseline ÷ optimized time to train"
    }
}

extension Lever {
    /// Distributed systems: supercomputing technology raises effective utilization of a large system.
    ///
    /// ```
    /// f = 1 / r(N)
    /// ```
    /// - `r(N)`: time without ÷ with supercomputing technology on N accelerators, from `gainModel`
    ///   (paper: ~2 at N = 50,000, Sec. 3.1 / Fig. 7).
    public static func distributedSystems(
        gpus: Int = 50_000,
        gainModel: any SupercomputingGainModel = PaperStatedSupercomputingGain()
    ) -> Lever {
        let r = gainModel.gain(gpus: gpus)
        precondition(r.isFinite && r >= 1, "a supercomputing gain model must return a finite ratio ≥ 1")
        return Lever(
            id: .distributedSystems, parameterName: "time ratio without/with supercomputing technology",
            parameterUnit: "×", baseline: 1, value: r, allowed: 1...1000,
            source: gainModel.source + " (at \(gpus) GPUs)")
    }
}
