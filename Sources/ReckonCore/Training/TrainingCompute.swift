import ReckonUnits

/// How training compute is counted.
public enum ComputeRule: Sendable, Hashable {
    /// `C = 6·N·D`, N the active parameters, D the tokens.
    case sixND
    /// `C = 6·N·D + 6·L·n_ctx·d_model·D`: 6·N·D plus the attention-score term.
    case sixNDWithAttention
    /// The paper's identity `C = 120·P²/K` (6 FLOP per parameter-token, 20 tokens per parameter, K partitions).
    case paperIdentity(partitions: Int)
}

/// Training compute.
public enum TrainingCompute {
    /// Training FLOP of a dense or mixture-of-experts transformer.
    ///
    /// ```
    /// C = 6 · N · D
    /// ```
    /// - `N`: parameters used per token (active parameters for a mixture of experts), parameters
    /// - `D`: training tokens, tokens
    /// - `6`: 2 FLOP per parameter per token forward, 4 backward (multiply–add = 2 FLOP)
    ///
    /// Assumes one epoch and ignores the attention-score and embedding terms (small when
    /// d_model ≫ n_ctx/12). Source: Kaplan et al. 2020, Sec. 2.1; Hoffmann et al. 2022, Sec. 3.
    @inlinable
    public static func sixND(active: Parameters, tokens: Tokens) -> FLOP {
        FLOP(6 * active.value * tokens.value)
    }

    /// The attention-score term Kaplan et al. add to `6·N` per token.
    ///
    /// ```
    /// C_attn = 6 · L · n_ctx · d_model · D
    /// ```
    /// - `L`: layers; `n_ctx`: context length, tokens; `d_model`: hidden size; `D`: tokens.
    ///
    /// Forward cost of QKᵀ and attention × V is `2·L·n_ctx·d_model` FLOP per token; training is
    /// three times the forward pass. Source: Kaplan et al. 2020, Table 1 (C_forward ≈ 2N + 2·n_layer·n_ctx·d_model).
    @inlinable
    public static func attention(layers: Int, context: Int, hiddenSize: Int, tokens: Tokens) -> FLOP {
        FLOP(6 * Double(layers) * Double(context) * Double(hiddenSize) * tokens.value)
    }

    /// The paper's compute identity for a model of `P` parameters split into `K` sparsely activated partitions.
    ///
    /// ```
    /// C = C0 · P · T,  T = 20 · P      →  C = 120 · P²
    /// C_MoE = K · 120 · (P/K)² = 120 · P² / K
    /// ```
    /// - `P`: total parameters; `K`: partitions (experts), 1 for dense; `C0` = 6 FLOP per parameter-token.
    ///
    /// Source: Faraboschi et al. 2024, Sec. 1.3 (Chinchilla's 20 tokens per parameter).
    @inlinable
    public static func paperIdentity(parameters: Parameters, partitions: Int = 1) -> FLOP {
        FLOP(120 * parameters.value * parameters.value / Double(partitions))
    }

    /// Training FLOP per trained token under `rule`, for `model`: `6·N` (active), `6·N + 6·L·n_ctx·d_model`
    /// with the attention term, `6·P` for the paper's identity (`120·P²/K` over its `20·P/K` tokens). Nil when the
    /// attention term lacks the model's shape.
    public static func flopPerToken(rule: ComputeRule, model: ModelSpec) -> Double? {
        switch rule {
        case .sixND: return 6 * model.activeParameters.value
        case .sixNDWithAttention:
            guard let l = model.layers, let s = model.contextLength, let h = model.hiddenSize else { return nil }
            return 6 * model.activeParameters.value + 6 * Double(l) * Double(s) * Double(h)
        case .paperIdentity: return 6 * model.totalParameters.value
        }
    }
}
