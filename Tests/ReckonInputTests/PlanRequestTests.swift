import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// `reckon plan` inputs: catalog or shape, constraints, and errors that name the field.
@Suite struct PlanRequestTests {
    func resolve(_ values: [String: InputValue]) throws -> PlanRequest.Resolved {
        try PlanRequest.resolve(InputFields(values, origin: "test"))
    }
    func expectError(_ values: [String: InputValue], field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) { try resolve(values) } throws: { ($0 as? InputError)?.field == field }
    }

    @Test func catalogModelAndConstraints() throws {
        let r = try resolve(["model": .text("megatron-1t"), "gpus": .number(3072), "global_batch": .number(3072),
                             "tp": .number(8), "recompute": .text("full"), "zero": .number(0), "sequence_parallel": .text("false")])
        #expect(r.problem.shape.layers == 128 && r.problem.shape.heads == 160 && r.problem.shape.sequenceLength == 2048)
        #expect(r.constraints.tp == 8 && r.constraints.recompute == .full && r.constraints.zeroStage == 0)
        #expect(r.constraints.sequenceParallel == false && r.constraints.pp == nil)
        let a100 = try BuiltinPlanDetails.hardware(for: try Catalog.builtin.accelerator("a100-80gb"))
        #expect(r.problem.hardware == a100)
    }

    @Test func shapeOnlyModel() throws {
        let r = try resolve(["layers": .number(24), "hidden": .number(2048), "heads": .number(16), "vocab": .number(50_000),
                             "seq_len": .number(2048), "gpus": .number(8)])
        #expect(r.problem.shape.ffn == 4 * 2048 && r.problem.shape.ffnMatrices == 2)
        // 4M tokens / 2048 = 2048 sequences, already a multiple of 8 (defaultGlobalBatch).
        #expect(r.problem.globalBatch == 2048)
        #expect(r.assumptions.contains { $0.key == "global_batch" })
    }

    @Test func defaultBatchRoundsUpToTheGPUCount() {
        // 4,194,304 / 2048 = 2048 sequences; with 3,000 GPUs → 3,000 (one per GPU); with 1,000 → 3,000 (next multiple ≥ 2048).
        #expect(PlanRequest.defaultGlobalBatch(gpus: 3000, sequenceLength: 2048) == 3000)
        #expect(PlanRequest.defaultGlobalBatch(gpus: 1000, sequenceLength: 2048) == 3000)
    }

    @Test func badInputsNameTheField() {
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "recompute": .text("sometimes")], field: "recompute")
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "zero": .number(4)], field: "zero")
        expectError(["model": .text("megatron-1t"), "gpus": .number(0)], field: "gpus")
        expectError(["model": .text("megatron-1t")], field: "gpus")
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "tpp": .number(2)], field: "tpp")
        expectError(["gpus": .number(8)], field: "model")
        expectError(["layers": .number(4), "hidden": .number(256), "gpus": .number(8)], field: "heads")
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "precision": .text("fp8")], field: "precision") // A100: no FP8
    }

    @Test func infeasibleFixedPlanSaysWhy() throws {
        // TP 8, PP 1 on 3,072 GPUs for 1T parameters: ~2 TB of states per GPU (16 bytes × 1T / 8).
        let r = try resolve(["model": .text("megatron-1t"), "gpus": .number(3072), "global_batch": .number(3072),
                             "tp": .number(8), "pp": .number(1), "microbatch": .number(1), "recompute": .text("full"),
                             "zero": .number(0), "interleave": .number(1), "sequence_parallel": .text("false")])
        #expect { try PlanRequest.search(r) } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.field == "plan" && (e.hint ?? "").contains("GB per GPU")
        }
    }

    @Test func predictedMFUForTrain() throws {
        // Llama 2 70B on 2,048 A100: training_runs.csv implies 43.5% MFU; the model should land in a
        // plausible band (20–70%) and say where the number came from.
        let catalog = Catalog.builtin
        let predicted = try #require(PlanRequest.predictedMFU(model: try catalog.model("llama-2-70b"),
                                                              accelerator: try catalog.accelerator("a100-80gb"),
                                                              gpus: 2048, precision: .bf16))
        #expect(predicted.mfu > 0.2 && predicted.mfu < 0.7)
        #expect(predicted.assumption.key == "mfu" && predicted.assumption.value.contains("predicted"))
        // Without scale-out bandwidth (V100 in the catalog) there is no prediction.
        #expect(PlanRequest.predictedMFU(model: try catalog.model("gpt-3"), accelerator: try catalog.accelerator("v100"),
                                         gpus: 1024, precision: .bf16) == nil)
    }

    @Test func trainUsesThePredictedMFU() throws {
        let r = try TrainRequest.resolve(InputFields(["model": .text("llama-2-70b"), "gpu": .text("a100-80gb"), "gpus": .number(2048)], origin: "test"))
        let assumption = try #require(r.assumptions.first { $0.key == "mfu" })
        #expect(assumption.value.contains("predicted by the plan model"))
        #expect(abs(r.scenario.mfu - Double(assumption.value.split(separator: " ")[0])!) < 0.001)
    }
}

/// `framework` and `recompute_layers` through the field registry.
@Suite struct PlanRequestFrameworkTests {
    func resolve(_ fields: [String: InputValue]) throws -> PlanRequest.Resolved {
        try PlanRequest.resolve(InputFields(fields, origin: "test"))
    }

    @Test("the default profile is Megatron-Core, stated as an assumption; --framework picks another")
    func framework() throws {
        let base: [String: InputValue] = ["model": .text("llama-2-7b"), "gpus": .number(8)]
        let r = try resolve(base)
        #expect(r.problem.framework.id == "megatron-core")
        #expect(r.assumptions.contains { $0.key == "framework" && $0.value == "megatron-core" })
        var fsdp = base
        fsdp["framework"] = .text("fsdp")
        let f = try resolve(fsdp)
        #expect(f.problem.framework == FrameworkProfiles.fsdp && !f.assumptions.contains { $0.key == "framework" })
        // dp_overlap and fused_attention override the profile.
        fsdp["dp_overlap"] = .number(0.25)
        fsdp["fused_attention"] = .text("false")
        let o = try resolve(fsdp)
        #expect(o.problem.framework.overlap.gradientReduce == 0.25 && o.problem.framework.attention == .unfused)
    }

    @Test("unknown frameworks and features the framework lacks are refused naming the field")
    func refusals() throws {
        do {
            _ = try resolve(["model": .text("llama-2-7b"), "gpus": .number(8), "framework": .text("torchtitn")])
            Issue.record("torchtitn is not a framework")
        } catch let e as InputError {
            #expect(e.field == "framework" && e.value == "torchtitn")
        }
        do {
            _ = try resolve(["model": .text("llama-2-7b"), "gpus": .number(8), "framework": .text("megatron-lm-2021"),
                             "cp": .number(2)])
            Issue.record("megatron-lm-2021 has no context parallelism")
        } catch let e as InputError {
            #expect(e.field == "cp" && e.value == "2" && e.allowed.contains("megatron-lm-2021"))
        }
        #expect(throws: InputError.self) {
            try resolve(["model": .text("llama-2-7b"), "gpus": .number(8), "recompute_layers": .number(2)])
        }
        let r = try resolve(["model": .text("llama-2-7b"), "gpus": .number(8), "recompute": .text("full"),
                             "recompute_layers": .number(2)])
        #expect(r.constraints.recomputeLayers == 2)
    }
}
