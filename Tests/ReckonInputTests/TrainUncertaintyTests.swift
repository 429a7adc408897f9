import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
@testable import ReckonInput

@Suite struct TrainUncertaintyTests {
    func run(
        _ values: [String: InputValue], samples: Int? = 2_000, seed: UInt64? = nil, generic: Bool = false,
        sensitivity: Bool = false
    ) throws -> UncertainOutcome {
        try TrainUncertainty.run(
            InputFields(values, origin: "test"), samples: samples, seed: seed, sensitivity: sensitivity,
            forceGeneric: generic)
    }
    func expectError(_ values: [String: InputValue], field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) { try run(values) } throws: { ($0 as? InputError)?.field == field }
    }

    /// Point inputs (plain numbers, or a choice with one value) give exactly the deterministic estimate at
    /// every percentile and as the mean — compared with `==`, no tolerance.
    @Test func pointInputsGiveTheDeterministicAnswerExactly() throws {
        let values: [String: InputValue] = [
            "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(2048), "mfu": .text("choice(0.4: 1)"),
            "purchase_price": .text("30000"),
        ]
        let o = try run(values)
        var plain = values
        plain["mfu"] = .number(0.4)
        let e = try TrainRequest.resolve(InputFields(plain, origin: "test")).scenario.estimate()
        let expected: [String: Double] = [
            "compute_flop": e.compute.value, "wall_clock_days": e.wallClock.inDays,
            "accelerator_hours": e.acceleratorTime.inHours,
            "cost_usd": e.rentalCost!.value, "ownership_cost_usd": e.ownershipCost!.value,
            "energy_kwh": e.energy!.inKilowattHours,
            "co2_kg": e.emissions!.value,
        ]
        #expect(o.outputs.count == expected.count)
        for (field, s) in zip(o.outputs, o.summaries) {
            let x = try #require(expected[field.key])
            #expect([s.p5, s.p25, s.p50, s.p75, s.p95, s.mean].allSatisfy { $0 == x }, "\(field.key)")
        }
    }

    /// The fast path (patch numbers) and the generic path (re-resolve every sample) give the same samples.
    /// Tolerance 1e-12 relative: the generic path writes each draw as a bare number in the flag's unit and
    /// reads it back (×/÷ 3600 for $/h), which may move it by an ulp or two.
    @Test func fastPathEqualsGenericPath() throws {
        let values: [String: InputValue] = [
            "params": .text("50B..90B"), "tokens_per_param": .text("triangular(15, 20, 30)"),
            "gpus": .text("800..1200"),
            "mfu": .text("normal(0.45, 0.04)"), "price_per_hour": .text("$1.5..$3"), "pue": .text("uniform(1.05, 1.4)"),
            "purchase_price": .text("25k..35k"), "amortization_years": .text("choice(3: 1, 4: 2, 5: 1)"),
            "electricity_price": .text("0.05..0.15"), "grid_intensity": .text("0.1..0.6"),
            "power_fraction": .text("0.6..0.9"),
        ]
        let fast = try run(values, samples: 3_000)
        let generic = try run(values, samples: 3_000, generic: true)
        #expect(fast.method.hasPrefix("fast"))
        #expect(generic.method.hasPrefix("generic"))
        for k in 0..<TrainUncertainty.outputs.count {
            let worst = zip(fast.result.output(k), generic.result.output(k)).map { abs($0 - $1) / abs($1) }.max()!
            #expect(worst <= 1e-12, "\(TrainUncertainty.outputs[k].key): worst relative difference \(worst)")
        }
    }

    /// Same seed, same numbers; another seed, other numbers.
    @Test func sameSeedSameOutput() throws {
        let values: [String: InputValue] = ["mfu": .text("0.3..0.5"), "tokens": .text("200B..400B")]
        let a = try run(values, seed: 42)
        let b = try run(values, seed: 42)
        let c = try run(values, seed: 43)
        #expect(a.summaries == b.summaries)
        #expect(a.summaries != c.summaries)
        #expect(
            try run(values, samples: nil).samplesDefaulted
                && (try run(values, samples: nil)).samples == MonteCarlo.defaultSamples)
    }

    /// Cost is proportional to 1/MFU with everything else fixed, so cost percentiles mirror MFU's:
    /// cost_p95 = cost(mfu_p5) — exact up to the percentile interpolation between neighbouring samples
    /// (tolerance 2%: the sample p5 of 20,000 draws has SE ≈ 0.2% here).
    @Test func percentilesFollowTheModel() throws {
        let o = try run(["mfu": .text("0.3..0.5")], samples: 20_000)
        let cost = try #require(o.output("cost_usd")?.summary)
        let atLow = try TrainRequest.resolve(InputFields(["mfu": .number(0.3)], origin: "test")).scenario.estimate()
            .rentalCost!.value
        #expect(abs(cost.p95 / atLow - 1) < 0.02)
        #expect(cost.p5 <= cost.p25 && cost.p25 <= cost.p50 && cost.p50 <= cost.p75 && cost.p75 <= cost.p95)
    }

    @Test func sensitivityRanksThePriceAndMFU() throws {
        let o = try run(
            ["mfu": .text("0.3..0.5"), "price_per_hour": .text("1..4"), "pue": .text("1.05..1.2")], sensitivity: true)
        let cost = try #require(o.output("cost_usd")?.field)
        let ranked = try #require(o.tornado).ranked(by: cost.column).map { o.inputs[$0.input].key }
        #expect(ranked == ["price_per_hour", "mfu", "pue"])  // pue does not enter the rental cost
        let rho = try #require(o.correlations)
        let mfu = o.inputs.firstIndex { $0.key == "mfu" }!
        #expect(rho[mfu][cost.column] < -0.3)
    }

    @Test func badInputsGiveClearErrors() {
        expectError(["model": .text("gpt-3..gpt-4")], field: "model")  // not numeric
        expectError(["gpu": .text("choice(1: 1, 2: 1)")], field: "gpu")
        expectError(["precision": .text("uniform(1, 2)")], field: "precision")
        expectError(["mfu": .text("normal(0.1, 0.2)")], field: "mfu")  // can go negative
        expectError(["tokens": .text("uniform(-1T, 2T)")], field: "tokens")
        expectError(["mfu": .text("0.5..0.3")], field: "mfu")  // low > high
        expectError(["gpus": .text("choice(1000: 1, 2000: 0)")], field: "gpus")  // weight ≤ 0
        expectError(["mfu": .text("0.3..0.5")].merging(["gpuss": .number(3)]) { a, _ in a }, field: "gpuss")
        #expect { try run(["mfu": .text("0.3..0.5")], samples: 0) } throws: { ($0 as? InputError)?.field == "samples" }
    }

    /// A normal far from zero is accepted (its lowest drawable value, mean − 8.2 sd, is positive); MFU draws above 1
    /// in the rare tail beyond the 90% interval are clamped and reported; a distribution whose 90% interval leaves
    /// (0, 1] — let alone one wholly outside it, `2..3` — is refused, not clamped (issue 12).
    @Test func softLimitsClampRareTailsAndReport() throws {
        let o = try run(["mfu": .text("normal(0.45, 0.05)")])
        #expect(o.inputs.count == 1)
        let tail = try run(["mfu": .text("0.6..0.99")])
        #expect(tail.notes.contains { $0.hasPrefix("mfu:") && $0.contains("set to the nearest end") })
        expectError(["mfu": .text("0.5..1.2")], field: "mfu")
        expectError(["mfu": .text("2..3")], field: "mfu")
    }
}

/// Without --mfu the plan model's MFU for the median scenario is held for every sample: the fast path still
/// applies (no plan search per sample) and the note says so; the failure overhead still follows the sampled
/// GPU count (cost differs between the p5 and p95 of the GPU count alone).
@Test func predictedMFUIsHeldAndFastPathKept() throws {
    let o = try TrainUncertainty.run(
        InputFields(["model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .text("800..1200")], origin: "test"),
        samples: 500, seed: 2, sensitivity: true)
    #expect(o.method.hasPrefix("fast"), "\(o.method)")
    #expect(o.notes.contains { $0.hasPrefix("MFU held at") })
    let cost = try #require(o.output("cost_usd")).field.column
    #expect(try #require(o.tornado).swings[0].swing(cost) > 0)
}
