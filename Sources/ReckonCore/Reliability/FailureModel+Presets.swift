import ReckonUnits

/// The failure presets Reckon knows, by the name a user types (`--failures NAME`).
public enum FailurePreset: String, Sendable, Hashable, CaseIterable {
    /// Observed: Llama 3 405B pretraining's 419 unexpected interruptions (the default for `train`, `scale`, `roadmap`).
    case llama3Observed = "llama3-observed"
    /// Observed: Meta's RSC-1/RSC-2 A100 research clusters, from the MTTF of 1,024-GPU jobs.
    case rscA100Observed = "rsc-a100-observed"
    /// The paper's Table 3 (datasheet MTBFs), kept to reproduce its Fig. 7.
    case paper2024 = "paper-2024"
    /// Rates set by hand.
    case custom

    /// Names ``FailureModel/preset(named:)`` accepts (``custom`` is not one: it is what hand-set rates become).
    public static let names = allCases.filter { $0 != .custom }.map(\.rawValue)

    /// The preset `train`, `scale` and `roadmap` use when none is given: observed rates. Reproducing the paper's
    /// Fig. 7 is the one case that needs ``paper2024`` (with the `gpu-memory` checkpoint basis).
    public static func defaultPreset(reproducingFigure7: Bool = false) -> FailurePreset {
        reproducingFigure7 ? .paper2024 : .llama3Observed
    }

    /// Why the default is what it is, for the assumptions list.
    public static let defaultSource =
        "observed interruptions of the largest published run (Llama 3 405B, 16,384 H100, "
        + "54 days: 419 unexpected); the paper's Table 3 expects 16× fewer "
        + "(Llama Team 2024, arXiv:2407.21783, Sec. 3.3.4)"

    public var failures: FailureModel {
        switch self {
        case .llama3Observed: .llama3Observed
        case .rscA100Observed: .rscA100Observed
        case .paper2024, .custom: .paper2024
        }
    }
}

extension FailureModel {
    /// The paper's Table 3: GPU 950k h, CPU 1.5M h, 4 GPUs per CPU; nothing else fails.
    ///
    /// System rate per GPU = 1/950,000 + 1/(4 × 1,500,000) per hour → all-cause MTBF 820,100 GPU-hours,
    /// so MTTI = 820,100 h / N (16.4 h at 50k GPUs). Source: arXiv:2404.08811, Table 3.
    public static let paper2024 = FailureModel(table3: .paper2024)

