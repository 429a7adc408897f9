import ReckonCore

/// The model: a catalog entry, or a size and shape given field by field.
extension Field {
    public static let model = Field(
        "model", "Model", .catalogID(.model), group: .model,
        help: "Model ID from the catalog (see `reckon catalog list models`).")
    public static let modelConfig = Field(
        "model_config", "Model config", .syntax(.modelConfig), group: .model,
        help: "A Hugging Face config.json to read the model from (its shape and parameter counts), instead of "
            + "--model; `reckon catalog config PATH` shows what is read, assumed and ignored.")
    public static let params = Field(
        "params", "Parameters", .quantity(.parameters), bounds: SpecBounds.parameters, distribution: true,
        group: .model, help: "Total parameters, e.g. 175B or 7e9 (overrides the catalog's).")
    public static let activeParams = Field(
        "active_params", "Active parameters", .quantity(.parameters), bounds: SpecBounds.parameters,
        distribution: true, group: .model, help: "Parameters active per token (mixtures of experts), e.g. 37B.")
    public static let layers = Field(
        "layers", "Layers", .integer(unit: nil), bounds: SpecBounds.layers, distribution: true, group: .model,
        help: "Transformer layers.")
    public static let hidden = Field(
        "hidden", "Hidden size", .integer(unit: nil), bounds: SpecBounds.hidden, distribution: true, group: .model,
        help: "Hidden size d_model.")
    public static let heads = Field(
        "heads", "Attention heads", .integer(unit: nil), bounds: SpecBounds.heads, distribution: true,
        group: .model, help: "Attention heads.")
    public static let kvHeads = Field(
        "kv_heads", "KV heads", .integer(unit: nil), bounds: SpecBounds.kvHeads, distribution: true, group: .model,
        help: "Key/value heads (grouped-query attention).")
    public static let ffn = Field(
        "ffn", "FFN size", .integer(unit: nil), bounds: SpecBounds.ffn, group: .model,
        help: "Feed-forward inner size (per expert for a mixture of experts).")
    public static let ffnMatrices = Field(
        "ffn_matrices", "MLP matrices", .integer(unit: nil), bounds: .integers(2...3), group: .model,
        help: "MLP weight matrices: 2 (GPT) or 3 (gated, SwiGLU).")
    public static let vocab = Field(
        "vocab", "Vocabulary", .integer(unit: "tokens"), bounds: SpecBounds.vocabulary, group: .model,
        help: "Vocabulary size.")
    public static let seqLen = Field(
        "seq_len", "Sequence length", .integer(unit: "tokens"), bounds: SpecBounds.contextLength, distribution: true,
        group: .model, help: "Sequence (context) length in tokens.")
    public static let experts = Field(
        "experts", "Experts", .integer(unit: nil), bounds: SpecBounds.experts, group: .model,
        help: "Experts per MoE layer.")
    public static let activeExperts = Field(
        "active_experts", "Active experts", .integer(unit: nil), bounds: SpecBounds.experts, group: .model,
        help: "Experts routed per token.")
}
