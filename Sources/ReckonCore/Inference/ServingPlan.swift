import ReckonUnits

/// How one serving replica spreads a model over accelerators: tensor parallelism inside an attention group,
/// data-parallel attention groups sharing the experts, expert parallelism, and pipeline stages.
///
/// ```
/// GPUs per stage  G_s = t · d             GPUs per replica  G = t · d · p
/// dense part      split t ways, replicated over the d groups (each group serves its own B/d sequences)
/// routed experts  spread over all G_s GPUs of a stage: E/e experts per expert-parallel rank, each split
///                 G_s/e ways (e = 1: every expert tensor-parallel over the stage)
/// layers          L/p per stage
/// ```
/// - `t`: tensor-parallel degree of attention and the dense layers (a power of two)
/// - `d`: data-parallel attention groups (SGLang `--enable-dp-attention`, vLLM/TensorRT-LLM "attention DP"):
///   each holds the attention weights and the KV cache of its own sequences; 1 = off. Mixtures of experts only.
/// - `e`: expert-parallel degree (must divide the routed experts `E` and the stage's `G_s`); the all-to-all
///   dispatch/combine of every MoE layer replaces the tensor-parallel all-reduce of the experts
/// - `p`: pipeline stages (a token's decode step passes all p stages: latency adds, see ``ServingRoofline``)
///
/// Sources: Shoeybi et al. 2019, Megatron-LM, arXiv:1909.08053 (tensor parallelism); Lepikhin et al. 2020,
/// GShard, arXiv:2006.16668 (expert parallelism, all-to-all); DeepSeek-AI 2024, DeepSeek-V3, arXiv:2412.19437,
/// Sec. 3.4 (serving with attention DP and EP, redundant experts); SGLang large-scale EP blog, 2025-05-05.
public struct ServingPlan: Sendable, Hashable {
    public var tensorParallel: Int
    public var dataParallelAttention: Int
    public var expertParallel: Int
    public var pipelineParallel: Int
    /// Extra copies of the busiest experts (expert-parallel load balancing, EPLB): held in memory, they let
    /// `E + r` be divided over `e` ranks (DeepSeek-V3 Sec. 3.4: 32 redundant experts for 256).
    public var redundantExperts: Int

    public init(
        tensorParallel: Int = 1, dataParallelAttention: Int = 1, expertParallel: Int = 1,
        pipelineParallel: Int = 1, redundantExperts: Int = 0
    ) {
        self.tensorParallel = tensorParallel
        self.dataParallelAttention = dataParallelAttention
        self.expertParallel = expertParallel
        self.pipelineParallel = pipelineParallel
        self.redundantExperts = redundantExperts
    }

    /// GPUs of one pipeline stage, `t · d`.
    public var gpusPerStage: Int { tensorParallel * dataParallelAttention }
    /// GPUs of one replica, `t · d · p`.
    public var gpus: Int { gpusPerStage * pipelineParallel }
    /// Ways each routed expert is split inside its expert-parallel rank, `G_s / e`.
    public var expertTensorParallel: Int { gpusPerStage / max(1, expertParallel) }

    /// A short description: "TP 8", "TP 1 × DP-attention 8, EP 8", "TP 4 × PP 2".
    public var summary: String {
        var parts = ["TP \(tensorParallel)"]
        if dataParallelAttention > 1 { parts[0] += " × DP-attention \(dataParallelAttention)" }
        if pipelineParallel > 1 { parts[0] += " × PP \(pipelineParallel)" }
        if expertParallel > 1 {
            parts.append(
                "EP \(expertParallel)" + (redundantExperts > 0 ? " (+\(redundantExperts) redundant experts)" : ""))
        }
        return parts.joined(separator: ", ")
    }

    /// Checks the degrees against the model; throws an ``InputError`` naming the field (`tp`, `dp_attention`,
    /// `ep`, `pp`).
    public func validate(layers: Int, experts: ExpertWeights?) throws {
        try Check.integer(tensorParallel, "tp", in: 1...65_536)
        guard tensorParallel & (tensorParallel - 1) == 0 else {
            throw InputError(field: "tp", value: "\(tensorParallel)", allowed: "a power of two")
        }
        try Check.integer(dataParallelAttention, "dp_attention", in: 1...65_536)
        try Check.integer(expertParallel, "ep", in: 1...65_536)
        try Check.integer(pipelineParallel, "pp", in: 1...max(1, layers))
        guard let experts else {
            if dataParallelAttention > 1 {
                throw InputError(
                    field: "dp_attention", value: "\(dataParallelAttention)",
                    allowed: "1 for a dense model (data-parallel attention shares experts; serve replicas instead)")
            }
            if expertParallel > 1 {
                throw InputError(
                    field: "ep", value: "\(expertParallel)", allowed: "1 for a dense model (it has no experts)")
            }
            if redundantExperts > 0 {
                throw InputError(
                    field: "redundant_experts", value: "\(redundantExperts)", allowed: "0 for a dense model")
            }
            return
        }
        try Check.integer(redundantExperts, "redundant_experts", in: 0...experts.experts)
        let placed = experts.experts + redundantExperts
        guard placed % expertParallel == 0 else {
            throw InputError(
                field: "ep", value: "\(expertParallel)",
                allowed:
                    "a divisor of the \(placed) routed "
                    + "experts\(redundantExperts > 0 ? " (with \(redundantExperts) redundant)" : "") "
                    + "(\(ServingPlan.divisors(of: placed).map(String.init).joined(separator: ", ")))",
                hint: "or add redundant experts so that experts + redundant is a multiple of ep")
        }
        guard gpusPerStage % expertParallel == 0 else {
            throw InputError(
                field: "ep", value: "\(expertParallel)",
                allowed: "a divisor of the \(gpusPerStage) GPUs of a stage (tp × dp_attention)")
        }
    }

    /// Divisors of `n` in increasing order.
    public static func divisors(of n: Int) -> [Int] {
        guard n >= 1 else { return [] }
        return (1...n).filter { n % $0 == 0 }
    }
}
