import Foundation
import ReckonUnits

/// How much of a mixture-of-experts model's weights one forward step reads: the shared part always, each
/// routed expert only if at least one token in the step is sent to it.
///
/// ```
/// P_e = (N_total − N_active) / (1 − k/E)          routed-expert parameters (all experts, all MoE layers)
/// S   = N_total − P_e                              shared parameters (attention, embeddings, shared experts, dense
/// layers)
/// distinct(B) = E · (1 − (1 − k/E)^B)              expected experts of one layer a step of B tokens touches
/// touched(B)  = S + P_e · distinct(B) / E          parameters read by a step of B tokens
/// ```
/// - `E`: routed experts per MoE layer; `k`: experts chosen per token; `B`: tokens in the step (all the tokens
///   an expert-parallel group routes together, e.g. every data-parallel attention rank's batch)
/// - the two equations for `P_e` and `S` follow from `N_total = S + P_e` and `N_active = S + P_e·k/E`
///
/// Assumes uniform, independent routing (the load-balanced ideal); real routers are skewed, which touches
/// fewer experts (the busiest rank's extra work is ``EfficiencyFactors/expertImbalance``). At B = 1 this reads
/// exactly `N_active`; for large B it approaches `N_total`.
/// Source: the MoE definition (Shazeer et al. 2017, arXiv:1701.06538; Fedus et al. 2021, Switch
/// Transformer, arXiv:2101.03961); the occupancy formula is elementary probability (the expected number of
/// occupied bins after B·k draws without repeats within a token: 1 − (1 − k/E)^B per expert).
public struct ExpertWeights: Sendable, Hashable {
    public var shared: Parameters
    public var routed: Parameters
    /// k / E.
    public var routedFraction: Double
    /// Routed experts per MoE layer, `E`.
    public var experts: Int
    /// Routed experts per token, `k`.
    public var activeExperts: Int
    /// Layers with routed experts (the all-to-all count of expert parallelism).
    public var moeLayers: Int

    /// Nil for a dense model (no routed experts or nothing inactive).
    public init?(total: Parameters, active: Parameters, experts: Int, activeExperts: Int, moeLayers: Int = 1) {
        guard experts > 1, activeExperts >= 1, activeExperts < experts, active.value < total.value else { return nil }
        let p = Double(activeExperts) / Double(experts)
        let routed = (total.value - active.value) / (1 - p)
        guard routed <= total.value else { return nil }  // inconsistent counts: treat as dense
        self.shared = Parameters(total.value - routed)
        self.routed = Parameters(routed)
        self.routedFraction = p
        self.experts = experts
        self.activeExperts = activeExperts
        self.moeLayers = max(1, moeLayers)
    }

    /// The experts of `model`: its ``MoEShape`` when published, else its expert counts; nil for a dense model.
    public init?(model: ModelSpec) {
        let e = model.moe?.routedExperts ?? model.experts
        let k = model.moe?.expertsPerToken ?? model.activeExperts
        let layers = model.layers.map { model.moe?.moeLayers(of: $0) ?? $0 } ?? 1
        self.init(
            total: model.totalParameters, active: model.activeParameters, experts: e, activeExperts: k,
            moeLayers: layers)
    }

    /// Routed parameters a token passes through, `P_e · k/E`.
    public var routedActive: Parameters { Parameters(routed.value * routedFraction) }

    /// Expected distinct experts of one layer that a step of `tokens` tokens touches, `E·(1 − (1 − k/E)^B)`.
    @inlinable
    public func distinctExperts(tokens: Double) -> Double {
        Double(experts) * touchedFraction(tokens: tokens)
    }

    /// `1 − (1 − k/E)^B`: the share of routed experts a step of `tokens` tokens reads.
    @inlinable
    public func touchedFraction(tokens: Double) -> Double {
        1 - Foundation.pow(1 - routedFraction, Swift.max(1, tokens))
    }

    /// Parameters read by a step of `tokens` tokens.
    @inlinable
    public func touched(tokens: Double) -> Parameters {
        Parameters(shared.value + routed.value * touchedFraction(tokens: tokens))
    }
}
