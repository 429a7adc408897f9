import Testing
import ReckonCore
import ReckonInput
import ReckonUnits

@Suite struct TrainFailureOverheadTests {
    @Test func trainCountsFailuresByDefault() throws {
        // framework.md §3.2 table: baseline overhead 1.013 at 1,000 GPUs and 1.997 at 50,000 (Table 3, Daly); ±1%.
        let r = try TrainRequest.resolve(InputFields(["gpus": .number(50_000)], origin: "test"))
        #expect(abs(r.scenario.failureOverhead / 1.997 - 1) < 0.01)
        #expect(abs(try TrainRequest.failureOverhead(gpus: 1000) / 1.013 - 1) < 0.01)
        let e = r.scenario.estimate()
        #expect(abs(e.wallClock / e.computeTime - r.scenario.failureOverhead) < 1e-12)
        #expect(r.notes.contains { $0.contains("--no-failures") })
    }

    @Test func noFailuresTurnsItOff() throws {
        let r = try TrainRequest.resolve(InputFields(["gpus": .number(50_000), "no_failures": .flag(true)], origin: "test"))
        #expect(r.scenario.failureOverhead == 1)
    }

    @Test func hopelessClustersAreAnErrorNotInfinity() {
        // 10⁸ GPUs: checkpoints of 1.6e7 s against an MTTI of ~30 s; the overhead overflows.
        #expect(throws: InputError.self) { try TrainRequest.failureOverhead(gpus: 100_000_000) }
    }
}
