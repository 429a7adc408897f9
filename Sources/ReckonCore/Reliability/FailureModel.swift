import ReckonUnits

/// How often a training job on N GPUs is interrupted, from the mean time between failures of each
/// kind of component.
///
/// ```
/// λ(N) = N · ( 1/MTBF_gpu + 1/(g_cpu·MTBF_cpu) + 1/(g_node·MTBF_node) + 1/MTBF_net + 1/MTBF_other )
/// MTTI(N) = 1 / λ(N)
/// ```
/// - `N`: GPUs in the job
/// - `MTBF_gpu`: mean time between failures of one GPU, s
/// - `MTBF_cpu`, `g_cpu`: of one host CPU, s, and the GPUs each CPU serves (N/g_cpu CPUs)
/// - `MTBF_node`, `g_node`: of one node's remaining parts (NIC, disk, power, board), s, and GPUs per node
/// - `MTBF_net`, `MTBF_other`: network and everything else (software, maintenance), stated per GPU of the
///   job because that is how they were measured (events ÷ GPU-hours), s
/// - `λ`: interruptions per second; `MTTI`: mean time to interrupt of the job, s
///
/// Assumes independent, exponentially distributed failures, every one of which interrupts the whole
/// synchronous job (no spares). A component left `nil` never fails.
/// Source: Faraboschi et al. 2024, arXiv:2404.08811, Table 3 ("GPUs_per_CPU … for MTTI calculation");
/// framework.md §3.1 B4. The presets (``paper2024``, ``llama3Observed``, ``rscA100Observed``; by name with
/// ``preset(named:)``) are in `FailureModel+Presets.swift`, each with the component rates behind it.
public struct FailureModel: Sendable, Hashable {
    public var gpuMTBF: Seconds?
    public var cpuMTBF: Seconds?
    public var gpusPerCPU: Double
    public var nodeMTBF: Seconds?
    public var gpusPerNode: Double
    public var networkMTBFPerGPU: Seconds?
    public var otherMTBFPerGPU: Seconds?
    /// Where the numbers come from.
    public var source: String
    /// The named preset these rates are (``FailurePreset/custom`` once a rate is set by hand).
    public var preset: FailurePreset
    /// The component rates behind the grouped MTBFs above, each with its source (see ``FailureComponent``).
    /// Their sum equals ``ratePerGPU`` (a test checks it for every preset).
    public var components: [FailureComponent]

    public init(
        gpuMTBF: Seconds?, cpuMTBF: Seconds? = nil, gpusPerCPU: Double = 4,
        nodeMTBF: Seconds? = nil, gpusPerNode: Double = 8,
        networkMTBFPerGPU: Seconds? = nil, otherMTBFPerGPU: Seconds? = nil, source: String
    ) throws {
        for (value, field) in [
            (gpuMTBF, "gpu_mtbf_hours"), (cpuMTBF, "cpu_mtbf_hours"), (nodeMTBF, "node_mtbf_hours"),
            (networkMTBFPerGPU, "network_mtbf_hours"), (otherMTBFPerGPU, "other_mtbf_hours"),
        ] {
            if let value { try Check.positive(value.inHours, field) }
        }
        try Check.positive(gpusPerCPU, "gpus_per_cpu", max: 1e6)
        try Check.positive(gpusPerNode, "gpus_per_node", max: 1e6)
        self.gpuMTBF = gpuMTBF
        self.cpuMTBF = cpuMTBF
        self.gpusPerCPU = gpusPerCPU
        self.nodeMTBF = nodeMTBF
        self.gpusPerNode = gpusPerNode
        self.networkMTBFPerGPU = networkMTBFPerGPU
        self.otherMTBFPerGPU = otherMTBFPerGPU
        self.source = source
        self.preset = .custom
        self.components = Self.grouped(
            gpu: gpuMTBF, cpu: cpuMTBF, gpusPerCPU: gpusPerCPU, node: nodeMTBF,
            gpusPerNode: gpusPerNode, network: networkMTBFPerGPU, other: otherMTBFPerGPU,
            source: source)
    }

    /// Interruptions per second contributed by one GPU of the job (all components, shared ones pro rata).
    @inlinable
    public var ratePerGPU: Double {
        var rate = 0.0
        if let gpuMTBF { rate += 1 / gpuMTBF.value }
        if let cpuMTBF { rate += 1 / (gpusPerCPU * cpuMTBF.value) }
        if let nodeMTBF { rate += 1 / (gpusPerNode * nodeMTBF.value) }
        if let networkMTBFPerGPU { rate += 1 / networkMTBFPerGPU.value }
        if let otherMTBFPerGPU { rate += 1 / otherMTBFPerGPU.value }
        return rate
    }

    /// Mean time between interruptions attributable to one GPU of the job (all causes): `1 / (λ/N)`.
    public var allCauseMTBFPerGPU: Seconds { Seconds(1 / ratePerGPU) }

    /// Job interruptions per second on `gpus` GPUs: `λ(N)`.
    @inlinable
    public func failureRate(gpus: Double) -> Double { gpus * ratePerGPU }

    /// Mean time to interrupt of a job on `gpus` GPUs: `1 / λ(N)`; infinite if nothing can fail.
    @inlinable
    public func mtti(gpus: Double) -> Seconds { Seconds(1 / failureRate(gpus: gpus)) }

    /// Interruptions to expect on `gpus` GPUs over `duration`: `λ(N) · t`.
    public func expectedInterruptions(gpus: Double, over duration: Seconds) -> Double {
        failureRate(gpus: gpus) * duration.value
    }
}

extension FailureModel {
    /// Sum of the component rates, per GPU-hour (equals ``ratePerGPU`` × 3600 for every preset).
    public var componentRatePerGPUHour: Double { components.reduce(0) { $0 + $1.ratePerGPUHour } }

    /// Share of the rate in the given categories, in [0, 1].
    public func share(of categories: Set<FailureComponent.Category>) -> Double {
        let part = components.filter { categories.contains($0.category) }.reduce(0) { $0 + $1.ratePerGPUHour }
        return part / componentRatePerGPUHour
    }

    /// One component per grouped MTBF, for models given as MTBFs rather than as counted events.
    static func grouped(
        gpu: Seconds?, cpu: Seconds?, gpusPerCPU: Double, node: Seconds?, gpusPerNode: Double,
        network: Seconds?, other: Seconds?, source: String
    ) -> [FailureComponent] {
        var parts: [FailureComponent] = []
        if let gpu { parts.append(.mtbf("GPU", .gpu, hours: gpu.inHours, source: source)) }
        if let cpu { parts.append(.mtbf("CPU", .host, hours: cpu.inHours, sharedBy: gpusPerCPU, source: source)) }
        if let node { parts.append(.mtbf("node", .host, hours: node.inHours, sharedBy: gpusPerNode, source: source)) }
        if let network { parts.append(.mtbf("network", .network, hours: network.inHours, source: source)) }
        if let other { parts.append(.mtbf("other", .unknown, hours: other.inHours, source: source)) }
        return parts
    }
}
