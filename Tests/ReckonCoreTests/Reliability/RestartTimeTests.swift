import Testing
import ReckonCore
import ReckonUnits

@Suite struct RestartTimeTests {
    @Test func observedPartsAddUp() {
        // D = 7/419 × 600 s = 10.02 s; Q = 440 s; U = 150 s → R = 600.02 s + load (hand arithmetic, exact).
        let p = RestartParts.observed
        #expect(abs(p.detection - 7.0 / 419 * 600) < 1e-12)
        #expect(abs(p.total(load: 5) - (7.0 / 419 * 600 + 440 + 5 + 150)) < 1e-9)
        var spares = p
        spares.hotSpares = true
        #expect(abs(p.total(load: 5) - spares.total(load: 5) - 440) < 1e-9)
        #expect(RestartModel.fixed(.hours(2)).time(load: 1e6) == 7200)  // the paper's R ignores the load
    }

    @Test func rscRestartIsInItsPublishedRange() throws {
        // dev-2026 RSC-RESTART: u0 ≈ 5–20 min. The fit puts a 1,024-GPU A100 job with a 70B model's checkpoint
        // (0.98 TB at 2 TB/s = 0.49 s) at 10 min; it must lie in the published range. (Calibration row, not a test of
        // prediction: it guards the fit against later edits of the parts.)
        let model = try ReliabilityDefaults.model(preset: .rscA100Observed)
        let r = model.evaluate(
            parameters: Parameters(70e9), gpus: 1024,
            variant: try ReliabilityDefaults.baseline(for: .rscA100Observed))
        print("RSC restart: \(r.restartTime.value / 60) min (published 5–20)")
        #expect(r.restartTime.value >= 300 && r.restartTime.value <= 1200)
    }

    @Test func hotSparesCoverNodesUnderRepair() {
        // ρ = λ·T_repair = 1/h × 2 h = 2 → ⌈2 + 3√2⌉ = 7 nodes = 56 GPUs; nothing failing still keeps one node.
        #expect(HotSpares.spareGPUs(rate: 1.0 / 3600, repair: 7200, gpusPerNode: 8) == 56)
        #expect(HotSpares.spareGPUs(rate: 0, repair: 7200, gpusPerNode: 8) == 8)
    }

    @Test func badPartsNameTheField() {
        do {
            _ = try RestartParts(
                hangShare: 1.5, hangTimeout: .minutes(10), rescheduling: .zero, warmUp: .zero, hotSpares: false)
            Issue.record("hang share 1.5 accepted")
        } catch let e as InputError { #expect(e.field == "hang_share") } catch { Issue.record("\(error)") }
        #expect(throws: InputError.self) {
            try RestartParts(
                hangShare: 0, hangTimeout: .minutes(10), rescheduling: .seconds(-1), warmUp: .zero, hotSpares: false)
        }
    }
}
