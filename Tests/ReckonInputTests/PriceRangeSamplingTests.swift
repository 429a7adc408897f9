import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonUnits
import Testing

/// `price_range`: the rental price drawn from the catalog's published offers (issue 16).
@Suite struct PriceRangeSamplingTests {
    /// With every other input fixed, cost ÷ accelerator-hours is the drawn price: its p5 and p95 are the catalog's
    /// cheapest and dearest offers (the lognormal's 90% interval; 2% for sampling error at 20,000 samples).
    @Test func priceQuantilesAreTheCatalogsOffers() throws {
        let h100 = try Catalog.builtin.accelerator("h100-sxm")
        let range = try #require(h100.cloudPriceRange)
        let fields = InputFields(["gpu": .text("h100-sxm"), "price_range": .flag(true), "mfu": .number(0.4)])
        let o = try TrainUncertainty.run(fields, samples: 20_000, seed: 3)
        let cost = try #require(o.output("cost_usd")?.summary)
        let hours = try #require(o.output("accelerator_hours")?.summary)
        #expect(abs(cost.p5 / hours.p50 / range.low.inDollarsPerHour - 1) < 0.02)
        #expect(abs(cost.p95 / hours.p50 / range.high.inDollarsPerHour - 1) < 0.02)
        #expect(o.notes.contains { $0.contains("published offers") })
    }

    @Test func refusedBesideAPriceOrWithoutARange() throws {
        let both = InputFields(["price_range": .flag(true), "price_per_hour": .text("$2/h")])
        #expect { try TrainUncertainty.run(both, samples: 100, seed: 1) } throws: {
            ($0 as? InputError)?.field == "price_range"
        }
        let unranged = try #require(Catalog.builtin.accelerators.first { $0.cloudPriceRange == nil })
        let none = InputFields(["price_range": .flag(true), "gpu": .text(unranged.id), "mfu": .number(0.4)])
        #expect { try TrainUncertainty.run(none, samples: 100, seed: 1) } throws: {
            ($0 as? InputError)?.field == "price_range"
        }
    }
}
