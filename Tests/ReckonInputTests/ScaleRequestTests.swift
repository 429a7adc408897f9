import Testing
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

@Suite struct ScaleRequestTests {
    func resolve(_ fields: [String: InputValue]) throws -> ScaleRequest.Resolved {
        try ScaleRequest.resolve(InputFields(fields, origin: "test"))
    }

    @Test func defaultsAreObservedFailuresOnTheFigure7Grid() throws {
        // Issue 21: `scale` defaults to the observed preset and model-state checkpoints, on Fig. 7's model and grid.
        let r = try resolve([:])
        #expect(r.sweep.parameters.value == 1.8e12)  // framework.md §3.4
        #expect(r.sweep.gpuCounts.first == 1000 && r.sweep.gpuCounts.last == 100_000)
        #expect(r.sweep.gpuCounts.count >= 12)  // issue 3: at least 12 points
        #expect(
            r.sweep.series.map(\.name) == [
                "monolithic-baseline", "monolithic-optimized", "moe8-baseline", "moe8-optimized",
            ])
        #expect(r.sweep.model.table3 == .paper2024)
        #expect(r.sweep.model.failures == .llama3Observed && r.failurePreset == "llama3-observed")
        #expect(r.sweep.model.checkpointBasis == .modelState(bytesPerParameter: 14))
        #expect(r.sweep.series[0].variant == (try ResilienceVariant.observedBaseline()))
        #expect(r.sweep.series[1].variant == (try ResilienceVariant.observedOptimized()))
        #expect(r.sweep.model.interval == .daly && r.sweep.model.amdahl == .dp100)
        #expect(r.assumptions.contains { $0.key == "failures" && $0.value == "llama3-observed" })
        #expect(r.assumptions.contains { $0.key == "checkpoint_basis" && $0.value == "model-state" })
    }

    @Test func paperFlagsGiveFigure7() throws {
        // --failures paper-2024 --checkpoint-basis gpu-memory: the paper's Table 3 system exactly.
        let r = try resolve(["failures": .text("paper-2024"), "checkpoint_basis": .text("gpu-memory")])
        #expect(r.sweep.model.failures == .paper2024 && r.sweep.model.checkpointBasis == .gpuMemory)
        #expect(r.sweep.series.map(\.variant) == (try ScaleSeries.figure7()).map(\.variant))
        #expect(r.assumptions.contains { $0.key == "gpu_mtbf_hours" && $0.value == "950000" })
    }

    @Test func tableThreeFlagsReachTheObservedSystem() throws {
        // With an observed preset, file-system bandwidths, fractions and a fixed restart still apply.
        let r = try resolve([
            "checkpoint_bandwidth": .text("1 TB/s"), "optimized_checkpoint_bandwidth": .text("4TB/s"),
            "restart_hours": .number(0.5),
        ])
        #expect(r.sweep.series[0].variant.storage.fileSystem == .terabytesPerSecond(1))
        #expect(r.sweep.series[1].variant.storage.fileSystem == .terabytesPerSecond(4))
        #expect(r.sweep.series.allSatisfy { $0.variant.restart == .fixed(.hours(0.5)) })
    }

    @Test func everyTable3ParameterIsAField() throws {
        let r = try resolve([
            "failures": .text("paper-2024"), "gpu_mtbf_hours": .number(50_000), "cpu_mtbf_hours": .text("2000000"),
            "gpus_per_cpu": .number(8),
            "gpu_memory": .text("141 GB"), "sustained_tflops": .text("400 TFLOP/s"), "token_scaling": .number(2),
            "tokens_per_param": .number(20), "flop_per_token": .number(6), "sequential_fraction": .number(0.02),
            "tolerate": .text("3/50"), "repair_hours": .number(1), "restart_hours": .number(0.5),
            "checkpoint_bandwidth": .text("1 TB/s"), "checkpoint_fraction": .number(0.8),
            "optimized_checkpoint_bandwidth": .text("4TB/s"), "optimized_checkpoint_fraction": .number(0.25),
            "price_per_gpu_hour": .text("$2/h"),
        ])
        let t = r.sweep.model.table3
        #expect(t.gpuMTBF == .hours(50_000) && t.cpuMTBF == .hours(2_000_000) && t.gpusPerCPU == 8)
        #expect(t.gpuMemory == .gigabytes(141) && t.sustainedPerGPU == .teraflops(400) && t.tokenScaling == 2)
        #expect(t.sequentialFraction == 0.02 && t.toleratedGroups == 3 && t.dataParallelGroups == 50)
        #expect(t.timeToRepair == .hours(1) && t.restartTime == .hours(0.5))
        #expect(t.checkpointBandwidth == .terabytesPerSecond(1) && t.checkpointFraction == 0.8)
        #expect(t.optimizedCheckpointBandwidth == .terabytesPerSecond(4) && t.optimizedMemoryFraction == 0.25)
        #expect(abs(t.pricePerGPU.inDollarsPerHour - 2) < 1e-12)
        #expect(r.sweep.model.failures.gpuMTBF == .hours(50_000))  // MTBF flags reach the failure model
    }

    @Test func gpuRangesListsAndSingleCounts() throws {
        let range = try resolve(["gpus": .text("1k...100k"), "points": .number(25)]).sweep.gpuCounts
        #expect(range.count == 25 && range.first == 1000 && range.last == 100_000)
        #expect(try resolve(["gpus": .text("1k,4k,16k")]).sweep.gpuCounts == [1000, 4000, 16_000])
        #expect(try resolve(["gpus": .text("50k")]).sweep.gpuCounts == [50_000])
        #expect(try resolve(["gpus": .number(2048)]).sweep.gpuCounts == [2048])
    }

    @Test(arguments: [
        ("gpus", InputValue.text("100k...1k")), ("gpus", .text("lots")), ("tolerate", .text("100/100")),
        ("tolerate", .text("5")),
        ("failures", .text("llama4")), ("interval", .text("weekly")), ("amdahl", .text("all")),
        ("checkpoint_fraction", .number(2)),
        ("gpu_mtbf_hours", .number(-1)), ("points", .number(1)), ("model", .text("gpt-5")), ("partitions", .number(1)),
        ("sequential_fraction", .number(1)), ("checkpoint_bytes_per_param", .number(0)), ("mtbf", .number(5)),
    ])
    func badFieldsAreNamed(_ key: String, _ value: InputValue) {
        do {
            _ = try resolve([key: value])
            Issue.record("accepted \(key) = \(value)")
        } catch let e as InputError {
            #expect(e.field == key, "\(e)")
        } catch { Issue.record("\(error)") }
    }

    @Test func pointsNeedARange() {
        #expect(throws: InputError.self) { try resolve(["gpus": .text("1k,4k"), "points": .number(20)]) }
    }

    @Test func everyTable3SourceKeyIsAField() {
        // Table 3 constants are documented under their flag names; each must be accepted by `reckon scale`.
        for key in Table3Parameters.sources.keys {
            #expect(ScaleRequest.keys.contains(key), "\(key) is not a scale field")
        }
    }

    @Test func llama3PresetRefusesComponentMTBFs() {
        #expect(throws: InputError.self) {
            try resolve(["failures": .text("llama3-observed"), "gpu_mtbf_hours": .number(1e6)])
        }
    }

    @Test func llama3ComparisonCarriesBothFigures() throws {
        // ground-truth/reliability.csv: 419 unexpected interruptions; paper-2024 gives 25.9 (hand: FailureModelTests);
        // ±1%.
        let c = try resolve([:]).llama3
        #expect(c.observed == 419)
        #expect(abs(c.expectedObservedPreset / 419 - 1) < 0.01)
        #expect(abs(c.expectedPaper / 25.89 - 1) < 0.01)
    }

    @Test func bytesPerParameterOnlyWithModelState() {
        do {
            _ = try resolve(["checkpoint_basis": .text("gpu-memory"), "checkpoint_bytes_per_param": .number(14)])
            Issue.record("accepted bytes per parameter with gpu-memory")
        } catch let e as InputError { #expect(e.field == "checkpoint_bytes_per_param") } catch {
            Issue.record("\(error)")
        }
    }

    @Test func modelStateBasisAndAsyncWrites() throws {
        let r = try resolve(["checkpoint_basis": .text("model-state"), "checkpoint_blocking_fraction": .number(0.1)])
        #expect(r.sweep.model.checkpointBasis == .modelState(bytesPerParameter: 14))
        #expect(r.sweep.series.allSatisfy { $0.variant.blockingFraction == 0.1 })
    }
}

