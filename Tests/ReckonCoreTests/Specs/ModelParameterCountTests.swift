import Testing
import ReckonCore
import ReckonUnits

/// Parameter counts of small shapes worked out by hand, term by term, so that each formula of
/// ModelParameterCount is checked against arithmetic done independently of the code.
@Suite struct ModelParameterCountTests {
    /// L = 2, d = 8, h = 2 heads of 4, kv = 1, d_ff = 16, V = 10, SwiGLU, untied.
    func tiny() -> ModelSpec {
        var m = ModelSpec(
            id: "tiny", name: "tiny", layers: 2, hiddenSize: 8, heads: 2, kvHeads: 1, ffnSize: 16,
            vocabulary: 10, totalParameters: Parameters(1), source: "test", asOf: "2026-12")
        m.gatedFFN = true
        m.tiedEmbeddings = false
        return m
    }

    @Test func denseByHand() throws {
        let c = try ModelParameterCount(model: tiny())
        // Attention per layer: Q 8·8 + K 8·4 + V 8·4 + O 8·8 = 192; MLP 3·8·16 = 384; norms 2·8 = 16.
        // Two layers: 1184; final norm 8; embeddings 10·8 twice = 160. Total 1352.
        #expect(c.attention == 384 && c.denseFFN == 768 && c.norms == 40)
        #expect(c.inputEmbedding == 80 && c.outputHead == 80)
        #expect(c.total == 1352 && c.active == 1352)
    }

    @Test func tiedPlainMLPWithBiases() throws {
        var m = tiny()
        m.tiedEmbeddings = true
        m.gatedFFN = false
        let details = ParameterCountDetails(qkvBias: true, outputBias: true, mlpBias: true)
        let c = try ModelParameterCount(model: m, details: details)
        // Attention 192 + biases Q 8, K 4, V 4, O 8 = 216; plain MLP 2·8·16 + biases 16 + 8 = 280.
        #expect(c.attention == 2 * 216 && c.denseFFN == 2 * 280 && c.outputHead == 0)
        #expect(c.total == 2 * (216 + 280 + 16) + 8 + 80)
    }

    @Test func mixtureOfExpertsByHand() throws {
        var m = tiny()
        m.layers = 3
        // One leading dense layer (d_ff 16), then 2 MoE layers: 4 experts of 6, 2 per token, 1 shared of 6.
        m.moe = MoEShape(
            routedExperts: 4, expertsPerToken: 2, expertFFNSize: 6, sharedExperts: 1,
            leadingDenseLayers: 1, denseFFNSize: 16)
        let c = try ModelParameterCount(model: m)
        let expert = 3.0 * 8 * 6  // 144
        #expect(c.denseFFN == 384)
        #expect(c.routedExperts == 2 * 4 * expert && c.activeRoutedExperts == 2 * 2 * expert)
        #expect(c.sharedExperts == 2 * expert && c.routers == 2 * 8 * 4)
        #expect(c.total - c.active == 2 * 2 * expert, "two unused experts in each of the two MoE layers")
    }

    @Test func latentAttentionByHand() throws {
        var m = tiny()
        m.heads = 2
        m.kvHeads = 2
        m.latentAttention = LatentAttention(
            queryRank: 3, keyValueRank: 4, ropeHeadDim: 1, noRopeHeadDim: 2,
            valueHeadDim: 5)
        let c = try ModelParameterCount(model: m)
        // Queries: 8·3 + 3 (norm) + 3·2·(2 + 1) = 45. Keys/values: 8·(4 + 1) + 4 + 4·2·(2 + 5) = 100.
        // Output: 2·5·8 = 80. Per layer 225.
        #expect(c.attention == 2 * 225)
        m.latentAttention?.queryRank = nil
        // Uncompressed queries: 8·2·3 = 48 instead of 45.
        #expect(try ModelParameterCount(model: m).attention == 2 * 228)
    }

    @Test func interleavedLayersFollowTheStride() throws {
        var m = tiny()
        m.layers = 48
        m.moe = MoEShape(
            routedExperts: 4, expertsPerToken: 1, expertFFNSize: 6, leadingDenseLayers: 1,
            layerStride: 2, denseFFNSize: 16)
        let c = try ModelParameterCount(model: m)
        #expect(c.denseFFN == 24 * 384 && c.routedExperts == 24 * 4 * 144)
    }

    @Test func missingOrInconsistentShapesAreRefused() {
        var noGate = tiny()
        noGate.gatedFFN = nil
        var zeroHeads = tiny()
        zeroHeads.heads = 0
        var notDividing = tiny()
        notDividing.heads = 3
        notDividing.kvHeads = 3
        var kvAbove = tiny()
        kvAbove.kvHeads = 4
        var tooManyActive = tiny()
        tooManyActive.moe = MoEShape(routedExperts: 2, expertsPerToken: 3, expertFFNSize: 4)
        let cases: [(ModelSpec, String)] = [
            (noGate, "gated_ffn"), (zeroHeads, "heads"), (notDividing, "heads"),
            (kvAbove, "kv_heads"), (tooManyActive, "active_experts"),
        ]
        for (m, field) in cases {
            #expect { try ModelParameterCount(model: m) } throws: { ($0 as? InputError)?.field == field }
        }
        var withHeadDim = notDividing
        withHeadDim.headDim = 4
        #expect((try? ModelParameterCount(model: withHeadDim)) != nil, "head_dim given: heads need not divide d")
    }
}
