import Foundation
import ReckonUnits

/// Where checkpoints go and how fast: a shared file system reached through each node's storage link.
///
/// ```
/// BW(N) = min(L · ⌈N / g⌉, F)
/// ```
/// - `N`: GPUs of the job; `g`: GPUs per node; `L`: storage link per node, B/s (`nil`: not limiting)
/// - `F`: aggregate throughput of the file system, B/s; `BW`: what the job can write (and read back), B/s
///
/// Small jobs are limited by their own links, large ones by the file system. Assumes every node writes its
/// share of the checkpoint in parallel and reads it back at the same rate (the sources give one throughput,
/// not separate read and write figures).
public struct CheckpointStorage: Sendable, Hashable {
    /// Aggregate file-system throughput `F`.
    public var fileSystem: BytesPerSecond
    /// Storage link of one node `L` (`nil` = never the bottleneck, the paper's reading).
    public var nodeLink: BytesPerSecond?
    /// GPUs per node `g`.
    public var gpusPerNode: Double

    public init(fileSystem: BytesPerSecond, nodeLink: BytesPerSecond?, gpusPerNode: Double = 8) throws {
        try Check.positive(fileSystem.value, "checkpoint_bandwidth")
        if let nodeLink { try Check.positive(nodeLink.value, "node_storage_bandwidth") }
        try Check.positive(gpusPerNode, "gpus_per_node", max: 1e6)
        self.init(unchecked: fileSystem, nodeLink: nodeLink, gpusPerNode: gpusPerNode)
    }

    init(unchecked fileSystem: BytesPerSecond, nodeLink: BytesPerSecond?, gpusPerNode: Double) {
        self.fileSystem = fileSystem
        self.nodeLink = nodeLink
        self.gpusPerNode = gpusPerNode
    }

    /// Nodes of a job on `gpus` GPUs: `⌈N / g⌉`.
    @inlinable
    public func nodes(gpus: Double) -> Double { (gpus / gpusPerNode).rounded(.up) }

    /// `BW(N)`, B/s.
    @inlinable
    public func bandwidth(gpus: Double) -> Double {
        guard let nodeLink else { return fileSystem.value }
        return Swift.min(nodeLink.value * nodes(gpus: gpus), fileSystem.value)
    }

    /// A Llama-3-class cluster: Tectonic's sustained 2 TB/s and a 2 × 200 GbE converged link per 8-GPU node.
    ///
    /// Sources: Llama Team 2024, arXiv:2407.21783, Sec. 3.3.1 ("sustainable throughput of 2 TB/s and a peak
    /// throughput of 7 TB/s", reliability.csv row "Llama 3 storage (Tectonic)"); NVIDIA HGX AI Factory reference
    /// architecture (H100/H200/B200), Network Logical Architecture: the converged north/south network "connects the
    /// nodes using two 200 GbE ports … for … storage" → 400 Gb/s = 50 GB/s per node.
    public static let llama3Class = CheckpointStorage(
        unchecked: .terabytesPerSecond(2),
        nodeLink: .gigabytesPerSecond(50), gpusPerNode: 8)
}