/// Issue 21's fields of the observed system reach the library model.
@Suite struct ScaleRequestReliabilityFieldsTests {
    func resolve(_ fields: [String: InputValue]) throws -> ScaleRequest.Resolved {
        try ScaleRequest.resolve(InputFields(fields, origin: "test"))
    }

    @Test func observedSystemFields() throws {
        let r = try resolve([
            "node_storage_bandwidth": .text("25GB/s"), "checkpoint_strategy": .text("asynchronous"),
            "optimized_checkpoint_strategy": .text("in-memory"), "checkpoint_replicas": .number(2),
            "snapshot_bandwidth": .text("30GB/s"), "hot_spares": .text("both"),
            "reschedule_minutes": .number(20), "warmup_minutes": .number(5), "hang_share": .number(0.5),
            "hang_timeout_minutes": .number(30), "straggler_slowdown": .number(0.1),
        ])
        let base = r.sweep.series[0].variant
        let opt = r.sweep.series[1].variant
        #expect(base.storage.nodeLink == .gigabytesPerSecond(25) && opt.storage.nodeLink == .gigabytesPerSecond(25))
        #expect(base.strategy == .asynchronous(snapshotPerGPU: .gigabytesPerSecond(30)))
        #expect(opt.strategy == .inMemory(replicas: 2, snapshotPerGPU: .gigabytesPerSecond(30)))
        let parts = try RestartParts(
            hangShare: 0.5, hangTimeout: .minutes(30), rescheduling: .minutes(20),
            warmUp: .minutes(5), hotSpares: true)
        #expect(base.restart == .parts(parts) && opt.restart == .parts(parts))
        #expect(r.sweep.model.slowdowns.stragglers == 0.1)
        let none = try resolve(["hot_spares": .text("none")])
        #expect(none.sweep.series.allSatisfy { $0.variant.restart?.usesHotSpares == false })
    }

    @Test func observedOnlyFieldsAreRefusedWithThePapersPreset() {
        for key in ["node_storage_bandwidth", "hot_spares", "reschedule_minutes"] {
            let value: InputValue = key == "hot_spares" ? .text("both") : .number(5)
            do {
                _ = try resolve(["failures": .text("paper-2024"), key: value])
                Issue.record("\(key) accepted with paper-2024")
            } catch let e as InputError { #expect(e.field == key) } catch { Issue.record("\(error)") }
        }
    }
}
