import Foundation

/// Forward-pass time of one transformer layer for one micro-batch on one GPU, by kind of work and kind of layer
/// (dense MLP or mixture of experts), and the output layer's.
///
/// Depends only on TP ways `t`, CP ways `c`, EP and ETP ways `e`, `u`, micro-batch `b`, precision and the
/// framework's kernels, so a plan search computes it once per (t, c, e, u, b) and reuses it for every pipeline depth,
/// recompute mode and ZeRO stage.
public struct LayerCost: Sendable, Hashable {
    /// GEMMs of a dense layer (attention projections and MLP), forward, s (``GemmTiming``).
    public var gemmSeconds: Double
    /// GEMMs of an MoE layer (attention projections, router, shared experts, the busiest rank's grouped expert
    /// GEMMs), forward, s.
    public var moeGEMMSeconds: Double
    /// QKᵀ and attention × V, forward, s.
    public var attentionSeconds: Double
    /// The same, backward, s (a fused kernel recomputes the scores here).
    public var attentionBackwardSeconds: Double
    /// Element-wise kernels of a dense layer, forward, without / with sequence parallelism, s (FP8 casts included).
    public var elementwiseSeconds: Double
    public var elementwiseSecondsSequenceParallel: Double
    /// The same for an MoE layer (token permutation and the router's softmax included), s.
    public var moeElementwiseSeconds: Double
    public var moeElementwiseSecondsSequenceParallel: Double
    /// The `s²` softmax/dropout traffic of an unfused attention core (recomputed under selective
    /// recomputation; 0 with a fused kernel), s.
    public var attentionElementwiseSeconds: Double
    /// Fixed kernel time of the layer's non-GEMM kernels, forward, dense and MoE layer, s.
    public var fixedSeconds: Double
    public var moeFixedSeconds: Double
    /// The output (logit) GEMM, forward, s (paid on the last pipeline stage; BF16 also in FP8 plans).
    public var logitSeconds: Double
    /// Softmax and cross-entropy over the FP32 logits, forward, s.
    public var lossSeconds: Double
    /// A multi-token-prediction module's `2h → h` projection, forward, s.
    public var projectionSeconds: Double
    /// Latent attention's up-projections (queries and keys/values from their latents), forward, s (0 without MLA):
    /// what selective recomputation of the up-projections reruns.
    public var latentUpProjectionSeconds: Double
    /// The two norms of a layer, rerun: `2·(read + write)·b·s'·h·β / B_hbm`, s.
    public var normRecomputeSeconds: Double
    /// TP communication of one pass of a dense layer without / with sequence parallelism (0 when t = 1), before
    /// overlap, s.
    public var tensorParallelSeconds: Double
    public var tensorParallelSecondsSequenceParallel: Double
    /// The same for an MoE layer: the attention block, the shared experts, and the expert-TP gathers, s.
    public var moeTensorParallelSeconds: Double
    public var moeTensorParallelSecondsSequenceParallel: Double
    /// One dispatch of the busiest rank's tokens to their experts (at the dispatch precision), before overlap, s.
    public var expertDispatchSeconds: Double
    /// One combine (or any BF16 pass of the same tokens: the backward pass runs two), before overlap, s.
    public var expertCombineSeconds: Double
    /// The forward ring exchange of key/value blocks between the CP ranks, before any overlap
    /// (0 when c = 1), s.
    public var contextParallelSeconds: Double

