import Testing
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// Every class of bad input gives an `InputError` naming the field — never a crash or a NaN.
@Suite struct TrainRequestTests {
    func resolve(_ values: [String: InputValue]) throws -> TrainRequest.Resolved {
        try TrainRequest.resolve(InputFields(values, origin: "test"))
    }
    func expectError(_ values: [String: InputValue], field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) { try resolve(values) } throws: { ($0 as? InputError)?.field == field }
    }

    @Test func builtInScenarioResolves() throws {
        let r = try resolve([:])
        #expect(r.scenario.model.id == "gpt-3")
        #expect(r.scenario.accelerator.id == "h100-sxm")
        #expect(r.assumptions.contains { $0.key == "mfu" })
    }

    @Test func unitsAreParsed() throws {
        let r = try resolve([
            "params": .text("70B"), "tokens": .text("2T"), "gpus": .text("2k"), "price_per_hour": .text("$1.5/h"),
        ])
        #expect(r.scenario.model.totalParameters.value == 70e9)
        #expect(r.scenario.tokens.value == 2e12)
        #expect(r.scenario.count == 2000)
        #expect(abs(try #require(r.scenario.economics.rentalPrice).inDollarsPerHour - 1.5) < 1e-12)
    }

    @Test func zeroNegativeNaNInfinite() {
        expectError(["gpus": .number(0)], field: "gpus")
        expectError(["gpus": .number(-8)], field: "gpus")
        expectError(["params": .text("0")], field: "params")
        expectError(["tokens": .text("-5B")], field: "tokens")
        expectError(["mfu": .text("nan")], field: "mfu")
        expectError(["mfu": .number(.infinity)], field: "mfu")
        expectError(["pue": .number(0.5)], field: "pue")
    }

    @Test func mfuOutsideUnitInterval() {
        expectError(["mfu": .number(1.2)], field: "mfu")
        expectError(["mfu": .number(0)], field: "mfu")
    }

    @Test func unknownIDsSuggestTheNearest() {
        #expect { try resolve(["model": .text("gpt3-175")]) } throws: { ($0 as? InputError)?.field == "model" }
        #expect { try resolve(["gpu": .text("h10")]) } throws: { e in
            guard let e = e as? InputError else { return false }
            return e.field == "gpu" && (e.hint ?? "").contains("did you mean")
        }
    }

    @Test func unknownKeysAreRejectedWithASuggestion() {
        #expect { try resolve(["gpuss": .number(8)]) } throws: { e in
            guard let e = e as? InputError else { return false }
            return e.field == "gpuss" && (e.hint ?? "").contains("gpus")
        }
    }

    @Test func absurdSizes() {
        expectError(["params": .text("1e30")], field: "params")
        expectError(["gpus": .text("1e12")], field: "gpus")
        expectError(["active_params": .text("500B")], field: "active_params")  // more than GPT-3's 175B total
    }

    @Test func wrongTypes() {
        expectError(["gpus": .text("many")], field: "gpus")
        expectError(["precision": .text("fp12")], field: "precision")
        expectError(["gpus": .number(2.5)], field: "gpus")
    }

    @Test func computeBudgetChoosesAModel() throws {
        let r = try resolve(["compute_budget": .text("1e24")])
        #expect(abs(6 * r.scenario.model.totalParameters.value * r.scenario.tokens.value - 1e24) / 1e24 < 1e-9)
        #expect(r.notes.contains { $0.contains("predicted loss") })
    }
}
