import Foundation
import ReckonUnits

/// What K experts are worth: the dense-equivalent size of a routed (mixture-of-experts) model, from a published
/// scaling law, so that the cost at equal quality does not fall as 1/K forever.
///
/// Clark et al. 2022 ("Unified Scaling Laws for Routed Language Models", ICML, arXiv:2202.01169), Eq. 1, fitted to
/// Sinkhorn-BASE routing at a fixed token budget:
///
/// ```
/// log L(N, E) = a·log N + b·log E + c·log N·log E + d        (log base 10)
/// N̄(N, E)    = N · E^γ(N),   γ(N) = (b + c·log N) / a         effective parameter count: L(N̄, 1) = L(N, E)
/// N_cut       = 10^(−b/c)                                      γ(N_cut) = 0: past it experts add nothing
/// ```
/// - `N`: parameters of the dense model each token sees (the active parameters), `E`: experts
/// - `a` = −0.082, `b` = −0.108, `c` = 0.009 (S-BASE). These are Clark et al.'s published values as recalled,
///   not re-read in a stored copy of the paper; an independent refit of the same data (the "moe_scaling_law" task of
///   the scaling-law-discovery benchmark, linhaowei1.github.io/scaling_law_discovery) finds −0.0845, −0.101 and
///   0.0041 per natural log (= 0.0094 per log₁₀), within 3–7%. `d` cancels in N̄.
/// - Fitted on dense bases of 15M–1.3B parameters with up to 512 experts (Clark et al., Sec. 3); beyond that the
///   law is an extrapolation and ``rangeWarning(activeParameters:experts:)`` says so.
///
/// The cost at equal quality of a K-expert model standing in for a dense P-parameter model trained on the same tokens:
///
/// ```
/// log N_req  = (log P − (b/a)·log E) / (1 + (c/a)·log E)       the base that reaches N̄ = P    (N_req = P past N_cut)
/// f(P, E)    = clamp(N_req / P, 1/E, 1) · (1 + E / (12·d_model))
/// ```
/// - `E` is capped at 512, the largest count fitted: experts beyond it are credited nothing (Clark et al.'s own
///   saturating form Ê flattens there too), which also keeps the inversion's denominator positive.
/// - `1/E` is the paper's identity `C_MoE = 120·P²/K` (Faraboschi et al. 2024, Sec. 1.3), the best the law may give.
/// - `E/(12·d_model)`: the router's FLOP — 2·d_model·E per token per routed layer against 2·N = 24·L·d_model² for the
///   layers it gates (N ≈ 12·L·d_model², Kaplan et al. 2020); `d_model = (128·N_req/12)^(1/3)` at GPT-3's aspect
///   ratio d/L = 128 when no shape is known. This is the paper's "the expert gating function ... becomes more
///   complex as K grows" (Sec. 1.3) as FLOP; load imbalance (capacity factors, dropped tokens) is not modelled.
///
/// Caveat: Clark et al. held the token budget fixed; Krajewski et al. 2024 (fine-grained experts, tokens varied)
/// find the gain of routing growing with scale instead. At frontier sizes both are extrapolations.
public struct RoutedScalingLaw: Sendable, Hashable, Codable {
    public var name: String
    public var a: Double, b: Double, c: Double
    /// The base sizes and expert counts the coefficients were fitted on.
    public var fittedActiveParameters: ClosedRange<Double>
    public var fittedExperts: ClosedRange<Double>
    public var source: String

    public init(
        name: String, a: Double, b: Double, c: Double, fittedActiveParameters: ClosedRange<Double>,
        fittedExperts: ClosedRange<Double>, source: String
    ) {
        self.name = name
        self.a = a
        self.b = b
        self.c = c
        self.fittedActiveParameters = fittedActiveParameters
        self.fittedExperts = fittedExperts
        self.source = source
    }

