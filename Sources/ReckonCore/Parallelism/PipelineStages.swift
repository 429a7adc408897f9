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
        p == 1 ? Double(firstLayers) * layer + output
               : max(Double(firstLayers) * layer, Double(lastLayers) * layer + output)
    }
}
