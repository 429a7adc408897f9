import Testing
import ReckonCatalog
import ReckonCore

struct FrameworkProfilesTests {
    @Test("the seven profiles of issue 13 and HAI-LLM, each found by its ID, case-insensitively and through aliases")
    func lookup() throws {
        #expect(
            FrameworkProfiles.all.map(\.id) == [
                "megatron-lm-2021", "megatron-deepspeed", "megatron-core", "nemo", "fsdp", "deepspeed-zero",
                "torchtitan",
                "hai-llm",
            ])
        #expect(try FrameworkProfiles.profile("dualpipe").id == "hai-llm")
        for p in FrameworkProfiles.all { #expect(try FrameworkProfiles.profile(p.id.uppercased()).id == p.id) }
        #expect(try FrameworkProfiles.profile("mcore").id == "megatron-core")
        #expect(try FrameworkProfiles.profile("DeepSpeed").id == "deepspeed-zero")
        #expect(FrameworkProfiles.default.id == "megatron-core")
    }

    @Test("an unknown framework is refused naming the field, the value and the profiles, with a suggestion")
    func unknown() {
        do {
            _ = try FrameworkProfiles.profile("torchtitn")
            Issue.record("torchtitn is not a profile")
        } catch let e as InputError {
            #expect(e.field == "framework" && e.value == "torchtitn")
            #expect(e.allowed.contains("megatron-core") && e.allowed.contains("torchtitan"))
            #expect(e.hint?.contains("'torchtitan'") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("every default a profile sets is documented: overlaps, ZeRO stages, attention, gradient bytes")
    func sourced() {
        for p in FrameworkProfiles.all {
            #expect(!p.sources.isEmpty, "\(p.id) has no sources")
            let keys = p.sources.keys
            #expect(keys.contains { $0.hasPrefix("overlap") }, "\(p.id): overlaps undocumented")
            #expect(keys.contains("attention"), "\(p.id): attention kernel undocumented")
            for (field, source) in p.sources { #expect(source.count > 20, "\(p.id).\(field): \(source)") }
            for o in [
                p.overlap.gradientReduce, p.overlap.parameterGather, p.overlap.tensorParallel,
                p.overlap.pipeline, p.overlap.expertAllToAll,
            ] {
                #expect(o >= 0 && o <= 1)
            }
        }
    }

    @Test("features as documented: what 2021 Megatron-LM lacks, what FSDP is, what torchtitan selects")
    func features() {
        let old = FrameworkProfiles.megatronLM2021
        #expect(!old.sequenceParallel && !old.contextParallel && old.zeroStages.stages == [0] && !old.fp8)
        #expect(old.overlap == .none && old.attention == .unfused)
        let fsdp = FrameworkProfiles.fsdp
        #expect(!fsdp.tensorParallel && !fsdp.pipelineParallel && fsdp.zeroStages.contains(3))
        #expect(!FrameworkProfiles.megatronDeepSpeed.interleavedSchedule)
        #expect(!FrameworkProfiles.megatronDeepSpeed.zeroStages.contains(2))
        #expect(FrameworkProfiles.torchtitan.selectiveRecompute == .perOperator)
        #expect(
            FrameworkProfiles.megatronCore.partialRecompute
                && FrameworkProfiles.megatronCore.overlap.tensorParallel == 1)
        #expect(FrameworkProfiles.nemo.zeroStages == FrameworkProfiles.megatronCore.zeroStages)
        // Issue 14: DeepSeek-V3's framework as its report describes it; Megatron-Core's MoE features.
        let hai = FrameworkProfiles.haiLLM
        #expect(hai.pipelineSchedule == .dualPipe && hai.fp8Recipe == .blockwise && hai.fp8Dispatch)
        #expect(hai.optimizerStateBytes == 8 && hai.fp8ActivationStorage && hai.expertDispatcher == .deduplicated)
        #expect(hai.zeroStages.stages == [0, 1] && hai.overlap.expertAllToAll == 1)
        #expect(FrameworkProfiles.megatronCore.overlap.expertAllToAll == 1)
        #expect(FrameworkProfiles.fsdp.overlap.expertAllToAll == 0 && !FrameworkProfiles.fsdp.expertParallel)
    }
}

struct BuiltinPlanDetailsTests {
    @Test("every plan detail belongs to a catalog accelerator and names its source")
    func belongs() {
        let ids = Set(BuiltinAccelerators.all.map(\.id))
        for d in BuiltinPlanDetails.all {
            #expect(ids.contains(d.acceleratorID), "\(d.acceleratorID) is not in the catalog")
            #expect(d.source.count > 20)
            #expect(d.portableAttentionFraction > 0 && d.portableAttentionFraction <= 1)
        }
        #expect(Set(BuiltinPlanDetails.all.map(\.acceleratorID)).count == BuiltinPlanDetails.all.count)
    }

    @Test("the driver-visible memory is the NVML figure: H100 81,559 MiB, A100 80GB 81,920 MiB")
    func memory() throws {
        let h100 = try BuiltinPlanDetails.hardware(for: BuiltinAccelerators.h100SXM)
        #expect(h100.memoryBytes == 81_559 * 1_048_576 && h100.computeUnits == 132)
        let a100 = try BuiltinPlanDetails.hardware(for: BuiltinAccelerators.a100_80GB)
        #expect(a100.memoryBytes == 81_920 * 1_048_576)
        // No detail: the catalog's marketed figure stays (B200 lists the 180 GB usable in a DGX B200).
        #expect(try BuiltinPlanDetails.hardware(for: BuiltinAccelerators.b200).memoryBytes == 180e9)
    }
}
