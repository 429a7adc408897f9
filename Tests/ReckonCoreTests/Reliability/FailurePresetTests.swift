import Testing
import ReckonCore
import ReckonUnits

/// The failure presets and the component rates behind them.
@Suite struct FailurePresetTests {
    @Test(arguments: FailurePreset.allCases.filter { $0 != .custom })
    func componentsAddUpToThePresetRate(_ preset: FailurePreset) {
        // Each preset's components must sum to the rate the model uses (relative 1e-12: only rounding differs).
        let f = preset.failures
        #expect(f.preset == preset)
        #expect(!f.components.isEmpty && f.components.allSatisfy { !$0.source.isEmpty })
        #expect(abs(f.componentRatePerGPUHour / (f.ratePerGPU * 3600) - 1) < 1e-12)
    }

    @Test func llama3TaxonomyIsTable5() {
        // reliability.csv "Table 5 interruptions" rows: 18 root causes whose counts sum to 419.
        let rows = Llama3Table5.components
        #expect(rows.count == 18)
        #expect(rows.reduce(0) { $0 + ($1.observedCount ?? 0) } == 419)
        // Faulty GPU: 148 / 21,233,664 GPU-h = 6.970e-6 per GPU-hour (hand arithmetic, exact to rounding).
        let gpu = rows.first { $0.name == "Faulty GPU" }!
        #expect(abs(gpu.ratePerGPUHour / (148 / 21_233_664.0) - 1) < 1e-12)
        // Hardware share: GPU 268 + host 21 + network 35 = 324 of 419 = 77.3%. reliability.csv: "Approximately 78%
        // of the unexpected interruptions are attributed to confirmed hardware issues" — within 1 point of "~78".
        let hardware = FailureModel.llama3Observed.share(of: [.gpu, .host, .network])
        print("Llama 3 hardware share: \(hardware) vs ~0.78 stated")
        #expect(abs(hardware - 0.78) < 0.01)
    }

    @Test func llama3ObservedGives419In54DaysOnAJobOfThatLength() throws {
        // The brief's check, end to end through TimeToTrain: a baseline job on 16,384 GPUs whose wall clock is 54 days
        // expects λ·54 d = 419 interruptions (reliability.csv "unexpected interruptions"), ±5%. Not exactly 419:
        // the result counts T_Daly/M with the model's own wall clock (a job of exactly 54 days).
        let model = try ReliabilityDefaults.model(preset: .llama3Observed)
        let base = try ReliabilityDefaults.baseline(for: .llama3Observed)
        let p = Parameters(405e9)
        let unit = model.evaluate(compute: FLOP(1e20), parameters: p, gpus: 16_384, variant: base)
        let compute = FLOP(1e20 * Seconds.days(54).value / unit.wallClock.value)
        let run = model.evaluate(compute: compute, parameters: p, gpus: 16_384, variant: base)
        print("Llama 3 check: \(run.expectedInterruptions) interruptions in \(run.wallClock.inDays) days vs 419")
        #expect(abs(run.wallClock.inDays - 54) < 1e-9)
        #expect(abs(run.expectedInterruptions / 419 - 1) < 0.05)
        #expect(run.failurePreset == .llama3Observed)
        // And over the window itself (the rate alone): 419 exactly, to rounding.
        #expect(abs(FailureModel.llama3Observed.expectedInterruptions(gpus: 16_384, over: .days(54)) / 419 - 1) < 1e-12)
    }

    @Test func rscPresetIsItsCalibrationRow() {
        // dev-2026 RSC-MTTF-1024: 7.9 h on 1,024 A100 — the preset is this row, so the MTTI equals it (rounding only).
        let f = FailureModel.rscA100Observed
        #expect(abs(f.mtti(gpus: 1024).inHours / 7.9 - 1) < 1e-12)
        // 6.3× Llama 3's per-GPU rate (8,090 vs 50,677 GPU-h; hand arithmetic, ±1%).
        #expect(
            abs(FailureModel.llama3Observed.allCauseMTBFPerGPU.value / f.allCauseMTBFPerGPU.value / 6.264 - 1) < 0.01)
    }

    @Test func namesDefaultsAndErrors() throws {
        #expect(FailurePreset.defaultPreset() == .llama3Observed)
        #expect(FailurePreset.defaultPreset(reproducingFigure7: true) == .paper2024)
        #expect(TimeToTrain.CheckpointBasis.defaultBasis() == .modelState(bytesPerParameter: 14))
        #expect(TimeToTrain.CheckpointBasis.defaultBasis(reproducingFigure7: true) == .gpuMemory)
        for name in FailurePreset.names { #expect(try FailureModel.preset(named: name).preset.rawValue == name) }
        #expect(
            throws: InputError(
                field: "failures", value: "custom",
                allowed: "one of: llama3-observed, rsc-a100-observed, paper-2024")
        ) {
            try FailureModel.preset(named: "custom")
        }
        #expect(throws: InputError.self) { try FailureModel.preset(named: "opt-175b") }
        // Hand-set Table 3 rates are no longer the paper's preset.
        var t = Table3Parameters.paper2024
        #expect(FailureModel(table3: t).preset == .paper2024)
        t.gpuMTBF = .hours(50_000)
        #expect(FailureModel(table3: t).preset == .custom)
    }

    @Test func badRatesAreRefusedNamingTheField() throws {
        for bad in [0.0, -1, .nan, .infinity] {
            #expect(throws: InputError.self) { try FailureModel(gpuMTBF: .hours(bad), source: "test") }
            #expect(throws: InputError.self) {
                try FailureComponent(name: "x", category: .gpu, ratePerGPUHour: bad, source: "test")
            }
        }
        do {
            _ = try FailureModel(gpuMTBF: .hours(1000), networkMTBFPerGPU: .hours(0), source: "test")
            Issue.record("zero network MTBF accepted")
        } catch let e as InputError { #expect(e.field == "network_mtbf_hours") }
        // A model edited after construction is refused by TimeToTrain, naming the field.
        var f = FailureModel.llama3Observed
        f.otherMTBFPerGPU = .hours(-5)
        do {
            _ = try TimeToTrain(failures: f)
            Issue.record("negative MTBF accepted")
        } catch let e as InputError { #expect(e.field == "other_mtbf_hours") }
    }
}
