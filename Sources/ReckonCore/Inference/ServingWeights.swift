import ReckonUnits

/// A served model's parameters split the way serving reads them: the embedding table (looked up, never
/// streamed), the output head, the rest of the dense part, and the routed experts — with their bytes.
///
/// ```
/// N_emb  = V · d (input table);  N_head = V · d if untied, 0 if tied (the table doubles as the head)
/// N_body = N_total − P_e − N_emb − N_head                       attention, dense FFNs, shared experts, norms
/// memory          = N_body · b_w + P_e · b_e + (N_emb + N_head) · b_16
/// dense per step  = N_body · b_w + V·d · b_16                    the head is read every step, the table is not
/// dense FLOP/token= 2 · (N_active − P_e·k/E − [untied] N_emb)   a lookup costs no multiply-adds
/// ```
/// - `P_e`: routed-expert parameters (``ExpertWeights``); `b_w`, `b_e`, `b_16`: bytes per weight of the body,
///   the experts and the embeddings (``Quantization``); `V`: vocabulary; `d`: hidden size
/// - with no published vocabulary `N_emb = N_head = 0` and every parameter is treated as body (the v1 model)
/// - data-parallel attention groups (``ServingPlan``) each hold the body (attention, dense FFNs, shared experts:
///   data-parallel, no collective); the embedding table and the output head are vocabulary-parallel over the stage
///
/// Source: definitions; parameter counts as published (they include the embeddings, e.g. Llama 3.1 8B's 8.03B
/// includes 2 × 128,256 × 4,096 = 1.05B of embedding and head).
public struct ServingWeights: Sendable, Hashable {
    public var total: Parameters
    public var active: Parameters
    /// Input embedding table, `V·d`.
    public var embedding: Parameters
    /// Separate output head (`V·d` when untied, 0 when tied).
    public var head: Parameters
    public var experts: ExpertWeights?
    public var bytesPerWeight: Double
    public var bytesPerExpertWeight: Double
    public var bytesPerEmbeddingWeight: Double

    public init(
        total: Parameters, active: Parameters, embedding: Parameters = .zero, head: Parameters = .zero,
        experts: ExpertWeights? = nil, bytesPerWeight: Double, bytesPerExpertWeight: Double? = nil,
        bytesPerEmbeddingWeight: Double? = nil
    ) {
        self.total = total
        self.active = active
        self.embedding = embedding
        self.head = head
        self.experts = experts
        self.bytesPerWeight = bytesPerWeight
        self.bytesPerExpertWeight = bytesPerExpertWeight ?? bytesPerWeight
        self.bytesPerEmbeddingWeight = bytesPerEmbeddingWeight ?? bytesPerWeight
    }

    /// The weights of `model` in `shape`, stored as `quantization` says.
    public init(model: ModelSpec, shape: ServingShape, quantization: Quantization) {
        let table = shape.embeddingParameters
        // Embeddings are split out only when they are a small part of the model (a published vocabulary and a
        // parameter count that includes them); otherwise everything is body, as before.
        let tied = shape.tiedEmbeddings
        let split = table > 0 && (tied ? table : 2 * table) < 0.5 * model.activeParameters.value
        self.init(
            total: model.totalParameters, active: model.activeParameters,
            embedding: Parameters(split ? table : 0), head: Parameters(split && !tied ? table : 0),
            experts: ExpertWeights(model: model), bytesPerWeight: quantization.bytesPerWeight,
            bytesPerExpertWeight: quantization.bytesPerExpertWeight,
            bytesPerEmbeddingWeight: quantization.bytesPerEmbeddingWeight)
    }

    /// Routed-expert parameters, `P_e` (0 for a dense model).
    public var routed: Parameters { experts?.routed ?? .zero }
    /// Routed parameters one token passes through.
    public var routedActive: Parameters { experts?.routedActive ?? .zero }
    /// The dense body, `N_body`.
    public var body: Parameters { total - routed - embedding - head }
    /// The matrix used as the output head (the table itself when tied).
    public var outputHead: Parameters { head.value > 0 ? head : embedding }

    /// Bytes held in memory by one full copy of the model.
    public var memoryBytes: Bytes {
        Bytes(
            body.value * bytesPerWeight + routed.value * bytesPerExpertWeight
                + (embedding.value + head.value) * bytesPerEmbeddingWeight)
    }
    /// Bytes of the non-expert part held in memory (body, table and head).
    public var denseMemoryBytes: Bytes {
        Bytes(body.value * bytesPerWeight + (embedding.value + head.value) * bytesPerEmbeddingWeight)
    }
    /// Bytes of all routed experts.
    public var expertMemoryBytes: Bytes { Bytes(routed.value * bytesPerExpertWeight) }
    /// Non-expert bytes one step reads: the body and the output head (not the embedding table).
    public var denseStreamedBytes: Bytes {
        Bytes(body.value * bytesPerWeight + outputHead.value * bytesPerEmbeddingWeight)
    }
    /// Bytes of the body (replicated per data-parallel attention group, split t ways inside it).
    public var bodyBytes: Bytes { Bytes(body.value * bytesPerWeight) }
    /// Bytes of the embedding table and output head held in memory (vocabulary-parallel over the stage).
    public var embeddingMemoryBytes: Bytes { Bytes((embedding.value + head.value) * bytesPerEmbeddingWeight) }
    /// Bytes of the output head read per step.
    public var headStreamedBytes: Bytes { Bytes(outputHead.value * bytesPerEmbeddingWeight) }
    /// FLOP of the non-expert matrix products per token, `2·(N_active − P_e·k/E − [untied] N_emb)`.
    public var denseFLOPPerToken: Double {
        2 * (active.value - routedActive.value - (head.value > 0 ? embedding.value : 0))
    }
    /// FLOP of the routed experts per token, `2·P_e·k/E`.
    public var expertFLOPPerToken: Double { 2 * routedActive.value }
}
