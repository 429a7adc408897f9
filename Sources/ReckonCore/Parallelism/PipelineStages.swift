/// How `L` layers are split over `p` pipeline stages, as evenly as possible, the shorter stages last.
///
/// ```
/// q = ⌊L/p⌋,  r = L mod p:   r stages of q + 1 layers, then p − r stages of q
/// first stage: ⌈L/p⌉ layers (+ the embedding);  last stage: ⌊L/p⌋ layers (+ the output layer and loss)
/// ```
/// Putting the short stages last balances the output layer and the loss, which the last stage pays on
/// top of its layers (Megatron-Core's `--decoder-last-pipeline-num-layers`, torchtitan's stage splitting
/// of 126 Llama 3.1 405B layers over 8 or 16 stages). With `L mod p = 0` every stage has `L/p` layers.
public struct PipelineStages: Sendable, Hashable {
    /// Layers of the first (fullest) stage, `⌈L/p⌉`.
    public var firstLayers: Int
    /// Layers of the last stage, `⌊L/p⌋`.
    public var lastLayers: Int

    @inlinable
    public init(layers: Int, stages: Int) {
        let p = max(1, stages)
        firstLayers = (layers + p - 1) / p
        lastLayers = p == 1 ? layers : layers / p
    }

    /// Per-micro-batch time of the stage that paces the pipeline (forward + backward), seconds.
    ///
    /// ```
    /// p = 1:  L·T_layer + T_out
    /// p > 1:  max(⌈L/p⌉·T_layer,  ⌊L/p⌋·T_layer + T_out)
    /// ```
    /// - `T_layer` one layer's forward + backward (and recompute) time, `T_out` the output layer and loss.
    @inlinable
    public func pacingSeconds(layer: Double, output: Double, stages p: Int) -> Double {
        p == 1
            ? Double(firstLayers) * layer + output
            : max(Double(firstLayers) * layer, Double(lastLayers) * layer + output)
    }
}

/// The layers of each kind on one pipeline stage.
public struct StageComposition: Sendable, Hashable {
    /// Dense and MoE layers of the stage.
    public var dense: Int
    public var moe: Int
    /// The stage's index `k` (0 … p−1): with 1F1B it holds `p − k` micro-batches in flight.
    public var index: Int
    /// The first stage holds the embedding; the last the output layer, the loss and multi-token prediction.
    public var isFirst: Bool
    public var isLast: Bool

    @inlinable
    public init(dense: Int, moe: Int, index: Int, isFirst: Bool, isLast: Bool) {
        self.dense = dense
        self.moe = moe
        self.index = index
        self.isFirst = isFirst
        self.isLast = isLast
    }

    @inlinable public var layers: Int { dense + moe }
}

/// The stages that can pace a pipeline or need the most memory: the first, the last, and for a mixture of experts
/// the middle stages that no other middle stage dominates (most layers, then most MoE layers; most layers, then
/// most dense layers). A stage with at least as many layers of each kind as another is never faster, so the
/// pacing stage and the fullest stage are among these. At most four, without allocation.
///
/// ```
/// stage k: layers [x_k, x_{k+1}),  x_k = k·⌊L/p⌋ + min(k, L mod p)        (PipelineStages: the longer stages first)
/// MoE layers in [x, y) = M(y) − M(x),  M(n) = ⌈(n − L_d)/r⌉ for n > L_d (TransformerShape.moeLayers(before:))
/// ```
public struct StageLayout: Sendable, Hashable {
    public var first: StageComposition
    public var last: StageComposition
    public var middleMoE: StageComposition
    public var middleDense: StageComposition
    /// Candidates in use: 1 (one stage), 2 (first and last) or up to 4.
    public var count: Int

    @inlinable
    public init(shape: TransformerShape, stages: Int) {
        let p = max(1, stages)
        let l = shape.layers
        let q = l / p
        let r = l % p
        @inline(__always) func stage(_ k: Int) -> StageComposition {
            let start = k * q + min(k, r)
            let end = start + q + (k < r ? 1 : 0)
            let moe = shape.moeLayers(before: end) - shape.moeLayers(before: start)
            return StageComposition(dense: end - start - moe, moe: moe, index: k, isFirst: k == 0, isLast: k == p - 1)
        }
        first = stage(0)
        last = stage(p - 1)
        middleMoE = first
        middleDense = first
        count = p == 1 ? 1 : 2
        guard p > 2, shape.isMixtureOfExperts else { return }
        var a = stage(1)
        var d = a
        var k = 2
        while k < p - 1 {
            let x = stage(k)
            if (x.layers, x.moe) > (a.layers, a.moe) { a = x }
            if (x.layers, x.dense) > (d.layers, d.dense) { d = x }
            k += 1
        }
        middleMoE = a
        middleDense = d
        count = d.dense <= a.dense && d.moe <= a.moe ? 3 : 4
    }

    /// Candidate `i`: first, last, then the middle stages.
    @inlinable
    public subscript(i: Int) -> StageComposition {
        switch i {
        case 0: return first
        case 1: return last
        case 2: return middleMoE
        default: return middleDense
        }
    }
}
