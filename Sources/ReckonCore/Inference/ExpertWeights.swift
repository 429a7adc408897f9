import Foundation
import ReckonUnits

/// How much of a mixture-of-experts model's weights one decode step reads: the shared part always, each
/// routed expert only if at least one token in the step is sent to it.
///
/// ```
/// P_e = (N_total − N_active) / (1 − k/E)          routed-expert parameters (all experts)
/// S   = N_total − P_e                              shared parameters (attention, embeddings, shared experts)
/// touched(B) = S + P_e · (1 − (1 − k/E)^B)         parameters read by a step of B tokens
/// ```
/// - `E`: routed experts per layer; `k`: experts chosen per token; `B`: tokens in the step
/// - the two equations for `P_e` and `S` follow from `N_total = S + P_e` and `N_active = S + P_e·k/E`
///
/// Assumes uniform, independent routing (the load-balanced ideal); real routers are skewed, which touches
/// fewer experts. At B = 1 this reads exactly `N_active`; for large B it approaches `N_total`.
/// Source: the MoE definition (Shazeer et al. 2017, arXiv:1701.06538; Fedus et al. 2021, Switch
/// Transformer, arXiv:2101.03961); the occupancy formula is elementary probability.
public struct ExpertWeights: Sendable, Hashable {
    public var shared: Parameters
    public var routed: Parameters
    /// k / E.
    public var routedFraction: Double

    /// Nil for a dense model (no routed experts or nothing inactive).
    public init?(total: Parameters, active: Parameters, experts: Int, activeExperts: Int) {
        guard experts > 1, activeExperts >= 1, activeExperts < experts, active.value < total.value else { return nil }
        let p = Double(activeExperts) / Double(experts)
        let routed = (total.value - active.value) / (1 - p)
        guard routed <= total.value else { return nil }   // inconsistent counts: treat as dense
        self.shared = Parameters(total.value - routed); self.routed = Parameters(routed); self.routedFraction = p
    }

    /// Parameters read by a step of `tokens` tokens.
    @inlinable
    public func touched(tokens: Double) -> Parameters {
        let hit = 1 - Foundation.pow(1 - routedFraction, Swift.max(1, tokens))
        return Parameters(shared.value + routed.value * hit)
    }
}