    /// The forward costs of one layer.
    ///
    /// ```
    /// T_gemm = Σ_i G(M_i, K_i, N_i)                       G = GemmTiming at the precision's peak and η
    ///   QKV:  M = b·s',  K = h,    N = (a·d_h + 2·k·d_h)/t                        standard attention
    ///   MLA:  (T, h, r_q) + (T, r_q, a·d_qk/t) + (T, h, r_kv + d_r) + (T, r_kv, a·(d_n + d_v)/t)   down-projections
    ///         whole on every TP rank (Megatron-Core duplicates them)
    ///   proj: M = b·s',  K = a·d_v/t,  N = h
    ///   MLP:  M = b·s',  K = h,    N = (m−1)·f_d/t   and   K = f_d/t, N = h         dense layer
    ///   MoE:  router G_bf16(b·s'/t, h, E)  +  shared experts as an MLP of width S·f_s
    ///         + grouped(E/e groups, M_e, h, (m−1)·f/u) + grouped(E/e, M_e, f/u, h)   GemmTiming.groupedSeconds,
    ///         at η·ε_g
    ///         M_e = λ·u·e·(b·s'/t)·E_a/E          tokens of one local expert on the busiest rank
    /// fused:    T_attn = 2·b·s'·κ·a·(d_qk + d_v)/t / (F_bf16·η_a·φ)    causal: κ = s/2 keys per query
    ///           T_attn,bwd = 2.5·T_attn                                5 matmuls against the forward's 2
    /// unfused:  T_attn = G(b·s'·a/t, d_qk, s) + G(b·s'·a/t, s, d_v),  T_attn,bwd = 2·T_attn
    /// T_elem  = c_e·A/B_hbm + q₈·b·s'·(Σ FP8 GEMM inputs per token)/B_hbm          (casts: FP8 plans only)
    ///         + 2·(1 + λ·E_a)·(b·s'/t)·h·β / B_hbm                                  MoE: permute and unpermute
    /// T_fix   = n_k · t_k   (+ 4·t_k for an MoE layer: top-k, permute, unpermute, the all-to-all launch)
    /// T_logit = G_bf16(b·s', h, V/t),   T_loss = c_e · 4·b·s'·V/t / B_hbm
    /// T_tp    = 2 · AR(t, b·s'·h·β)  (no SP)   or   2 · (RS + AG)(t, b·s'·h·β)   (SP)          dense layer
    ///         = ½·that (attention)  + ½·that (shared experts, if any)  + (RS + AG)(u, λ·E_a·(b·s'/t)·u·h·β)   MoE
    /// T_cp    = AG(c, s·b·k·(d_qk + d_v)/t·β) over the CP group (stride t)
    /// s' = s/c
    /// ```
    /// - `A`: ``MemoryModel/activationBytes(kind:plan:problem:recompute:)`` without recomputation (the linear and
    ///   attention-core terms of the layer's stored activations); `φ` = 1 for native kernels,
    ///   ``PlanHardware/portableAttentionFraction`` for FlashAttention-2-class kernels; `κ`
    ///   ``TransformerShape/averageAttendedKeys``; collectives are ``CollectiveCost`` (TP group stride 1); the
    ///   all-to-all is ``expertAllToAllSeconds(bytes:plan:problem:)``.
    /// - FP8 plans run every linear layer in FP8 (attention projections, MLPs, experts, the MTP projection); the
    ///   router, the attention core and the output layer stay BF16, as Transformer Engine's Megatron-Core layers and
    ///   DeepSeek-V3 (Sec. 3.3.1: "the embedding module, the output head, MoE gating modules, normalization operators,
    ///   and attention operators" in higher precision) run them. The FP8 GEMM inputs cast per token: `h` (QKV or
    ///   latent down-projections), `r_q + r_kv` (latent up-projections), `a·d_v/t` (projection), `h + f_d/t` (dense
    ///   MLP), `λ·E_a·(u·h + f)/t` (routed experts), `h + S·f_s/t` (shared experts); `q₈`
    ///   ``FP8Recipe/castBytesPerElement``.
    /// - Tokens of an MoE layer are split over the TP ranks (Megatron-Core requires sequence parallelism for MoE with
    ///   TP > 1); `λ` ``MemoryModel/routedTokenFactor(_:)``.
    /// - Context parallelism: every GEMM, element-wise kernel and TP collective sees `s/c` tokens; causal
    ///   attention is load-balanced over `2c` chunks (Megatron-Core; Llama 3 Sec. 3.3.2), so each rank does
    ///   `1/c` of it; in `c − 1` ring steps each rank receives every other rank's keys and values.
    /// Sources: FlashAttention-2 (Dao 2023, arXiv:2307.08691) Sec. 3 for the backward/forward ratio and the
    /// causal saving; ring attention (Liu et al. 2023, arXiv:2310.01889); FP8 casting as Transformer Engine
    /// does it (inputs cast before each FP8 GEMM; Micikevicius et al. 2022, arXiv:2209.05433); DeepSeek-V2
    /// (arXiv:2405.04434) Sec. 2.1 for latent attention's projections; Megatron-Core MoE (grouped GEMM experts,
    /// token permutation).
    @inlinable
    public init(
        tp: Int, cp: Int = 1, ep: Int = 1, etp: Int = 1, microbatch: Int, precision: TrainingPrecision,
        problem: borrowing PlanProblem
    ) {
        let c = problem.constants
        let hw = problem.hardware
        let shape = problem.shape
        let kernel = problem.framework.attention
        let t = Double(tp)
        let b = Double(microbatch)
        let s = Double(shape.sequenceLength)
        let h = Double(shape.hidden)
        let a = Double(shape.heads)
        let ways = Double(cp)
        let local = s / ways
        let peak = hw.peak(precision)
        let eta = c.gemmEfficiency(precision)
        let tokens = b * local
        @inline(__always) func gemm(_ m: Double, _ k: Double, _ n: Double) -> Double {
            GemmTiming.seconds(
                m: m, k: k, n: n, peak: peak, efficiency: eta, hardware: hw,
                kernelSeconds: c.kernelSeconds)
        }
        @inline(__always) func bf16(_ m: Double, _ k: Double, _ n: Double) -> Double {
            GemmTiming.seconds(
                m: m, k: k, n: n, peak: hw.peakFLOPPerSecond, efficiency: c.gemmPeakEfficiency,
                hardware: hw, kernelSeconds: c.kernelSeconds)
        }
        let qk = Double(shape.queryKeyHeadDim)
        let dv = Double(shape.valueHeadDim)
        // Attention projections.
        var attentionGEMM: Double
        var attentionCastInputs: Double
        var upProjections = 0.0
        if let mla = shape.latentAttention {
            let kvRank = Double(mla.keyValueRank)
            let rope = Double(mla.ropeHeadDim)
            if let r = mla.queryRank.map(Double.init) {
                upProjections = gemm(tokens, r, a * qk / t)
                attentionGEMM = gemm(tokens, h, r) + upProjections
                attentionCastInputs = h + r
            } else {
                attentionGEMM = gemm(tokens, h, a * qk / t)
                attentionCastInputs = h
            }
            let kvUp = gemm(tokens, kvRank, a * Double(mla.noRopeHeadDim + mla.valueHeadDim) / t)
            upProjections += kvUp
            attentionGEMM += gemm(tokens, h, kvRank + rope) + kvUp
            attentionCastInputs += kvRank
        } else {
            let dh = Double(shape.headDim)
            let kv = Double(shape.kvHeads)
            attentionGEMM = gemm(tokens, h, (a * dh + 2 * kv * dh) / t)
            attentionCastInputs = h
        }
        attentionGEMM += gemm(tokens, a * dv / t, h)
        attentionCastInputs += a * dv / t
        // MLPs.
        let m = Double(shape.ffnMatrices)
        let fd = Double(shape.denseFFNWidth)
        let denseMLP = gemm(tokens, h, (m - 1) * fd / t) + gemm(tokens, fd / t, h)

        let attention: Double
        let backward: Double
        if kernel.isFused {
            let fraction = kernel == .native ? 1 : hw.portableAttentionFraction
            attention =
                2 * b * local * shape.averageAttendedKeys * a * (qk + dv) / t
                / (hw.peakFLOPPerSecond * c.attentionEfficiency * fraction)
            backward = 2.5 * attention
        } else {
            let rows = tokens * a / t
            let scores = bf16(rows, qk, s) + bf16(rows, s, dv)
            attention = scores
            backward = 2 * scores
        }
        let traffic = c.elementwiseTrafficPerActivationByte / hw.memoryBandwidth
        let fused = kernel.isFused
        let plan = ParallelPlan(tp: tp, cp: cp, ep: ep, etp: etp, microbatch: microbatch, precision: precision)
        @inline(__always) func stored(_ kind: LayerKind, _ sp: Bool) -> Double {
            var p = plan
            p.sequenceParallel = sp
            return MemoryModel.activationBytes(kind: kind, plan: p, problem: problem, recompute: .none)
        }
        let castBytes = precision == .fp8 ? problem.fp8Recipe.castBytesPerElement : 0
        let denseCasts = castBytes * tokens * (attentionCastInputs + h + fd / t) / hw.memoryBandwidth
        let core = fused ? 0 : 5 * a * s * local * b / t * traffic
        let activationBytes = tokens * h * c.activationElementBytes
        let allReduce =
            tp == 1
            ? 0
            : 2
                * CollectiveCost.seconds(
                    .allReduce, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                    constants: c)
        let scatterGather =
            tp == 1
            ? 0
            : 2
                * (CollectiveCost.seconds(
                    .reduceScatter, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                    constants: c)
                    + CollectiveCost.seconds(
                        .allGather, ranks: tp, stride: 1, bytes: activationBytes, hardware: hw,
                        constants: c))
        let kvWidth = (shape.latentAttention == nil ? Double(shape.kvHeads) : a) * (qk + dv)
        let ring =
            cp == 1
            ? 0
            : CollectiveCost.seconds(
                .allGather, ranks: cp, stride: tp,
                bytes: s * b * kvWidth / t * c.activationElementBytes,
                hardware: hw, constants: c)
        let vocabulary = Double(shape.vocabulary)
        gemmSeconds = attentionGEMM + denseMLP
        attentionSeconds = attention
        attentionBackwardSeconds = backward
        elementwiseSeconds = stored(.dense, false) * traffic + denseCasts
        elementwiseSecondsSequenceParallel = stored(.dense, true) * traffic + denseCasts
        attentionElementwiseSeconds = core
        fixedSeconds = c.kernelsPerLayer * c.kernelSeconds
        logitSeconds = bf16(tokens, h, vocabulary / t)
        lossSeconds = 4 * tokens * vocabulary / t * traffic
        projectionSeconds = shape.multiTokenPrediction > 0 ? gemm(tokens, 2 * h, h / t) : 0
        latentUpProjectionSeconds = upProjections
        normRecomputeSeconds = 2 * 2 * tokens * h * c.activationElementBytes / hw.memoryBandwidth
        tensorParallelSeconds = allReduce
        tensorParallelSecondsSequenceParallel = scatterGather
        contextParallelSeconds = ring

        // The MoE layer.
        guard shape.isMixtureOfExperts else {
            moeGEMMSeconds = gemmSeconds
            moeElementwiseSeconds = elementwiseSeconds
            moeElementwiseSecondsSequenceParallel = elementwiseSecondsSequenceParallel
            moeFixedSeconds = fixedSeconds
            moeTensorParallelSeconds = allReduce
            moeTensorParallelSecondsSequenceParallel = scatterGather
            expertDispatchSeconds = 0
            expertCombineSeconds = 0
            return
        }
        let e = Double(ep)
        let u = Double(etp)
        let k = Double(shape.activeExperts)
        let experts = Double(shape.experts)
        let f = Double(shape.ffn)
        let lambda = MemoryModel.routedTokenFactor(problem)
        let perGPU = tokens / t  // tokens a GPU owns in the MoE block
        let rows = lambda * u * e * perGPU * k / experts  // tokens of one local expert on the busiest rank
        let groupBytes = precision == .fp8 ? 1.0 : 2.0
        @inline(__always) func grouped(_ k: Double, _ n: Double) -> Double {
            GemmTiming.groupedSeconds(
                groups: experts / e, m: rows, k: k, n: n, peak: peak,
                efficiency: eta * c.groupedGemmEfficiency,
                hardware: hw, kernelSeconds: c.kernelSeconds, elementBytes: groupBytes)
        }
        let shared = Double(shape.sharedExperts * shape.sharedExpertFFNWidth)
        let sharedGEMM = shared > 0 ? gemm(tokens, h, (m - 1) * shared / t) + gemm(tokens, shared / t, h) : 0
        let router = bf16(perGPU, h, experts)
        moeGEMMSeconds = attentionGEMM + router + sharedGEMM + grouped(h, (m - 1) * f / u) + grouped(f / u, h)
        let routedCasts = lambda * k * perGPU * (u * h + f)
        let moeCasts =
            castBytes * (tokens * (attentionCastInputs + (shared > 0 ? h + shared / t : 0)) + routedCasts)
            / hw.memoryBandwidth
        let permute = 2 * (1 + lambda * k) * perGPU * h * c.activationElementBytes / hw.memoryBandwidth
        moeElementwiseSeconds = stored(.moe, false) * traffic + moeCasts + permute
        moeElementwiseSecondsSequenceParallel = stored(.moe, true) * traffic + moeCasts + permute
        moeFixedSeconds = (c.kernelsPerLayer + 4) * c.kernelSeconds
        let blocks = shared > 0 ? 1.0 : 0.5
        var expertTP = 0.0
        if etp > 1 {
            let bytes = lambda * k * perGPU * u * h * c.activationElementBytes
            expertTP =
                CollectiveCost.seconds(
                    .reduceScatter, ranks: etp, stride: 1, bytes: bytes, hardware: hw,
                    constants: c)
                + CollectiveCost.seconds(.allGather, ranks: etp, stride: 1, bytes: bytes, hardware: hw, constants: c)
        }
        moeTensorParallelSeconds = blocks * allReduce + expertTP
        moeTensorParallelSecondsSequenceParallel = blocks * scatterGather + expertTP
        let dispatchBytes = precision == .fp8 && problem.framework.fp8Dispatch ? 1.0 : c.activationElementBytes
        expertDispatchSeconds = Self.expertAllToAllSeconds(bytes: dispatchBytes, plan: plan, problem: problem)
        expertCombineSeconds = Self.expertAllToAllSeconds(
            bytes: c.activationElementBytes, plan: plan,
            problem: problem)
    }

