import Testing
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// `reckon scale --gpu … [--mfu …]`: per-GPU throughput from an accelerator and an MFU, given or predicted (issue 5 →
/// 3).
@Suite struct ScaleThroughputTests {
    func resolve(_ values: [String: InputValue]) throws -> ScaleRequest.Resolved {
        try ScaleRequest.resolve(InputFields(values, origin: "test"))
    }

    /// By hand: H100 SXM BF16 peak 989.4 TFLOP/s (hardware.csv) × 0.5 = 494.7 TFLOP/s; its 80 GB is checkpointed.
    @Test func givenMFUTimesPeak() throws {
        let t = try resolve(["gpu": .text("h100-sxm"), "mfu": .number(0.5)]).sweep.model.table3
        #expect(abs(t.sustainedPerGPU.value - 494.7e12) / 494.7e12 < 1e-3)
        #expect(t.gpuMemory.value == 80e9)
    }

    /// Without --mfu the plan model's prediction for the model's shape at 16,384 GPUs is used, and said.
    @Test func predictedMFUForAShapedModel() throws {
        let r = try resolve(["model": .text("llama-3.1-405b"), "gpu": .text("h100-sxm")])
        let catalog = Catalog.builtin
        let predicted = try #require(
            PlanRequest.predictedMFU(
                model: try catalog.model("llama-3.1-405b"),
                accelerator: try catalog.accelerator("h100-sxm"),
                gpus: ScaleRequest.planReferenceGPUs, precision: .bf16))
        let peak = try #require(try catalog.accelerator("h100-sxm").peak(at: .bf16)).value
        #expect(r.sweep.model.table3.sustainedPerGPU.value == peak * predicted.mfu)
        #expect(predicted.mfu > 0.2 && predicted.mfu < 0.7)
        #expect(r.assumptions.contains { $0.key == "mfu" && $0.value.contains("predicted by the plan model") })
    }

    @Test func errorsNameTheField() throws {
        #expect(throws: InputError.self) { try resolve(["mfu": .number(0.4)]) }
        do {
            _ = try resolve(["gpu": .text("h100-sxm")])
            Issue.record("no model shape: should throw")
        } catch let e as InputError {
            #expect(e.field == "mfu")
        }
        do {
            _ = try resolve(["gpu": .text("h100-sxm"), "mfu": .number(1.5)])
            Issue.record("mfu > 1")
        } catch let e as InputError {
            #expect(e.field == "mfu")
        }
    }

    /// --sustained-tflops wins over --gpu/--mfu.
    @Test func explicitThroughputWins() throws {
        let t = try resolve(["gpu": .text("h100-sxm"), "mfu": .number(0.5), "sustained_tflops": .text("100 TFLOP/s")])
            .sweep.model.table3
        #expect(t.sustainedPerGPU.value == 100e12)
    }
}
