import Testing
import ReckonCore
import ReckonUnits

/// framework.md §6 targets 11–15 (Fig. 7 of Faraboschi et al. 2024) for P = 1.8T parameters.
@Suite struct TimeToTrainTests {
    let p = Parameters(1.8e12)

    func pair(_ amdahl: AmdahlReading = .dp100, partitions: Int = 1, gpus: Int) throws -> (
        TimeToTrainResult, TimeToTrainResult
    ) {
        let model = try TimeToTrain(amdahl: amdahl)
        return (
            model.evaluate(parameters: p, partitions: partitions, gpus: gpus, variant: try .baseline()),
            model.evaluate(parameters: p, partitions: partitions, gpus: gpus, variant: try .optimized())
        )
    }

    @Test func resilienceAt50k() throws {
        let (base, opt) = try pair(gpus: 50_000)
        // Target 11: MTTI 16.4 h, δ = 8,000 s, base f = 1.997, optimized f ≈ 1.000; ±1% each.
        #expect(abs(base.mtti.inHours / 16.4 - 1) < 0.01)
        #expect(abs(base.checkpointTime.value / 8000 - 1) < 0.01)
        #expect(abs(base.overheadFactor / 1.997 - 1) < 0.01)
        #expect(abs(opt.overheadFactor - 1) < 0.01)
        // Target 12: base/opt ≈ 2 at 50k; the framework accepts 1.8–2.2.
        let ratio = base.wallClock / opt.wallClock
        #expect(ratio > 1.8 && ratio < 2.2)
        #expect(abs(base.goodput * base.overheadFactor - 1) < 1e-12)
        // §3.2 table: τ* = 7.12 h at 50k; ±1%.
        #expect(abs(base.checkpointInterval.inHours / 7.12 - 1) < 0.01)
    }

    @Test func ratioIsSmallBelow16kAndLargeAt100k() throws {
        // Target 12: ratio < 1.3 below 16k GPUs (§3.5: ×1.23 at 16k) and > 4 at 100k (§3.5: ×4.47).
        for n in [1000, 4000, 16_000] {
            let (b, o) = try pair(gpus: n)
            #expect(b.wallClock / o.wallClock < 1.3)
        }
        let (b, o) = try pair(gpus: 100_000)
        #expect(b.wallClock / o.wallClock > 4)
    }

    @Test func absoluteDaysDp100() throws {
        // Target 14, framework.md §3.5 table (Amdahl dp100, the default): 50k 188.1 / 94.3 d; 100k 211.4 / 47.3 d;
        // MoE-8 at 50k 28.4 / 14.2 d. ±2% (the target's tolerance; the table prints 3–4 digits).
        let (b50, o50) = try pair(gpus: 50_000)
        #expect(abs(b50.wallClock.inDays / 188.1 - 1) < 0.02)
        #expect(abs(o50.wallClock.inDays / 94.3 - 1) < 0.02)
        let (b100, o100) = try pair(gpus: 100_000)
        #expect(abs(b100.wallClock.inDays / 211.4 - 1) < 0.02)
        #expect(abs(o100.wallClock.inDays / 47.3 - 1) < 0.02)
        let (mb, mo) = try pair(partitions: 8, gpus: 50_000)
        #expect(abs(mb.wallClock.inDays / 28.4 - 1) < 0.02)
        #expect(abs(mo.wallClock.inDays / 14.2 - 1) < 0.02)
    }

    @Test func absoluteDaysAndCostWithoutAmdahl() throws {
        // Target 15 and §3.5 (Amdahl none): 50k 94.5 / 47.4 d, cost $284M / $142M at $2.5/GPU-h; ±2%.
        let (b, o) = try pair(.none, gpus: 50_000)
        #expect(abs(b.wallClock.inDays / 94.5 - 1) < 0.02)
        #expect(abs(o.wallClock.inDays / 47.4 - 1) < 0.02)
        #expect(abs(b.cost.value / 284e6 - 1) < 0.02)
        #expect(abs(o.cost.value / 142e6 - 1) < 0.02)
        // §3.5, 1k GPUs: 2397.4 / 2366.8 d; ±2%.
        let (b1, o1) = try pair(.none, gpus: 1000)
        #expect(abs(b1.wallClock.inDays / 2397.4 - 1) < 0.02)
        #expect(abs(o1.wallClock.inDays / 2366.8 - 1) < 0.02)
        // dp100 doubles it: ×1.99 (§3.3), exact ratio 1/E = 1.99.
        let (bdp, _) = try pair(.dp100, gpus: 50_000)
        #expect(abs(bdp.cost / b.cost - 1.99) < 1e-9)
    }

    @Test func moe8HasTheSameOverheadAndIsFasterBy6Point63() throws {
        // B11: same N, same checkpoint, same MTTI → identical f; days ÷ 8^0.91 = 6.63 (±1%, framework prints 3 digits).
        for n in [1000, 50_000, 100_000] {
            let (b, o) = try pair(gpus: n)
            let (mb, mo) = try pair(partitions: 8, gpus: n)
            #expect(b.overheadFactor == mb.overheadFactor && o.overheadFactor == mo.overheadFactor)
            #expect(abs(b.wallClock / mb.wallClock / 6.63 - 1) < 0.01)
        }
    }

    @Test func modelStateCheckpointsCannotGiveTwoX() throws {
        // framework.md §3.1 counter-check: with model-state checkpoints (16 B/param, 1.8T) base f "≤ 1.18" at 50k
        // (printed to 2 decimals; ours is 1.181). Bound at 1.19: far below the 1.8 any "~2x" reading needs.
        let model = try TimeToTrain(checkpointBasis: .modelState(bytesPerParameter: 16))
        let b = model.evaluate(parameters: p, gpus: 50_000, variant: try .baseline())
        #expect(b.overheadFactor < 1.19)
        #expect(abs(b.checkpointTime.value / 57.6 - 1) < 1e-12)  // 28.8 TB / 500 GB/s, exact
    }

    @Test func llama3OverheadIsLargerThanTable3Overhead() throws {
        // Llama 3 405B scale (16,384 GPUs): with observed failures (MTTI 3.09 h, reliability.csv) the baseline
        // checkpoint-restart overhead must exceed the Table 3 one; both finite.
        let paper = try TimeToTrain().evaluate(parameters: Parameters(405e9), gpus: 16_384, variant: try .baseline())
        let llama = try TimeToTrain(failures: .llama3Observed).evaluate(
            parameters: Parameters(405e9), gpus: 16_384, variant: try .baseline())
        #expect(llama.finishes && paper.finishes)
        #expect(llama.overheadFactor > paper.overheadFactor)
    }

    @Test func invalidTable3NamesTheField() {
        var t = Table3Parameters.paper2024
        t.sequentialFraction = 1
        #expect(throws: InputError.self) { try TimeToTrain(table3: t) }
        t = .paper2024
        t.toleratedGroups = 200
        do {
            _ = try TimeToTrain(table3: t)
            Issue.record("accepted 200/100")
        } catch let e as InputError { #expect(e.field == "tolerate") } catch { Issue.record("\(error)") }
    }
}