    /// Clark et al. 2022, Sinkhorn-BASE.
    public static let clark2022 = RoutedScalingLaw(
        name: "clark-2022", a: -0.082, b: -0.108, c: 0.009, fittedActiveParameters: 15e6...1.3e9,
        fittedExperts: 1...512,
        source: "Clark et al. 2022, Unified Scaling Laws for Routed Language Models (arXiv:2202.01169), Eq. 1, "
            + "S-BASE: a = -0.082, b = -0.108, c = 0.009 (log10); fitted on 15M-1.3B dense bases, 1-512 experts")

    /// The expert count the law is evaluated at: at least 1, at most the largest fitted.
    func credited(_ experts: Double) -> Double { Swift.min(Swift.max(1, experts), fittedExperts.upperBound) }

    /// `γ(N)`: the exponent of E in the effective parameter count (≥ 0; 0 past `N_cut`).
    public func exponent(activeParameters n: Double) -> Double {
        Swift.max(0, (b + c * log10(n)) / a)
    }

    /// `N_cut = 10^(−b/c)`: the active size past which experts add nothing (1.0e12 for S-BASE).
    public var cutoffParameters: Double { pow(10, -b / c) }

    /// `N̄`: the dense model a routed model of `n` active parameters and `experts` experts matches.
    public func effectiveParameters(activeParameters n: Double, experts: Double) -> Double {
        n * pow(credited(experts), exponent(activeParameters: n))
    }

    /// `N_req`: the active parameters a routed model of `experts` experts needs to match a dense model of `p`.
    public func requiredActiveParameters(denseEquivalent p: Double, experts: Double) -> Double {
        let e = credited(experts)
        guard e > 1 else { return p }
        let logE = log10(e)
        let x = (log10(p) - (b / a) * logE) / (1 + (c / a) * logE)
        let n = pow(10, x)
        // Past the cutoff experts give nothing: the routed model needs the dense model's size.
        guard exponent(activeParameters: n) > 0, n < p else { return p }
        return n
    }

    /// `d_model` of a model of `n` parameters at GPT-3's aspect ratio d/L = 128: N = 12·L·d² → d = (128·N/12)^(1/3).
    public static func estimatedHiddenSize(parameters n: Double) -> Double { pow(128 * n / 12, 1.0 / 3) }

    /// `f(P, E)`: training compute of the routed model that matches a dense P-parameter model, ÷ the dense model's,
    /// on the same tokens; router FLOP included. `hiddenSize` nil: estimated from the size.
    public func costFactor(denseEquivalent p: Double, experts: Double, hiddenSize: Double? = nil) -> Double {
        let k = Swift.max(1, experts)
        guard k > 1 else { return 1 }
        let n = requiredActiveParameters(denseEquivalent: p, experts: k)
        let share = Swift.min(1, Swift.max(1 / k, n / p))
        let d = hiddenSize ?? Self.estimatedHiddenSize(parameters: share * p)
        return share * (1 + k / (12 * d))
    }

    /// The same factor under the paper's identity, for comparison: 1/K.
    public static func paperFactor(experts: Double) -> Double { 1 / Swift.max(1, experts) }

    /// A sentence when `activeParameters` or `experts` lies outside the fitted range, else nil.
    public func rangeWarning(activeParameters n: Double, experts: Double) -> String? {
        var out: [String] = []
        if !fittedActiveParameters.contains(n) {
            out.append(
                "\(NumberFormat.count(n)) active parameters (fitted: "
                    + "\(NumberFormat.count(fittedActiveParameters.lowerBound))"
                    + "–\(NumberFormat.count(fittedActiveParameters.upperBound)))")
        }
        if experts > fittedExperts.upperBound {
            out.append(
                "\(NumberFormat.count(experts)) experts (fitted: up to "
                    + "\(NumberFormat.count(fittedExperts.upperBound)); "
                    + "the rest credited nothing)")
        }
        guard !out.isEmpty else { return nil }
        return "MoE law \(name) is extrapolated: " + out.joined(separator: " and ") + "."
    }
}
