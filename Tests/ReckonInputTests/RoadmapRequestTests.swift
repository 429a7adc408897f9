import Testing
import ReckonCore
@testable import ReckonInput

@Suite struct RoadmapRequestTests {
    func resolve(_ values: [String: InputValue]) throws -> RoadmapRequest.Resolved {
        try RoadmapRequest.resolve(InputFields(values, origin: "test"))
    }

    // Default baseline: dense 1.8T at 20 tokens/parameter, C = 120·(1.8e12)² = 3.888e26 FLOP, at the 2023 GPU $/FLOP
    // 6.7e6 / 1.44e25 = 4.653e−19 → $180.9M (hand arithmetic). Tolerance 1e-3.
    @Test func defaultBaselineAndLevers() throws {
        let r = try resolve([:])
        #expect(abs(r.waterfall.baseline.value / 180.9e6 - 1) < 1e-3)
        #expect(r.levers.count == 7 && r.levers.allSatisfy(\.isEnabled))
        #expect(r.waterfall.steps.count == 7)
        #expect(r.gpt3.combinations.count == 128)
    }

    // on|off|VALUE per lever; data formats by name (LNS: 1/(1 − 0.4) → factor 0.6, paper Sec. 3.5).
    @Test func leverSettings() throws {
        let r = try resolve([
            "model_partitioning": .text("16"), "data_formats": .text("lns"), "efficient_hardware": .text("off"),
            "competitive_accelerators": .number(0.35), "baseline_cost_usd": .number(1e6),
            "moe_law": .text("paper"),
        ])
        func lever(_ id: LeverID) throws -> Lever { try #require(r.levers.first { $0.id == id }) }
        #expect(try lever(.modelPartitioning).factor == 1.0 / 16)
        #expect(abs(try lever(.dataFormats).factor - 0.6) < 1e-12)
        #expect(try lever(.efficientHardware).isEnabled == false)
        #expect(abs(try lever(.competitiveAccelerators).factor - 0.35 / 0.65) < 1e-12)
        #expect(r.waterfall.steps.count == 6)
        #expect(r.waterfall.baseline.value == 1e6)
        // The $1,000 GPT-3 analysis uses the same settings.
        #expect(r.gpt3.levers.first { $0.id == .efficientHardware }?.isEnabled == false)
        #expect(r.gpt3.levers.first { $0.id == .modelPartitioning }?.factor == 1.0 / 16)
    }

    // The MoE law (default): 16 experts for the 1.8T baseline buy nothing (×1.00005, router FLOP); for GPT-3's 175B
    // ×0.76697 (Clark et al. 2022, hand arithmetic: N_req = 1.342e11, router +16/(12·11,270)). Tolerance 1e-4.
    @Test func theMoELawValuesTheExperts() throws {
        let r = try resolve(["model_partitioning": .text("16")])
        let k = try #require(r.levers.first { $0.id == .modelPartitioning })
        #expect(abs(k.factor - 1.0000498) < 1e-6)
        #expect(abs(try #require(r.gpt3.levers.first { $0.id == .modelPartitioning }).factor / 0.76697 - 1) < 1e-4)
        #expect(r.notes.contains { $0.contains("extrapolated") })
        // The resilience lever for GPT-3 is evaluated at GPT-3's own 10,000 GPUs (and 175B), not the baseline's 50,000.
        #expect(r.notes.contains { $0.contains("10,000 GPUs") })
        let at50k = try resolve(["gpt3_gpus": .number(50_000)])
        let g10 = try #require(r.gpt3.levers.first { $0.id == .distributedSystems }).factor
        let g50 = try #require(at50k.gpt3.levers.first { $0.id == .distributedSystems }).factor
        #expect(g10 > g50)  // a smaller system gains less from supercomputing technology (Sec. 3.1)
    }

    @Test func badInputNamesTheField() {
        let cases: [([String: InputValue], String)] = [
            (["model_partitioning": .text("many")], "model_partitioning"),
            (["model_partitioning": .number(0.5)], "model_partitioning"),
            (["competitive_accelerators": .number(1.5)], "competitive_accelerators"),
            (["data_formats": .text("fp3")], "data_formats"),
            (["gpus": .number(0)], "gpus"),
            (["baseline_cost_usd": .number(-5)], "baseline_cost_usd"),
        ]
        for (values, field) in cases {
            #expect { try resolve(values) } throws: { ($0 as? InputError)?.field == field }
        }
    }
}