    /// One all-to-all pass of an MoE layer (a dispatch or a combine) for the busiest rank of the EP group, one way:
    ///
    /// ```
    /// T_g = (b·s/c)/t                                     tokens a GPU owns
    /// n_d = e if e·u ≤ D, else max(1, ⌊D/u⌋)             EP ranks per scale-up domain (the group has stride u)
    /// N_d = ⌈e/n_d⌉                                       domains the EP group spans
    /// per token, in units of h·β:
    ///   all-to-all:    V_up = E_a·(n_d − 1)/e,            V_out = E_a·(e − n_d)/e
    ///   deduplicated:  V_up = E_a·(n_d − 1)/n_d,          V_out = R·(N_d − 1)/N_d
    ///                  R = min(M, N_d·(1 − (1 − 1/N_d)^E_a))   distinct domains of a token's experts, at most M
    /// T = λ·T_g·h·β · max(V_up / (B_up(n_d)·ε_up), V_out / (B_out·ε_out)) + α₀ + α_up·[n_d > 1] + α_out·[N_d > 1]
    /// ```
    /// - `e` EP ways, `u` ETP ways, `D` the scale-up domain, `E_a` experts per token, `M`
    ///   ``TransformerShape/routedDomainLimit`` (node-limited routing; no limit: `M = ∞`), `λ`
    ///   ``MemoryModel/routedTokenFactor(_:)`` (the busiest rank receives `λ` times its share), `β` bytes per
    ///   element (1 for an FP8 dispatch).
    /// - The scale-up and scale-out parts run at once on their own links; experts are assumed uniformly spread, so a
    ///   routed copy lands on each of the `e` ranks equally often.
    /// - Deduplicated dispatchers send a token once to each destination domain, where it is forwarded over the
    ///   scale-up links to the GPUs of its experts (``ExpertDispatcher/deduplicated``).
    /// Sources: DeepSeek-V3 (arXiv:2412.19437) Sec. 2.1.2 (node-limited routing, M = 4) and Sec. 3.2.2 (IB to the
    /// GPU of the same in-node index on the target node, then NVLink forwarding; each token to at most 4 nodes);
    /// the all-to-all volume `(e − 1)/e` of the routed copies (Lepikhin et al. 2020, GShard, arXiv:2006.16668).
    @inlinable
    public static func expertAllToAllSeconds(bytes beta: Double, plan: ParallelPlan, problem: PlanProblem) -> Double {
        guard plan.ep > 1 else { return 0 }
        let c = problem.constants
        let hw = problem.hardware
        let shape = problem.shape
        let e = plan.ep
        let u = plan.etp
        let domain = hw.scaleUpDomain
        let inside = e * u <= domain
        let perDomain = inside ? e : max(1, domain / max(1, u))
        let domains = (e + perDomain - 1) / perDomain
        let k = Double(shape.activeExperts)
        let nd = Double(perDomain)
        let nD = Double(domains)
        let ed = Double(e)
        let up: Double
        let out: Double
        switch problem.framework.expertDispatcher {
        case .allToAll:
            up = k * (nd - 1) / ed
            out = k * (ed - nd) / ed
        case .deduplicated:
            up = k * (nd - 1) / nd
            var distinct = nD * (1 - pow(1 - 1 / nD, k))
            if let limit = shape.routedDomainLimit { distinct = min(distinct, Double(limit)) }
            out = domains > 1 ? distinct * (nD - 1) / nD : 0
        }
        let tokens = Double(plan.microbatch) * Double(shape.sequenceLength) / Double(plan.cp) / Double(plan.tp)
        let volume = MemoryModel.routedTokenFactor(problem) * tokens * Double(shape.hidden) * beta
        var seconds = 0.0
        if perDomain > 1 { seconds = volume * up / (hw.scaleUpBandwidth(groupSize: perDomain) * c.scaleUpEfficiency) }
        if domains > 1 {
            let network = hw.hasScaleOut ? hw.scaleOutBandwidth * c.scaleOutEfficiency : 0
            seconds = max(seconds, network > 0 ? volume * out / network : .infinity)
        }
        return seconds + c.collectiveBaseLatency + (perDomain > 1 ? c.scaleUpStepLatency : 0)
            + (domains > 1 ? c.scaleOutStepLatency : 0)
    }
}
