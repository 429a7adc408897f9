import Testing
import ReckonCore
import ReckonUnits

/// δ, W, L and H of each strategy against hand arithmetic for 1.8T parameters (25.2 TB) on 50,000 GPUs
/// (6,250 nodes; BW = min(50 GB/s × 6,250, 2 TB/s) = 2 TB/s). All exact up to floating-point rounding.
@Suite struct CheckpointStrategyTests {
    let s = 25.2e12, n = 50_000.0, storage = CheckpointStorage.llama3Class

    func close(_ a: Double, _ b: Double) -> Bool { abs(a / b - 1) < 1e-12 }

    @Test func synchronousBlocksForTheWholeWrite() {
        let t = CheckpointStrategy.synchronous.timing(size: s, gpus: n, storage: storage, blockingFraction: 1)
        #expect(close(t.blocking, 12.6) && t.exposure == 0 && close(t.load, 12.6) && t.hostMemoryPerNode == 0)
        let partial = CheckpointStrategy.synchronous.timing(size: s, gpus: n, storage: storage, blockingFraction: 0.1)
        #expect(close(partial.blocking, 1.26))
    }

    @Test func asynchronousBlocksOnlyForTheSnapshot() {
        // Snapshot: 25.2 TB / 50,000 = 504 MB per GPU at 63 GB/s = 8 ms; persist 12.6 s; 4.032 GB of host memory per
        // node.
        let t = CheckpointStrategy.asynchronous(snapshotPerGPU: CheckpointStrategy.hgxSnapshotPerGPU)
            .timing(size: s, gpus: n, storage: storage, blockingFraction: 1)
        #expect(close(t.blocking, 0.008) && close(t.exposure, 12.6) && close(t.load, 12.6))
        #expect(close(t.hostMemoryPerNode, 4.032e9))
    }

    @Test func inMemoryCopiesToPeersAndRestoresFromThem() {
        // One peer: 4.032 GB per node over 50 GB/s = 80.64 ms to be safe and to restore; host memory 2 × 4.032 GB.
        let t = CheckpointStrategy.inMemory(replicas: 1, snapshotPerGPU: CheckpointStrategy.hgxSnapshotPerGPU)
            .timing(size: s, gpus: n, storage: storage, blockingFraction: 1)
        #expect(close(t.blocking, 0.008) && close(t.exposure, 0.08064) && close(t.load, 0.08064))
        #expect(close(t.hostMemoryPerNode, 8.064e9))
        // A single node has no peer: it behaves as asynchronous (writes 25.2 TB at 50 GB/s = 504 s).
        let alone = CheckpointStrategy.inMemory(replicas: 1, snapshotPerGPU: CheckpointStrategy.hgxSnapshotPerGPU)
            .timing(size: s, gpus: 8, storage: storage, blockingFraction: 1)
        #expect(close(alone.exposure, 504) && close(alone.hostMemoryPerNode, s))
    }

    @Test func badStrategiesNameTheField() {
        do {
            try CheckpointStrategy.inMemory(replicas: 0, snapshotPerGPU: .gigabytesPerSecond(63)).validate()
            Issue.record("0 replicas accepted")
        } catch let e as InputError { #expect(e.field == "checkpoint_replicas") } catch { Issue.record("\(error)") }
        #expect(throws: InputError.self) {
            try CheckpointStrategy.asynchronous(snapshotPerGPU: BytesPerSecond(0)).validate()
        }
    }
}
