import Testing
import ReckonCore
import ReckonUnits

struct TransformerShapeTests {
    @Test("Megatron 1T shape has 1,008B parameters (megatron_scaling.csv, last Narayanan row: params_billion 1008.0)")
    func megatron1T() {
        let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)
        // 0.1%: the table rounds to 4 significant figures.
        #expect(abs(shape.parameters / 1008e9 - 1) < 0.001)
    }

    @Test("a model spec with a gated MLP is recognised from its parameter count")
    func gatedFromSpec() throws {
        // LLaMA-7B (Touvron et al. 2023 Table 2; training_runs.csv: 6.7e9): 32 layers, h 4096, f 11008, V 32000.
        let spec = ModelSpec(id: "llama-7b-test", name: "LLaMA 7B", layers: 32, hiddenSize: 4096, heads: 32,
                             ffnSize: 11_008, vocabulary: 32_000, contextLength: 2048,
                             totalParameters: Parameters(6.7e9), source: "test", asOf: "2023")
        let shape = try TransformerShape(model: spec)
        #expect(shape.ffnMatrices == 3)
        // 3·h·f + 4h² per layer ≈ 6.5e9 + embeddings 0.13e9 (one tied copy counted); 3% covers the untied output.
        #expect(abs(shape.parameters / 6.7e9 - 1) < 0.03)
    }

    @Test("a spec without a shape is rejected naming the missing flag")
    func missingShape() {
        let spec = ModelSpec(id: "x", name: "X", totalParameters: Parameters(1e9), source: "test", asOf: "2024")
        #expect(throws: InputError.self) { try TransformerShape(model: spec) }
    }
}
