import Testing
import ReckonCatalog
import ReckonCore

struct FrameworkProfileTests {
    @Test("ZeRO stages are a set")
    func zeroStages() {
        let s: ZeroStages = [0, 1, 3]
        #expect(s.contains(0) && s.contains(1) && !s.contains(2) && s.contains(3) && !s.contains(4) && !s.contains(-1))
        #expect(s.stages == [0, 1, 3])
    }

    @Test("missing features are named with the field and what is allowed")
    func missing() {
        let old = FrameworkProfiles.megatronLM2021
        #expect(old.missingFeature(of: ParallelPlan(tp: 8, cp: 2, pp: 4, dp: 1))?.field == "cp")
        #expect(
            old.missingFeature(
                of: ParallelPlan(
                    tp: 8, dp: 1,
                    sequenceParallel: true))?.field == "sequence_parallel")
        #expect(old.missingFeature(of: ParallelPlan(tp: 8, dp: 4, zeroStage: 1))?.field == "zero")
        #expect(old.missingFeature(of: ParallelPlan(tp: 8, dp: 4, precision: .fp8))?.field == "precision")
        #expect(old.missingFeature(of: ParallelPlan(tp: 8, pp: 4, interleave: 2, dp: 4)) == nil)
        let ds = FrameworkProfiles.megatronDeepSpeed
        #expect(ds.missingFeature(of: ParallelPlan(tp: 8, pp: 4, interleave: 2, dp: 4))?.field == "interleave")
        #expect(FrameworkProfiles.fsdp.missingFeature(of: ParallelPlan(pp: 2, dp: 4))?.field == "pp")
        #expect(FrameworkProfiles.deepSpeedZeRO.missingFeature(of: ParallelPlan(dp: 4, ep: 2))?.field == "ep")
        // ZeRO 0 on a single replica is always allowed (nothing to shard).
        #expect(FrameworkProfiles.torchtitan.missingFeature(of: ParallelPlan(tp: 8, dp: 1, zeroStage: 0)) == nil)
    }
}