    /// The failure part of a ``Table3Parameters`` set (GPU and CPU only, as in the paper). The preset is
    /// ``FailurePreset/paper2024`` when the three values are the paper's, ``FailurePreset/custom`` otherwise.
    public init(table3 p: Table3Parameters) {
        let source = Table3Parameters.source + " (GPU_mtbf_base, CPU_mtbf_base, GPUs_per_CPU)"
        self.init(unchecked: p.gpuMTBF, cpuMTBF: p.cpuMTBF, gpusPerCPU: p.gpusPerCPU, source: source)
        let paper = Table3Parameters.paper2024
        let isPaper = p.gpuMTBF == paper.gpuMTBF && p.cpuMTBF == paper.cpuMTBF && p.gpusPerCPU == paper.gpusPerCPU
        preset = isPaper ? .paper2024 : .custom
        components = [
            .mtbf("GPU (A100 datasheet)", .gpu, hours: p.gpuMTBF.inHours, source: source),
            .mtbf("host CPU", .host, hours: p.cpuMTBF.inHours, sharedBy: p.gpusPerCPU, source: source),
        ]
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
    /// ``components`` lists the 18 Table 5 rows, each as its count ÷ 21,233,664 GPU-hours.
    /// Assumes all 16,384 GPUs ran for the whole window and that every unexpected interruption stopped the job.
    /// The 47 planned interruptions (maintenance, firmware) are excluded.
    public static let llama3Observed: FailureModel = {
        var model = FailureModel(
            unchecked: .hours(Llama3Table5.exposureGPUHours / 268),
            cpuMTBF: nil, gpusPerCPU: 4,
            nodeMTBF: .hours(Llama3Table5.exposureGPUHours / 8 / 21), gpusPerNode: 8,
            networkMTBFPerGPU: .hours(Llama3Table5.exposureGPUHours / 35),
            otherMTBFPerGPU: .hours(Llama3Table5.exposureGPUHours / 95),
            source: Llama3Table5.source)
        model.preset = .llama3Observed
        model.components = Llama3Table5.components
        return model
    }()

    /// Observed on Meta's RSC-1 (16k A100) and RSC-2 (8k A100) research clusters over 11 months: the mean time to
    /// failure of 1,024-GPU jobs is 7.9 h (Kokolis et al. 2024, arXiv:2410.21680, Fig. 7; ground truth:
    /// `dev-2026/reliability_rates.csv`, row RSC-MTTF-1024).
    ///
    /// ```
    /// r = 1 / (7.9 h × 1,024) = 1.236e-4 per GPU-hour   → all-cause MTBF 8,090 GPU-h (6.3× Llama 3's rate)
    /// ```
    /// The quoted source gives no breakdown by component, so the preset has one component, "all causes".
    /// It stands for A100 clusters of 2021–2023: the development data hold no OPT or BLOOM interruption counts
    /// (`reliability.csv` has none), and RSC is Meta's own A100 fleet, not a public cloud.
    /// Assumes failures scale linearly with GPUs; the 8-GPU figure of the same paper (47.7 days) is 13% longer
    /// than that predicts (reported by the development-set test).
    public static let rscA100Observed: FailureModel = {
        let gpuHoursPerFailure = 7.9 * 1024
        let source =
            "Kokolis et al. 2024, Revisiting Reliability in Large-Scale ML Research Clusters, arXiv:2410.21680, "
            + "Fig. 7: MTTF of 1,024-GPU jobs 7.9 h"
        var model = FailureModel(unchecked: nil, otherMTBFPerGPU: .hours(gpuHoursPerFailure), source: source)
        model.preset = .rscA100Observed
        model.components = [
            .mtbf(
                "all causes (not broken down in the quoted source)", .allCauses,
                hours: gpuHoursPerFailure, source: source)
        ]
        return model
    }()

    /// A named preset: one of ``FailurePreset/names``.
    public static func preset(named name: String) throws -> FailureModel {
        guard let preset = FailurePreset(rawValue: name), preset != .custom else {
            throw InputError(
                field: "failures", value: name, allowed: "one of: " + FailurePreset.names.joined(separator: ", "))
        }
        return preset.failures
    }

    /// The preset names ``preset(named:)`` accepts.
    public static let presetNames = FailurePreset.names

    @usableFromInline
    init(
        unchecked gpuMTBF: Seconds?, cpuMTBF: Seconds? = nil, gpusPerCPU: Double = 4, nodeMTBF: Seconds? = nil,
        gpusPerNode: Double = 8, networkMTBFPerGPU: Seconds? = nil, otherMTBFPerGPU: Seconds? = nil, source: String
    ) {
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
}

/// Llama 3 405B pretraining's interruption taxonomy (Llama Team 2024, arXiv:2407.21783, Table 5), as counted.
public enum Llama3Table5 {
    /// 16,384 GPUs × 54 days × 24 h.
    public static let exposureGPUHours = 16_384.0 * 54 * 24
    public static let source =
        "Llama Team 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Sec. 3.3.4 and Table 5 "
        + "(419 unexpected interruptions, 54 days, 16,384 H100)"

    /// The 18 rows of Table 5 (count, root cause, component → category); the counts add up to 419.
    public static let rows: [(cause: String, count: Double, category: FailureComponent.Category)] = [
        ("Faulty GPU", 148, .gpu), ("GPU HBM3 Memory", 72, .gpu), ("Software Bug", 54, .software),
        ("Network Switch/Cable", 35, .network), ("Host Maintenance (unplanned)", 32, .maintenance),
        ("GPU SRAM Memory", 19, .gpu), ("GPU System Processor", 17, .gpu), ("NIC", 7, .host),
        ("NCCL Watchdog Timeouts", 7, .unknown), ("Silent Data Corruption", 6, .gpu),
        ("GPU Thermal Interface + Sensor", 6, .gpu), ("SSD", 3, .host), ("Power Supply", 3, .host),
        ("Server Chassis", 2, .host), ("IO Expansion Board", 2, .host), ("Dependency", 2, .software),
        ("CPU", 2, .host), ("System Memory", 2, .host),
    ]

    public static let components: [FailureComponent] = rows.map {
        .counted(
            $0.cause, $0.category, count: $0.count, exposureGPUHours: exposureGPUHours,
            source: source + ", row '\($0.cause)'")
    }

    /// Share of interruptions that were hangs found only by the collective-communication watchdog: 7 / 419.
    public static let watchdogHangShare = 7.0 / 419
}
