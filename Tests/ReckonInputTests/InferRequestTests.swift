import Testing
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// `reckon infer` / `reckon deploy` inputs: each bad value gives an `InputError` naming the field.
@Suite struct InferRequestTests {
    func resolve(_ values: [String: InputValue]) throws -> InferRequest.Resolved {
        try InferRequest.resolve(InputFields(values, origin: "test"))
    }
    func expectError(_ values: [String: InputValue], field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) { try resolve(values) } throws: { ($0 as? InputError)?.field == field }
    }

    @Test func builtInScenarioResolves() throws {
        let r = try resolve([:])
        #expect(r.scenario.model.id == "gpt-3")
        #expect(r.scenario.accelerator.id == "h100-sxm")
        #expect(r.scenario.quantization.weights == .bf16)
        #expect(r.assumptions.contains { $0.key == "compute_efficiency" })
    }

    @Test func customModelAndPrecisions() throws {
        let r = try resolve([
            "params": .text("70B"), "precision": .text("fp8"), "kv_precision": .text("int4"),
            "input_tokens": .text("2k"), "gpus": .number(8),
        ])
        #expect(r.scenario.model.totalParameters.value == 70e9)
        #expect(r.scenario.quantization.kvCache == .int4)
        #expect(r.scenario.inputTokens == 2000)
        #expect(r.assumptions.contains { $0.key == "layers" })  // shape estimated from the size
    }

    @Test func tooFewAcceleratorsIsRefusedUnlessOffloaded() throws {
        expectError(["gpus": .number(1)], field: "gpus")
        let r = try resolve(["gpus": .number(1), "offload": .text("host"), "link": .text("pcie5")])
        #expect(r.scenario.offload?.link.id == "pcie5")
    }

    @Test func badValuesNameTheirField() {
        expectError(["precision": .text("fp32")], field: "precision")
        expectError(["kv_precision": .text("fp64")], field: "kv_precision")
        expectError(["link": .text("pcie4")], field: "link")  // without --offload
        expectError(["offload": .text("tape")], field: "offload")
        expectError(["batch": .number(0)], field: "batch")
        expectError(["input_tokens": .number(-5)], field: "input_tokens")
        expectError(["utilization": .number(1.5)], field: "utilization")
        expectError(["tp": .number(3)], field: "tp")
        expectError(["kv_heads": .number(200)], field: "kv_heads")
        expectError(["compute_efficiency": .text("nan")], field: "compute_efficiency")
        expectError(["gpu": .text("h1000")], field: "gpu")
        expectError(["bacth": .number(4)], field: "bacth")
    }

    @Test func deployPresetsAndCustomWorkloads() throws {
        let preset = try DeployRequest.resolve(
            InputFields(["preset": .text("million-developers-year")], origin: "test"))
        #expect(preset.preset?.id == "million-developers-year")
        #expect(preset.assumptions.contains { $0.key == "preset" })
        let custom = try DeployRequest.resolve(
            InputFields(
                [
                    "users": .text("1M"), "requests_per_day": .number(20),
                    "input_tokens": .number(800), "output_tokens": .number(300),
                    "latency_target": .text("50ms"), "period": .text("90d"),
                ], origin: "test"))
        // 1e6 × 20 × 300 = 6e9 output tokens per day (hand arithmetic).
        #expect(custom.workload.outputTokensPerDay.value == 6e9)
        #expect(custom.workload.latencyTarget?.value == 0.05)
        #expect(abs(custom.period.inDays - 90) < 1e-9)
        #expect(throws: InputError.self) {
            try DeployRequest.resolve(InputFields(["preset": .text("facebook")], origin: "test"))
        }
        #expect(throws: InputError.self) {
            try DeployRequest.resolve(InputFields(["peak_to_average": .number(0.5)], origin: "test"))
        }
    }

    @Test func latencyTargetsAskForTheSearch() throws {
        let fields = InputFields(
            [
                "model": .text("llama-3.1-70b"), "gpu": .text("all"), "ttft": .text("2s"),
                "tpot": .text("50ms"), "concurrency": .number(64), "gpus": .number(32),
            ], origin: "test")
        let s = try #require(try InferRequest.resolveSearch(fields))
        #expect(s.space.accelerators.count == Catalog.builtin.accelerators.count)
        #expect(s.targets.timePerOutputToken?.value == 0.05 && s.targets.timeToFirstToken?.value == 2)
        #expect(s.targets.concurrency == 64 && s.space.gpuBudget == 32)
        #expect(s.space.quantizations == nil)  // every precision each accelerator supports
        // One configuration when no target is given; the single-estimate path refuses search fields.
        #expect(try InferRequest.resolveSearch(InputFields(["model": .text("llama-3.1-8b")], origin: "test")) == nil)
        expectError(["tpot": .text("50ms")], field: "tpot")
        // Fields that pick one configuration are refused with a search.
        #expect {
            try InferRequest.resolveSearch(InputFields(["tpot": .text("50ms"), "batch": .number(4)], origin: "test"))
        } throws: { ($0 as? InputError)?.field == "batch" }
        #expect { try InferRequest.resolveSearch(InputFields(["tpot": .text("-5ms")], origin: "test")) } throws: {
            ($0 as? InputError)?.field == "tpot"
        }
    }

    @Test func servingPlanAndPrecisionFieldsReachTheScenario() throws {
        let r = try resolve([
            "params": .text("100B"), "active_params": .text("20B"), "experts": .number(64),
            "active_experts": .number(4), "ep": .number(8), "dp_attention": .number(8),
            "tp": .number(1), "precision": .text("fp8"), "expert_precision": .text("int4"),
            "math_precision": .text("fp8"), "concurrency": .number(100),
        ])
        #expect(r.scenario.model.experts == 64 && r.scenario.model.activeExperts == 4)
        #expect(r.scenario.expertParallel == 8 && r.scenario.dataParallelAttention == 8)
        #expect(r.scenario.quantization.experts == .int4 && r.scenario.quantization.math == .fp8)
        #expect(r.scenario.concurrency == 100)
        expectError(
            [
                "params": .text("100B"), "active_params": .text("20B"), "experts": .number(64), "ep": .number(7),
                "gpus": .number(7),
            ], field: "ep")
        expectError(["precision": .text("fp4")], field: "precision")  // H100: no FP4 tensor cores
        expectError(["math_precision": .text("int4")], field: "math_precision")  // not a tensor-core rate
    }
}
