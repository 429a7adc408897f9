import Foundation
import Testing
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// `model_config`: a Hugging Face config.json as the model of train, plan, infer and deploy.
@Suite struct ModelConfigInputTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReckonCatalogTests/Fixtures/configs/mixtral-8x7b.json").path

    @Test func aPathGivesTheModelWithItsAccount() throws {
        let r = try TrainRequest.resolve(
            InputFields(
                [
                    "model_config": .text(Self.fixture), "gpus": .number(64),
                    "mfu": .number(0.4),
                ], origin: "flag"))
        let m = r.scenario.model
        #expect(m.moe?.routedExperts == 8 && m.layers == 32)
        #expect(abs(m.totalParameters.value - 46.70e9) < 0.01e9 && abs(m.activeParameters.value - 12.88e9) < 0.01e9)
        #expect(r.notes.contains { $0.contains("MixtralForCausalLM") && $0.contains("Ignored") })
        #expect(r.assumptions.contains { $0.key.hasPrefix("model_config") })
    }

    /// In a scenario file or an API body the config may be the JSON object itself.
    @Test func anInlineObjectIsReadAndAPathInAnAPIBodyIsRefused() throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let fields = try ScenarioFile.fields(
            from: ["model_config": object, "gpus": 16, "mfu": 0.4],
            origin: "request body")
        let r = try TrainRequest.resolve(fields)
        #expect(r.scenario.model.moe?.expertsPerToken == 2)
        let path = try ScenarioFile.fields(from: ["model_config": Self.fixture, "gpus": 16], origin: "request body")
        #expect { try TrainRequest.resolve(path) } throws: { e in
            (e as? InputError)?.field == "model_config" && (e as? InputError)?.allowed.contains("object") == true
        }
    }

    @Test func withAModelItIsRefused() throws {
        let fields = InputFields(
            ["model_config": .text(Self.fixture), "model": .text("gpt-3"), "gpus": .number(8)],
            origin: "flag")
        for resolve in [{ _ = try TrainRequest.resolve(fields) }, { _ = try InferRequest.resolve(fields) }] {
            #expect { try resolve() } throws: { ($0 as? InputError)?.field == "model_config" }
        }
    }

    @Test func inferAndPlanReadItToo() throws {
        let fields = InputFields(["model_config": .text(Self.fixture)], origin: "flag")
        #expect(try InferRequest.resolve(fields).scenario.model.experts == 8)
        var plan = fields
        plan.set("gpus", .number(64), origin: "flag")
        #expect(try PlanRequest.resolve(plan).modelName.contains("Mixtral"))
    }
}
