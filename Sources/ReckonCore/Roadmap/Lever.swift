import Foundation

/// The seven technology areas of the paper's Table 2 ("Evolutionary Roadmap").
public enum LeverID: String, Sendable, Hashable, Codable, CaseIterable {
    case distributedSystems = "distributed-systems"
    case dataReduction = "data-reduction"
    case modelPartitioning = "model-partitioning"
    case trainingAlgorithms = "training-algorithms"
    case dataFormats = "data-formats"
    case efficientHardware = "efficient-hardware"
    case competitiveAccelerators = "competitive-accelerators"

    /// The area as named in Table 2.
    public var area: String {
        switch self {
        case .distributedSystems: "Distributed Systems"
        case .dataReduction: "Data Reduction"
        case .modelPartitioning: "Model Partitioning"
        case .trainingAlgorithms: "Training Algorithms"
        case .dataFormats: "Data Formats"
        case .efficientHardware: "Efficient Hardware"
        case .competitiveAccelerators: "Competitive Accelerators"
        }
    }

    /// The description of the area in Table 2.
    public var tableTwoDescription: String {
        switch self {
        case .distributedSystems: "Increase system utilization with supercomputing technology"
        case .dataReduction: "Reduce tokens per parameter (regularization, lower dataset noise)"
        case .modelPartitioning: "Increase sparsely activated partitions (mixture of experts)"
        case .trainingAlgorithms: "Drive improvements that accelerate training convergence"
        case .dataFormats: "Efficient numeric representations (sparsity, precision, logarithmic)"
        case .efficientHardware: "Specialize beyond GPUs (remove fetch-decode overhead)"
        case .competitiveAccelerators: "Align Accelerator margins to semiconductor averages"
        }
    }
}

/// How the user sets a lever: off (factor 1), on (its default value), or a value of the lever's own parameter.
public enum LeverSetting: Sendable, Hashable {
    case off
    case on
    case value(Double)
}

/// One lever of the roadmap: a multiplicative factor on the training cost, derived from a physical or economic
/// parameter (tokens per parameter, partitions, speed-up, gross margin …) and its source.
///
/// ```
/// Cost_after = Cost_before · f(baseline, value)
/// ```
/// The function `f` of each lever is documented on its constructor (`Lever.dataReduction(...)` …). A lever
/// that is off has f = 1.
public struct Lever: Sendable, Hashable, Identifiable {
    public var id: LeverID
    /// The lever's parameter, e.g. "tokens per parameter".
    public var parameterName: String
    /// Unit of the parameter ("tokens/param", "×", "fraction").
    public var parameterUnit: String
    /// Value of the parameter in the baseline scenario.
    public var baseline: Double
    /// Value of the parameter with the lever applied (the default or the user's).
    public var value: Double
    /// Allowed values of `value` (validated by ``Lever/setting(_:)``).
    public var allowed: ClosedRange<Double>
    /// Where the default `baseline` and `value` come from.
    public var source: String
    /// False when the lever is switched off.
    public var isEnabled: Bool
    /// Model partitioning: the scaling law that says what the experts are worth, and the dense model size they
    /// stand in for (nil: the paper's identity, f = K_0/K).
    public var moeLaw: RoutedScalingLaw?
    public var denseEquivalentParameters: Double?
    /// Model partitioning: `η_MoE`, the routed model's step efficiency against the dense one's on the run's cluster
    /// (the plan model's MFU ratio, `MoEStepEfficiency` in ReckonAnalysis); nil counts FLOP only.
    public var stepEfficiency: Double?

    public init(
        id: LeverID, parameterName: String, parameterUnit: String, baseline: Double, value: Double,
        allowed: ClosedRange<Double>, source: String, isEnabled: Bool = true,
        moeLaw: RoutedScalingLaw? = nil, denseEquivalentParameters: Double? = nil
    ) {
        self.id = id
        self.parameterName = parameterName
        self.parameterUnit = parameterUnit
        self.baseline = baseline
        self.value = value
        self.allowed = allowed
        self.source = source
        self.isEnabled = isEnabled
        self.moeLaw = moeLaw
        self.denseEquivalentParameters = denseEquivalentParameters
        stepEfficiency = nil
    }

