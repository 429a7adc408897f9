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
        let r = try resolve([
            "model": .text("megatron-1t"), "gpus": .number(3072), "global_batch": .number(3072),
            "tp": .number(8), "recompute": .text("full"), "zero": .number(0), "sequence_parallel": .text("false"),
        ])
        #expect(r.problem.shape.layers == 128 && r.problem.shape.heads == 160 && r.problem.shape.sequenceLength == 2048)
        #expect(r.constraints.tp == 8 && r.constraints.recompute == .full && r.constraints.zeroStage == 0)
        #expect(r.constraints.sequenceParallel == false && r.constraints.pp == nil)
        let a100 = try BuiltinPlanDetails.hardware(for: try Catalog.builtin.accelerator("a100-80gb"))
        #expect(r.problem.hardware == a100)
    }

    @Test func shapeOnlyModel() throws {
        let r = try resolve([
            "layers": .number(24), "hidden": .number(2048), "heads": .number(16), "vocab": .number(50_000),
            "seq_len": .number(2048), "gpus": .number(8),
        ])
        #expect(r.problem.shape.ffn == 4 * 2048 && r.problem.shape.ffnMatrices == 2)
        // 4M tokens / 2048 = 2048 sequences, already a multiple of 8 (defaultGlobalBatch).
        #expect(r.problem.globalBatch == 2048)
        #expect(r.assumptions.contains { $0.key == "global_batch" })
    }

    @Test func defaultBatchRoundsUpToTheGPUCount() {
        // 4,194,304 / 2048 = 2048 sequences; with 3,000 GPUs → 3,000 (one per GPU); with 1,000 → 3,000 (next multiple ≥
        // 2048).
        #expect(PlanRequest.defaultGlobalBatch(gpus: 3000, sequenceLength: 2048) == 3000)
        #expect(PlanRequest.defaultGlobalBatch(gpus: 1000, sequenceLength: 2048) == 3000)
    }

    @Test func badInputsNameTheField() {
        expectError(
            ["model": .text("megatron-1t"), "gpus": .number(8), "recompute": .text("sometimes")], field: "recompute")
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "zero": .number(4)], field: "zero")
        expectError(["model": .text("megatron-1t"), "gpus": .number(0)], field: "gpus")
        expectError(["model": .text("megatron-1t")], field: "gpus")
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "tpp": .number(2)], field: "tpp")
        expectError(["gpus": .number(8)], field: "model")
        expectError(["layers": .number(4), "hidden": .number(256), "gpus": .number(8)], field: "heads")
        // A100: no FP8
        expectError(["model": .text("megatron-1t"), "gpus": .number(8), "precision": .text("fp8")], field: "precision")
    }

    @Test func infeasibleFixedPlanSaysWhy() throws {
        // TP 8, PP 1 on 3,072 GPUs for 1T parameters: ~2 TB of states per GPU (16 bytes × 1T / 8).
        let r = try resolve([
            "model": .text("megatron-1t"), "gpus": .number(3072), "global_batch": .number(3072),
            "tp": .number(8), "pp": .number(1), "microbatch": .number(1), "recompute": .text("full"),
            "zero": .number(0), "interleave": .number(1), "sequence_parallel": .text("false"),
        ])
        #expect { try PlanRequest.search(r) } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.field == "plan" && (e.hint ?? "").contains("GB per GPU")
        }
    }

    @Test func predictedMFUForTrain() throws {
        // Llama 2 70B on 2,048 A100: training_runs.csv implies 43.5% MFU; the model should land in a
        // plausible band (20–70%) and say where the number came from.
        let catalog = Catalog.builtin
        let predicted = try #require(
            PlanRequest.predictedMFU(
                model: try catalog.model("llama-2-70b"),
                accelerator: try catalog.accelerator("a100-80gb"),
                gpus: 2048, precision: .bf16))
        #expect(predicted.mfu > 0.2 && predicted.mfu < 0.7)
        #expect(predicted.assumption.key == "mfu" && predicted.assumption.value.contains("predicted"))
        // Without scale-out bandwidth (V100 in the catalog) there is no prediction.
        #expect(
            PlanRequest.predictedMFU(
                model: try catalog.model("gpt-3"), accelerator: try catalog.accelerator("v100"),
                gpus: 1024, precision: .bf16) == nil)
    }

    @Test func trainUsesThePredictedMFU() throws {
        let r = try TrainRequest.resolve(
            InputFields(
                ["model": .text("llama-2-70b"), "gpu": .text("a100-80gb"), "gpus": .number(2048)], origin: "test"))
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
            _ = try resolve([
                "model": .text("llama-2-7b"), "gpus": .number(8), "framework": .text("megatron-lm-2021"),
                "cp": .number(2),
            ])
            Issue.record("megatron-lm-2021 has no context parallelism")
        } catch let e as InputError {
            #expect(e.field == "cp" && e.value == "2" && e.allowed.contains("megatron-lm-2021"))
        }
        #expect(throws: InputError.self) {
            try resolve(["model": .text("llama-2-7b"), "gpus": .number(8), "recompute_layers": .number(2)])
        }
        let r = try resolve([
            "model": .text("llama-2-7b"), "gpus": .number(8), "recompute": .text("full"),
            "recompute_layers": .number(2),
        ])
        #expect(r.constraints.recomputeLayers == 2)
    }
}

/// Mixture-of-experts, latent-attention and FP8 inputs of `plan` and `train` (issue 14).
@Suite struct PlanRequestExpertTests {
    func resolve(_ fields: [String: InputValue]) throws -> PlanRequest.Resolved {
        try PlanRequest.resolve(InputFields(fields, origin: "test"))
    }
    func refusedField(_ fields: [String: InputValue]) -> String? {
        do {
            _ = try resolve(fields)
            return nil
        } catch let e as InputError { return e.field } catch { return "\(error)" }
    }

