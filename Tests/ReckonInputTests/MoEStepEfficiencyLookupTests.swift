import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

@Suite struct MoEStepEfficiencyLookupTests {
    let catalog = Catalog.builtin

    func fields(_ values: [String: InputValue]) -> InputFields { InputFields(values, origin: "test") }

    func lookup(_ gpu: String, gpus: Int, k: Double = 8) throws -> MoEStepEfficiencyLookup {
        MoEStepEfficiencyLookup.lookup(
            model: try catalog.model("gpt-3"), accelerator: try catalog.accelerator(gpu),
            gpus: gpus, partitions: k)
    }

    // The $1,000 GPT-3's partitioning lever with --gpu: factor = FLOP factor ÷ η, η from GPT-3's shape on its own
    // 10,000 GPUs (the lookup evaluated independently here); the note names η and both plans.
    @Test func roadmapLeverIsFLOPFactorOverEta() throws {
        let r = try RoadmapRequest.resolve(fields(["gpu": .text("h100-sxm")]))
        let lever = try #require(r.gpt3.levers.first { $0.id == .modelPartitioning })
        let eta = try #require(try lookup("h100-sxm", gpus: ThousandDollarGPT3.gpt3GPUs).ratio)
        #expect(eta < 1 && eta > 0.3)
        #expect(abs(lever.factor - lever.flopFactor / eta) < 1e-12 * lever.factor)
        #expect(r.notes.contains { $0.contains("η_MoE = ") && $0.contains("$1,000 GPT-3") })
        // The baseline is a parameter count: FLOP only, and said.
        let base = try #require(r.levers.first { $0.id == .modelPartitioning })
        #expect(base.stepEfficiency == nil && base.factor == base.flopFactor)
        #expect(r.notes.contains { $0.contains("baseline") && $0.contains("not applied") })
        // --moe-flop-only: the FLOP factor alone, no η note.
        let off = try RoadmapRequest.resolve(fields(["gpu": .text("h100-sxm"), "moe_flop_only": .flag(true)]))
        let offLever = try #require(off.gpt3.levers.first { $0.id == .modelPartitioning })
        #expect(offLever.factor == lever.flopFactor)
        #expect(!off.notes.contains { $0.contains("η_MoE") })
    }

    // A dense catalog --model as the baseline: its parameters, and its shape for η at the roadmap's --gpus; a --params
    // that contradicts it is refused, naming the field.
    @Test func roadmapBaselineModelTakesEta() throws {
        let r = try RoadmapRequest.resolve(
            fields([
                "model": .text("gpt-3"), "gpu": .text("h100-sxm"),
                "gpus": .number(1024),
            ]))
        #expect(r.parameters.value == 175e9)
        let lever = try #require(r.levers.first { $0.id == .modelPartitioning })
        let eta = try #require(try lookup("h100-sxm", gpus: 1024).ratio)
        #expect(lever.stepEfficiency == eta)
        #expect(abs(lever.factor - lever.flopFactor / eta) < 1e-12 * lever.factor)
        #expect(r.notes.contains { $0.contains("(baseline): the routed step runs at η_MoE") })
        #expect(throws: InputError.self) {
            try RoadmapRequest.resolve(fields(["model": .text("gpt-3"), "params": .text("1.8T")]))
        }
    }

    // No accelerator (GPT-3's V100 has no plan details): FLOP only, and a note says why; no crash.
    @Test func roadmapWithoutPlanHardwareSaysSo() throws {
        let r = try RoadmapRequest.resolve(fields([:]))
        let lever = try #require(r.gpt3.levers.first { $0.id == .modelPartitioning })
        #expect(lever.factor == lever.flopFactor)
        #expect(r.notes.contains { $0.contains("$1,000 GPT-3") && $0.contains("not applied") })
        let v100 = try lookup("v100", gpus: 1024)
        #expect(v100.ratio == nil)
        #expect(v100.note(subject: "x").contains("not applied"))
    }

    // reckon scale --model gpt-3 --gpu h100-sxm: the MoE-8 curves' compute time T_s is the FLOP-only one × 1/η
    // (η at planReferenceGPUs), the monolithic curves unchanged. Tolerance 1e-9 (one division).
    @Test func scaleSeriesTimeScalesByOneOverEta() throws {
        let base: [String: InputValue] = ["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .text("4096")]
        var flopOnly = base
        flopOnly["moe_flop_only"] = .flag(true)
        let with = try ScaleRequest.resolve(fields(base)).sweep.run()
        let without = try ScaleRequest.resolve(fields(flopOnly)).sweep.run()
        let eta = try #require(try lookup("h100-sxm", gpus: ScaleRequest.planReferenceGPUs).ratio)
        let moe = try #require(with.series.firstIndex { $0.partitions > 1 })
        let a = with.curve(moe).first!.solveTime.value
        let b = without.curve(moe).first!.solveTime.value
        #expect(abs(a / b - 1 / eta) < 1e-9)
        #expect(with.curve(0).first!.solveTime == without.curve(0).first!.solveTime)
        // Without a shape (--params only): FLOP only, with a note.
        let plain = try ScaleRequest.resolve(fields(["params": .text("1.8T")]))
        #expect(plain.sweep.series.allSatisfy { $0.stepEfficiency == 1 })
        #expect(plain.notes.contains { $0.contains("not applied") })
    }
}