    /// The cost multiplier of the lever when it is on (< 1 reduces cost; > 1 raises it).
    ///
    /// ```
    /// model partitioning   f = f_FLOP / η_MoE       η_MoE = MFU_routed / MFU_dense (stepEfficiency; 1 when nil)
    /// ```
    /// `f_FLOP` is ``flopFactor``: with a scaling law `f_law(P, K) / f_law(P, K_0)` at equal quality
    /// (``RoutedScalingLaw/costFactor(denseEquivalent:experts:hiddenSize:)``); otherwise the formulas of
    /// ``factor(_:baseline:value:)``. Dividing by `η_MoE` prices the routed model's slower step (all-to-all, grouped
    /// GEMMs, expert memory) at the dense model's cost per GPU-second.
    public var factor: Double {
        guard id == .modelPartitioning, let eta = stepEfficiency, eta > 0 else { return flopFactor }
        return flopFactor / eta
    }

    /// The multiplier from FLOP alone (no step efficiency).
    public var flopFactor: Double {
        if id == .modelPartitioning, let law = moeLaw, let p = denseEquivalentParameters {
            return law.costFactor(denseEquivalent: p, experts: value)
                / law.costFactor(
                    denseEquivalent: p,
                    experts: baseline)
        }
        return Lever.factor(id, baseline: baseline, value: value)
    }

    /// When the lever rests on a scaling law used outside its fitted range: a sentence saying so, else nil.
    public var rangeWarning: String? {
        guard id == .modelPartitioning, isEnabled, let law = moeLaw,
            let p = denseEquivalentParameters
        else { return nil }
        let k = Swift.max(1, value)
        return law.rangeWarning(
            activeParameters: law.requiredActiveParameters(denseEquivalent: p, experts: k),
            experts: k)
    }

    /// The multiplier applied: `factor` when on, 1 when off.
    public var effectiveFactor: Double { isEnabled ? factor : 1 }

    /// Orders of magnitude the lever removes from the cost: `−log10(effectiveFactor)`.
    public var ordersOfMagnitude: Double { -log10(effectiveFactor) }

    /// The lever with a setting applied; throws ``InputError`` (field = the lever's flag) for a value outside
    /// `allowed`.
    public func setting(_ setting: LeverSetting) throws -> Lever {
        var lever = self
        switch setting {
        case .off: lever.isEnabled = false
        case .on: lever.isEnabled = true
        case .value(let x):
            guard x.isFinite, allowed.contains(x) else {
                throw InputError(
                    field: id.rawValue.replacingOccurrences(of: "-", with: "_"), value: Check.shown(x),
                    allowed:
                        "on, off, or a value from \(Check.shown(allowed.lowerBound)) to "
                        + "\(Check.shown(allowed.upperBound)) "
                        + "(\(parameterName), \(parameterUnit))")
            }
            lever.value = x
            lever.isEnabled = true
            lever.source = "user value; default: " + source
        }
        return lever
    }

    /// The factor formula of each lever.
    ///
    /// ```
    /// distributed systems       f = 1 / r                  r = time without ÷ with supercomputing technology
    /// data reduction            f = t / t_0                t = tokens per parameter (C = 6·P·t·P)
    /// model partitioning        f = K_0 / K                C_MoE = 120·P²/K (Sec. 1.3); with a law, see `factor`
    /// training algorithms       f = 1 / s                  s = convergence speed-up
    /// data formats              f = 1 / s                  s = throughput gain over BF16
    /// efficient hardware        f = 1 / s                  s = efficiency gain over GPUs
    /// competitive accelerators  f = (1 − m_0) / (1 − m)    price = cost / (1 − gross margin) (Fig. 9)
    /// ```
    public static func factor(_ id: LeverID, baseline: Double, value: Double) -> Double {
        switch id {
        case .dataReduction: value / baseline
        case .modelPartitioning: baseline / value
        case .competitiveAccelerators: (1 - baseline) / (1 - value)
        case .distributedSystems, .trainingAlgorithms, .dataFormats, .efficientHardware: baseline / value
        }
    }
}