    static let deepSeek: [String: InputValue] = [
        "model": .text("deepseek-v3"), "gpu": .text("h800"),
        "gpus": .number(2048),
    ]

    @Test("a catalog MoE comes with its shape; every part can be overridden")
    func shapeOverrides() throws {
        let r = try resolve(Self.deepSeek)
        let s = r.problem.shape
        #expect(s.experts == 256 && s.activeExperts == 8 && s.sharedExperts == 1 && s.leadingDenseLayers == 3)
        #expect(s.latentAttention?.keyValueRank == 512 && s.routedDomainLimit == 4 && s.multiTokenPrediction == 1)
        #expect(r.assumptions.contains { $0.key == "expert_imbalance" })
        var fields = Self.deepSeek
        fields.merge([
            "experts": .number(128), "active_experts": .number(6), "shared_experts": .number(2),
            "dense_layers": .number(1), "dense_ffn": .number(12288), "capacity_factor": .number(1.25),
            "node_limit": .number(2), "kv_rank": .number(256), "mtp": .number(0),
            "expert_imbalance": .number(1.2), "ffn": .number(1024),
        ]) { $1 }
        let o = try resolve(fields).problem
        #expect(o.shape.experts == 128 && o.shape.activeExperts == 6 && o.shape.sharedExperts == 2)
        #expect(o.shape.leadingDenseLayers == 1 && o.shape.denseFFNWidth == 12288 && o.shape.ffn == 1024)
        #expect(o.shape.capacityFactor == 1.25 && o.shape.routedDomainLimit == 2 && o.shape.multiTokenPrediction == 0)
        #expect(o.shape.latentAttention?.keyValueRank == 256 && o.expertLoadImbalance == 1.2)
        // A dense catalog model becomes a mixture of experts with --experts.
        let mixture = try resolve([
            "model": .text("llama-2-7b"), "gpus": .number(64), "experts": .number(8),
            "active_experts": .number(2),
        ])
        #expect(mixture.problem.shape.experts == 8 && mixture.problem.shape.activeExperts == 2)
    }

    @Test("bad input is refused naming the field")
    func refusals() {
        var f = Self.deepSeek
        f["active_experts"] = .number(300)
        #expect(refusedField(f) == "active_experts")  // more experts per token than experts
        f = Self.deepSeek
        f["ep"] = .number(3)
        #expect(refusedField(f) == "ep")  // EP not dividing the 256 experts
        f = Self.deepSeek
        f["kv_rank"] = .number(8192)
        #expect(refusedField(f) == "kv_rank")  // a rank above the hidden size 7168
        f = Self.deepSeek
        f["q_rank"] = .number(7169)
        #expect(refusedField(f) == "q_rank")
        #expect(
            refusedField([
                "model": .text("deepseek-v3"), "gpu": .text("a100-80gb"), "gpus": .number(2048),
                "precision": .text("fp8"),
            ]) == "precision")  // no FP8 on an A100
        #expect(
            refusedField(["model": .text("llama-2-7b"), "gpus": .number(64), "kv_rank": .number(512)])
                == "rope_dim")  // a latent attention needs all its dimensions
        #expect(
            refusedField(["model": .text("llama-2-7b"), "gpus": .number(64), "shared_experts": .number(1)])
                == "shared_experts")  // an MoE field on a dense model
        #expect(refusedField(["model": .text("llama-2-7b"), "gpus": .number(64), "etp": .number(2)]) == "etp")
        f = Self.deepSeek
        f["tp_overlap"] = .number(1.5)
        #expect(refusedField(f) == "tp_overlap")
        f = Self.deepSeek
        f["fp8_recipe"] = .text("mxfp8")
        #expect(refusedField(f) == "fp8_recipe")  // only with --precision fp8
        f = Self.deepSeek
        f["framework"] = .text("fsdp")
        f["expert_overlap"] = .text("true")
        #expect(refusedField(f) == "expert_overlap")  // FSDP has no expert parallelism or overlap
    }

    @Test("overlap overrides, FP8 gathers and the FP8 recipe reach the problem; ETP and the overlap constrain")
    func planOverrides() throws {
        var f = Self.deepSeek
        f.merge([
            "tp_overlap": .number(0.5), "param_gather_overlap": .number(0.25), "pp_overlap": .number(0),
            "a2a_overlap": .number(0.75), "precision": .text("fp8"), "fp8_param_gather": .text("true"),
            "fp8_recipe": .text("blockwise"), "etp": .number(1), "expert_overlap": .text("true"),
        ]) { $1 }
        let r = try resolve(f)
        let o = r.problem.framework.overlap
        #expect(o.tensorParallel == 0.5 && o.parameterGather == 0.25 && o.pipeline == 0 && o.expertAllToAll == 0.75)
        #expect(r.problem.framework.fp8ParameterGather && r.problem.fp8Recipe == .blockwise)
        #expect(r.constraints.etp == 1 && r.constraints.expertOverlap == true && r.constraints.precision == .fp8)
    }

    @Test("train takes the MoE shape fields too and predicts from them")
    func train() throws {
        let base = try TrainRequest.resolve(
            InputFields(
                ["model": .text("mixtral-8x7b"), "gpus": .number(64)],
                origin: "test"))
        let more = try TrainRequest.resolve(
            InputFields(
                [
                    "model": .text("mixtral-8x7b"), "gpus": .number(64),
                    "active_experts": .number(4),
                ], origin: "test"))
        #expect(more.scenario.model.activeExperts == 4 && more.scenario.model.moe?.expertsPerToken == 4)
        #expect(base.scenario.mfu != more.scenario.mfu)
    }
}
