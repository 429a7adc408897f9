import Testing
import ReckonUnits
@testable import ReckonCore

@Suite struct TrainingScenarioTests {
    static let gpu = AcceleratorSpec(
        id: "g", name: "G", vendor: "x", year: 2024, peak: [.bf16: .teraflops(1000)], tdp: .watts(1000),
        purchasePrice: .dollars(40_000), source: "test", asOf: "-")
    static let model = ModelSpec(id: "m", name: "M", totalParameters: Parameters(1e9), source: "test", asOf: "-")
    static let economics = Economics(
        rentalPrice: .dollarsPerHour(2), purchasePrice: .dollars(40_000), amortizationLife: .years(4), pue: 1.5,
        electricityPrice: .dollarsPerKilowattHour(0.1), gridIntensity: .kilogramsPerKilowattHour(0.5))

    func scenario(mfu: Double = 0.5, count: Int = 100, tokens: Double = 3.6e12) throws -> TrainingScenario {
        try TrainingScenario(
            model: Self.model, tokens: Tokens(tokens), accelerator: Self.gpu, count: count, mfu: mfu,
            economics: Self.economics)
    }

    /// Hand arithmetic: C = 6·1e9·3.6e12 = 2.16e22 FLOP; cluster = 100 × 1e15 × 0.5 = 5e16 FLOP/s → 4.32e5 s = 120 h;
    /// GPU-h = 12,000; rental = $24,000; energy = 100 × 1 kW × 1.5 × 120 h = 18,000 kWh → $1,800, 9,000 kg CO2e;
    /// capital = 100 × $40k × 120 h / (4 × 8766 h) = $13,689.7; ownership = $15,489.7. Tolerance 1e-9 (exact
    /// arithmetic).
    @Test func handArithmetic() throws {
        let e = try scenario().estimate()
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * abs(b) }
        #expect(close(e.compute.value, 2.16e22))
        #expect(close(e.wallClock.inHours, 120))
        #expect(close(e.acceleratorTime.inHours, 12_000))
        #expect(close(e.rentalCost!.value, 24_000))
        #expect(close(e.energy!.inKilowattHours, 18_000))
        #expect(close(e.energyCost!.value, 1_800))
        #expect(close(e.emissions!.value, 9_000))
        #expect(close(e.ownershipCost!.value, 4_000_000 * 120 / (4 * 365.25 * 24) + 1_800))
    }

    @Test func failureOverheadStretchesWallClockOnly() throws {
        var s = try scenario()
        s.failureOverhead = 2
        let e = s.estimate()
        #expect(abs(e.wallClock.inHours - 240) < 1e-9)
        #expect(abs(e.computeTime.inHours - 120) < 1e-9)
    }

    @Test(arguments: [0.0, -0.1, 1.01, .nan, .infinity]) func rejectsMFUOutsideUnitInterval(_ mfu: Double) {
        #expect { try scenario(mfu: mfu) } throws: { ($0 as? InputError)?.field == "mfu" }
    }

    @Test(arguments: [0, -5]) func rejectsNonPositiveGPUCounts(_ count: Int) {
        #expect { try scenario(count: count) } throws: { ($0 as? InputError)?.field == "gpus" }
    }

    @Test(arguments: [0.0, -1, .nan, .infinity, 1e30]) func rejectsBadTokenCounts(_ tokens: Double) {
        #expect { try scenario(tokens: tokens) } throws: { ($0 as? InputError)?.field == "tokens" }
    }

    @Test func rejectsAPrecisionTheAcceleratorDoesNotPublish() {
        #expect {
            try TrainingScenario(
                model: Self.model, tokens: Tokens(1e12), accelerator: Self.gpu, count: 8, precision: .fp8, mfu: 0.4,
                economics: Self.economics)
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.field == "precision" && e.description.contains("bf16")
        }
    }

    @Test func errorMessageNamesFieldValueAndAllowed() {
        let e = InputError(field: "mfu", value: "1.5", allowed: "a number in (0, 1]")
        #expect(e.description == "invalid mfu '1.5': expected a number in (0, 1]")
    }
}
