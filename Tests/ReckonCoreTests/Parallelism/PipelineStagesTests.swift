import Testing
import ReckonCore

struct PipelineStagesTests {
    @Test(
        "layers split as evenly as possible, the short stages last",
        arguments: [
            (126, 16, 8, 7), (126, 8, 16, 15), (128, 64, 2, 2), (10, 4, 3, 2), (5, 1, 5, 5), (9, 9, 1, 1),
        ])
    func split(layers: Int, stages: Int, first: Int, last: Int) {
        let s = PipelineStages(layers: layers, stages: stages)
        #expect(s.firstLayers == first && s.lastLayers == last)
    }

    @Test("the pace is the fullest stage or the last one with the output layer")
    func pace() {
        let s = PipelineStages(layers: 126, stages: 16)
        // 8 layers of 1 s vs 7 layers + a 0.5 s output layer: the 8-layer stages pace.
        #expect(s.pacingSeconds(layer: 1, output: 0.5, stages: 16) == 8)
        // With a 2 s output layer the last stage (9 s) paces.
        #expect(s.pacingSeconds(layer: 1, output: 2, stages: 16) == 9)
        #expect(PipelineStages(layers: 32, stages: 1).pacingSeconds(layer: 1, output: 0.25, stages: 1) == 32.25)
    }
}
