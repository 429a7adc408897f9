import Testing
@testable import ReckonCore

/// Routing attention O(n^1.5·d) (paper Sec. 3.3; Roy et al. 2021).
@Suite struct RoutingAttentionTests {
    // GPT-3's shape (96 layers, d = 12,288, 175B) at 2,048 tokens: attention is L·n·d/(N + L·n·d) = 2.416e9/1.774e11
    // = 1.36% of training FLOP (Kaplan's "attention adds 1.4%", framework.md §5.2); routing cuts it to 2·√n·d per
    // layer: f = (175e9 + 2·96·45.25·12,288)/(175e9 + 96·2048·12,288) = 0.9868. Relative 1e-3.
    @Test func gpt3AtItsContext() {
        let a = RoutingAttention(parameters: 175e9, layers: 96, hiddenSize: 12_288)
        #expect(abs(a.attentionShare(context: 2048) / 0.01362 - 1) < 1e-3)
        #expect(abs(a.factor(context: 2048) / 0.98677 - 1) < 1e-3)
    }

    // Long contexts are where it pays: the saving grows with n, and routing never costs more than full attention.
    @Test func savingGrowsWithContext() {
        let a = RoutingAttention(parameters: 1.8e12)
        let contexts = [1.0, 2048, 32_768, 131_072, 1_048_576]
        let factors = contexts.map { a.factor(context: $0) }
        #expect(factors.allSatisfy { $0 <= 1 })
        for (x, y) in zip(factors, factors.dropFirst()) { #expect(y <= x) }
        #expect(factors.last! < 0.5)
    }
}
