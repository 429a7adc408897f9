import Testing
import ReckonCatalog
import ReckonCore
import ReckonInput
@testable import ReckonReport

/// A figure Reckon cannot compute from published data is null in JSON, "—" in text, with a note; it is never
/// filled with the paper's $2.5/h or with zero energy.
@Suite struct MissingDataTests {
    func train(_ fields: [String: InputValue]) throws -> TrainRequest.Resolved {
        try TrainRequest.resolve(InputFields(fields, origin: "test"))
    }

    /// The H800 entry has neither a price nor a TDP (DeepSeek's paper gives neither).
    @Test func noPriceAndNoTDPAreNullWithNotes() throws {
        let r = try train([
            "params": .text("7B"), "tokens": .text("1T"), "gpus": .number(64), "gpu": .text("h800"),
            "mfu": .number(0.4), "purchase_price": .text("$25000"),
        ])
        let f = r.scenario.figures()
        #expect(f.rentalCost == nil && f.energy == nil && f.energyCost == nil && f.emissions == nil)
        #expect(f.ownershipCost == nil, "ownership includes electricity, which needs a TDP")
        #expect(
            r.notes.contains { $0.contains("No rental price") } && r.notes.contains { $0.contains("No published TDP") })
        let json = TrainReport.render(r, format: .json)
        for key in ["cost_usd", "energy_kwh", "co2_kg", "energy_cost_usd", "price_per_hour_usd", "ownership_cost_usd"] {
            #expect(json.contains("\"\(key)\": null"), "\(key) should be null")
        }
        let text = TrainReport.render(r, format: .text)
        #expect(text.contains("— (no rental price") && text.contains("— (no published TDP)"))
        #expect(!r.scenario.estimate().derivation.contains { $0.name == "energy" || $0.name == "cost_rental" })
    }

    @Test func aGivenPriceIsUsed() throws {
        let r = try train([
            "params": .text("7B"), "tokens": .text("1T"), "gpus": .number(64), "gpu": .text("h800"),
            "mfu": .number(0.4), "price_per_hour": .text("$2/h"),
        ])
        let f = r.scenario.figures()
        // 6 × 7e9 × 1e12 FLOP / (64 × 989.4e12 × 0.4) s × 64 GPUs × $2/h.
        let hours = 6 * 7e9 * 1e12 / (989.4e12 * 0.4) / 3600 * r.scenario.failureOverhead
        #expect(abs(try #require(f.rentalCost).value / (hours * 2) - 1) < 1e-9)
        #expect(f.energy == nil)
    }

    /// An accelerator without a catalog price no longer gets the paper's $2.5/h (issue 16: a B200 came out
    /// cheaper per hour than an H100); the B200 now has its own dated price.
    @Test func defaultsTakeOnlyTheCatalogPrice() throws {
        #expect(EconomicsPresets.defaults(for: try Catalog.builtin.accelerator("tpu-v7")).rentalPrice == nil)
        let b200 = try #require(EconomicsPresets.defaults(for: try Catalog.builtin.accelerator("b200")).rentalPrice)
        let h100 = try #require(EconomicsPresets.defaults(for: try Catalog.builtin.accelerator("h100")).rentalPrice)
        #expect(b200.value > h100.value)
    }
}
