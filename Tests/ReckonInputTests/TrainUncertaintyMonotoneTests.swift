import Testing

@testable import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

/// `reckon train --samples` with one uncertain input takes the monotone run where the formulas allow it
/// (``FastTrainModel/monotonicity``) and must print exactly what the stored run prints.
struct TrainUncertaintyMonotoneTests {
    static let base: [String: InputValue] = [
        "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024), "mfu": .number(0.45),
        "purchase_price": .text("30000"),
    ]

    @Test(
        "one uncertain input: the monotone run's summaries equal the stored run's, bit for bit",
        arguments: [
            ("mfu", "0.35..0.55", true), ("price_per_hour", "$1.5..$3", true), ("pue", "1.05..1.3", true),
            ("tokens", "250B..350B", true), ("electricity_price", "0.05..0.12", true),
            ("amortization_years", "3..6", true), ("purchase_price", "25k..35k", true),
            ("grid_intensity", "0.2..0.5", true), ("gpus", "800..1200", false),
        ])
    func sameAsStored(field: String, distribution: String, monotone: Bool) throws {
        var values = Self.base
        values[field] = .text(distribution)
        let fields = InputFields(values, origin: "test")
        for samples in [3, 20_000] {
            let fast = try TrainUncertainty.run(fields, samples: samples, seed: 5)
            let stored = try TrainUncertainty.run(fields, samples: samples, seed: 5, forceStored: true)
            #expect((fast.result.monotone != nil) == monotone, "\(field)")
            #expect(stored.result.monotone == nil)
            #expect(fast.summaries == stored.summaries, "\(field), \(samples) samples")
            #expect(fast.outputs.map(\.key) == stored.outputs.map(\.key))
        }
    }

    @Test("two uncertain inputs, or sensitivity, keep the stored run")
    func storedWhenNotOneInput() throws {
        var values = Self.base
        values["mfu"] = .text("0.35..0.55")
        values["pue"] = .text("1.05..1.3")
        let two = try TrainUncertainty.run(InputFields(values, origin: "test"), samples: 1_000, seed: 1)
        #expect(two.result.monotone == nil)
        values["pue"] = nil
        let ranked = try TrainUncertainty.run(
            InputFields(values, origin: "test"), samples: 1_000, seed: 1, sensitivity: true)
        #expect(ranked.result.monotone == nil && ranked.tornado != nil)
    }

    @Test("an overflowing draw is still refused, naming the field")
    func overflowRefused() {
        var values = Self.base
        values["mfu"] = .text("1e-300..1e-299")
        #expect { try TrainUncertainty.run(InputFields(values, origin: "test"), samples: 1_000, seed: 1) } throws: {
            ($0 as? InputError)?.field == "mfu"
        }
    }
}
