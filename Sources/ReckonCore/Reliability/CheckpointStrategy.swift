import ReckonUnits

/// How a checkpoint is taken, and what each way costs.
///
/// ```
/// synchronous:   δ = a · S / BW(N)                W = 0                  L = S / BW(N)      H = 0
/// asynchronous:  δ = (S / N) / B_snap             W = S / BW(N)          L = S / BW(N)      H = S / n
/// in-memory r:   δ = (S / N) / B_snap             W = r · (S / n) / ℓ    L = (S / n) / ℓ    H = (1 + r) · S / n
/// τ ≥ W                                           (a write must finish before the next snapshot)
/// ```
/// - `S`: whole checkpoint, all ranks, B; `N`: GPUs; `n = ⌈N/g⌉`: nodes; `BW(N)`:
///   ``CheckpointStorage/bandwidth(gpus:)``
/// - `a`: blocking fraction of a synchronous write (1 = the job waits for all of it)
/// - `B_snap`: device-to-host copy bandwidth per GPU, B/s; `ℓ`: storage/peer link per node, B/s
///   (``CheckpointStorage/nodeLink``; without one, the node's share of the file system, `BW(N)/n`)
/// - `δ`: time training is blocked per checkpoint, s; `W`: time until the checkpoint is safe (persisted to the file
///   system, or copied to `r` peers), s — a failure loses `W` more work on average; `L`: time to load it at restart, s
/// - `H`: host memory a node sets aside, B (one staging copy, plus `r` peers' copies for in-memory redundancy)
///
/// Asynchronous checkpointing snapshots GPU state to host memory and persists it in the background (PyTorch
/// Distributed Checkpoint `async_save`: stage to CPU, then write from a background thread). In-memory redundancy keeps
/// each node's shard in the host memory of `r` other nodes and restores from there (Wang et al. 2023, *GEMINI: Fast
/// Failure Recovery in Distributed Training with In-Memory Checkpoints*, SOSP '23; Gemini's largest run rose from 85%
/// to 97% goodput with in-memory redundant state, dev-2026/reliability_rates.csv GEMINI-GOODPUT).
/// Assumes a failure takes down at most `r` nodes' copies at once (independent node failures), that background
/// traffic does not slow training, and that in-memory checkpoints still reach the file system now and then (not
/// counted). With fewer than `r + 1` nodes the copies cannot be on other nodes: the strategy acts as asynchronous.
public enum CheckpointStrategy: Sendable, Hashable {
    case synchronous
    case asynchronous(snapshotPerGPU: BytesPerSecond)
    case inMemory(replicas: Int, snapshotPerGPU: BytesPerSecond)

    /// Device-to-host copy per GPU: 504 GB/s of GPU–PCIe bandwidth per 8-GPU HGX H200 node → 63 GB/s per GPU
    /// (PCIe Gen5 x16). Source: MLCommons Inference v4.1 system description `H200-SXM-141GBx8_TRT_MaxQ.json`
    /// ("Data bandwidth for GPU-PCIe: 504GB/s"; "host_memory_capacity": "2 TB").
    public static let hgxSnapshotPerGPU = BytesPerSecond.gigabytesPerSecond(63)
    /// Host memory of one 8-GPU HGX node, same source: 2 TB.
    public static let hgxHostMemory = Bytes.terabytes(2)

    /// Name for tables and JSON: `synchronous`, `asynchronous`, `in-memory`.
    public var name: String {
        switch self {
        case .synchronous: "synchronous"
        case .asynchronous: "asynchronous"
        case .inMemory: "in-memory"
        }
    }

    /// Throws an ``InputError`` naming the field for a bandwidth that is not > 0 or a replica count below 1.
    public func validate() throws {
        switch self {
        case .synchronous: return
        case .asynchronous(let b): try Check.positive(b.value, "snapshot_bandwidth")
        case .inMemory(let r, let b):
            try Check.integer(r, "checkpoint_replicas", in: 1...16)
            try Check.positive(b.value, "snapshot_bandwidth")
        }
    }

    /// `δ`, `W`, `L` and `H` for a checkpoint of `size` bytes on `gpus` GPUs. Allocation-free.
    @inlinable
    public func timing(
        size s: Double, gpus n: Double, storage: CheckpointStorage,
        blockingFraction a: Double
    ) -> CheckpointTiming {
        let bw = storage.bandwidth(gpus: n)
        let nodes = storage.nodes(gpus: n)
        let perNode = s / nodes
        switch self {
        case .synchronous:
            return CheckpointTiming(blocking: a * s / bw, exposure: 0, load: s / bw, hostMemoryPerNode: 0)
        case .asynchronous(let snap):
            return CheckpointTiming(
                blocking: s / n / snap.value, exposure: s / bw, load: s / bw,
                hostMemoryPerNode: perNode)
        case .inMemory(let replicas, let snap):
            let r = Swift.min(Double(replicas), nodes - 1)
            guard r >= 1 else {
                return CheckpointTiming(
                    blocking: s / n / snap.value, exposure: s / bw, load: s / bw,
                    hostMemoryPerNode: perNode)
            }
            let link = storage.nodeLink?.value ?? bw / nodes
            return CheckpointTiming(
                blocking: s / n / snap.value, exposure: r * perNode / link, load: perNode / link,
                hostMemoryPerNode: (1 + r) * perNode)
        }
    }
}

/// The times and memory of one checkpoint under a ``CheckpointStrategy`` (seconds and bytes).
public struct CheckpointTiming: Sendable, Hashable {
    /// `δ`: training blocked per checkpoint, s.
    public var blocking: Double
    /// `W`: time from the snapshot until the checkpoint survives a failure, s (0 when synchronous).
    public var exposure: Double
    /// `L`: time to read the checkpoint back at a restart, s.
    public var load: Double
    /// `H`: host memory per node, B.
    public var hostMemoryPerNode: Double

    @inlinable
    public init(blocking: Double, exposure: Double, load: Double, hostMemoryPerNode: Double) {
        self.blocking = blocking
        self.exposure = exposure
        self.load = load
        self.hostMemoryPerNode = hostMemoryPerNode
    }
}
