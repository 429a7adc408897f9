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
/// framework.md §3.1 B4.
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

    public init(gpuMTBF: Seconds?, cpuMTBF: Seconds? = nil, gpusPerCPU: Double = 4,
                nodeMTBF: Seconds? = nil, gpusPerNode: Double = 8,
                networkMTBFPerGPU: Seconds? = nil, otherMTBFPerGPU: Seconds? = nil, source: String) throws {
        for (value, field) in [(gpuMTBF, "gpu_mtbf_hours"), (cpuMTBF, "cpu_mtbf_hours"), (nodeMTBF, "node_mtbf_hours"),
                               (networkMTBFPerGPU, "network_mtbf_hours"), (otherMTBFPerGPU, "other_mtbf_hours")] {
            if let value { try Check.positive(value.inHours, field) }
        }
        try Check.positive(gpusPerCPU, "gpus_per_cpu", max: 1e6)
        try Check.positive(gpusPerNode, "gpus_per_node", max: 1e6)
        self.gpuMTBF = gpuMTBF; self.cpuMTBF = cpuMTBF; self.gpusPerCPU = gpusPerCPU
        self.nodeMTBF = nodeMTBF; self.gpusPerNode = gpusPerNode
        self.networkMTBFPerGPU = networkMTBFPerGPU; self.otherMTBFPerGPU = otherMTBFPerGPU
        self.source = source
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
    /// The paper's Table 3: GPU 950k h, CPU 1.5M h, 4 GPUs per CPU; nothing else fails.
    ///
    /// System rate per GPU = 1/950,000 + 1/(4 × 1,500,000) per hour → all-cause MTBF 820,100 GPU-hours,
    /// so MTTI = 820,100 h / N (16.4 h at 50k GPUs). Source: arXiv:2404.08811, Table 3.
    public static let paper2024 = FailureModel(table3: .paper2024)

    /// The failure part of a ``Table3Parameters`` set (GPU and CPU only, as in the paper).
    public init(table3 p: Table3Parameters) {
        self.init(unchecked: p.gpuMTBF, cpuMTBF: p.cpuMTBF, gpusPerCPU: p.gpusPerCPU,
                  source: Table3Parameters.source + " (GPU_mtbf_base, CPU_mtbf_base, GPUs_per_CPU)")
    }

    /// Observed in Llama 3 405B pretraining: 419 unexpected interruptions in a 54-day snapshot on
    /// 16,384 H100 GPUs (Llama Team 2024, arXiv:2407.21783, Sec. 3.3.4, Table 5; ground truth:
    /// `shared/ground-truth/reliability.csv`, rows "unexpected interruptions" and "Table 5 interruptions: …").
    ///
    /// Derivation (exposure = 16,384 GPUs × 54 d × 24 h = 21,233,664 GPU-hours; 8 GPUs per server):
    /// ```
    /// all causes:  21,233,664 / 419 = 50,677 GPU-h per interruption   (job MTBF 1,296 h / 419 = 3.09 h)
    /// GPU     268 = faulty GPU 148 + HBM3 72 + SRAM 19 + GSP 17 + SDC 6 + thermal 6
    ///              → MTBF_gpu   = 21,233,664 / 268           =  79,230 h per GPU
    /// node     21 = NIC 7 + SSD 3 + PSU 3 + chassis 2 + IO board 2 + CPU 2 + memory 2
    ///              → MTBF_node  = (16,384/8) × 1,296 / 21    = 126,391 h per 8-GPU server
    /// network  35 = switch/cable 35   → MTBF_net   = 21,233,664 / 35 = 606,676 GPU-h
    /// other    95 = software bug 54 + unplanned host maintenance 32 + NCCL watchdog 7 + dependency 2
    ///              → MTBF_other = 21,233,664 / 95            = 223,512 GPU-h
    /// 268 + 21 + 35 + 95 = 419, so λ(16,384) × 1,296 h = 419 by construction.
    /// ```
    /// Assumes all 16,384 GPUs ran for the whole window and that every unexpected interruption stopped the job.
    /// The 47 planned interruptions (maintenance, firmware) are excluded.
    public static let llama3Observed: FailureModel = {
        let exposureGPUHours = 16_384.0 * 54 * 24
        return FailureModel(unchecked: .hours(exposureGPUHours / 268),
                            cpuMTBF: nil, gpusPerCPU: 4,
                            nodeMTBF: .hours(exposureGPUHours / 8 / 21), gpusPerNode: 8,
                            networkMTBFPerGPU: .hours(exposureGPUHours / 35),
                            otherMTBFPerGPU: .hours(exposureGPUHours / 95),
                            source: "Llama Team 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Sec. 3.3.4 and Table 5 "
                                + "(419 unexpected interruptions, 54 days, 16,384 H100)")
    }()

    /// A named preset: `paper-2024` or `llama3-observed`.
    public static func preset(named name: String) throws -> FailureModel {
        switch name {
        case "paper-2024": return .paper2024
        case "llama3-observed": return .llama3Observed
        default: throw InputError(field: "failures", value: name, allowed: "one of: paper-2024, llama3-observed")
        }
    }

    /// The preset names ``preset(named:)`` accepts.
    public static let presetNames = ["paper-2024", "llama3-observed"]

    @usableFromInline
    init(unchecked gpuMTBF: Seconds?, cpuMTBF: Seconds? = nil, gpusPerCPU: Double = 4, nodeMTBF: Seconds? = nil,
         gpusPerNode: Double = 8, networkMTBFPerGPU: Seconds? = nil, otherMTBFPerGPU: Seconds? = nil, source: String) {
        self.gpuMTBF = gpuMTBF; self.cpuMTBF = cpuMTBF; self.gpusPerCPU = gpusPerCPU
        self.nodeMTBF = nodeMTBF; self.gpusPerNode = gpusPerNode
        self.networkMTBFPerGPU = networkMTBFPerGPU; self.otherMTBFPerGPU = otherMTBFPerGPU
        self.source = source
    }
}
