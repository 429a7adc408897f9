import ReckonCore
import ReckonUnits

/// AMD Instinct, Google TPU, Intel Gaudi and AWS Trainium accelerators. See ``BuiltinAccelerators`` for the
/// conventions.
extension BuiltinAccelerators {
    public static let mi250x = AcceleratorSpec(
        id: "mi250x", name: "AMD Instinct MI250X (OAM)", vendor: "AMD", year: 2021,
        peak: [.fp32: .teraflops(95.7), .bf16: .teraflops(383), .int8: .teraflops(383)],
        memory: .gigabytes(128), memoryBandwidth: .terabytesPerSecond(3.2), tdp: .watts(560),
        source: """
            No tabulated MI250X figures in the other sources read. AMD's launch table (reproduced by zexron.com, \
            'AMD MI250(X) Aldebaran ... 560 Watt TDP'): FP64/FP32 vector 47.9, FP64/FP32 matrix 95.7, FP16/BF16 383.0 \
            TFLOPS, INT8 383.0 TOPS, 128 GB HBM2e, 3.2 TB/s; 560 W peak board power. fp32 stores the matrix rate (the \
            vector rate is 47.9). One MI250X is two GCDs that software sees as two GPUs. Infinity Fabric bandwidth \
            per GPU and node size depend on the platform (Frontier nodes: 4 MI250X): left out, as are prices.
            """,
        asOf: "2026-11")

    public static let mi300x = AcceleratorSpec(
        id: "mi300x", name: "AMD Instinct MI300X (OAM)", vendor: "AMD", year: 2023,
        peak: [.fp32: .teraflops(163.4), .bf16: .teraflops(1307.4), .fp8: .teraflops(2614.9)],
        memory: .gigabytes(192), memoryBandwidth: .terabytesPerSecond(5.3),
        scaleUpBandwidth: .gigabytesPerSecond(448), scaleUpDomain: 8, tdp: .watts(750),
        cloudPrice: .dollarsPerHour(1.71), purchasePrice: .dollars(10_000),
        source: """
            jaredwatkins.com MI300 series and aiwiki.ai MI300X (secondary): 192 GB HBM3, 5.3 TB/s, 750 W, '~1.3 PFLOPS \
            FP16; ~2.6 PFLOPS FP8' dense; ~1307 dense BF16 used (2,615 is AMD's with-sparsity FP16 figure). Exact AMD \
            peaks 1307.4 (BF16), 2614.9 (FP8), 163.4 (FP32) as tabulated in public AMD roofline code (secondary). \
            Infinity Fabric: fully connected 8-GPU platform, 896 GB/s aggregate bidirectional per GPU (gpu.blog) -> \
            448 one way. Per-GPU scale-out NIC depends on the server: left out. Cloud $1.71/GPU-h = TensorWave, low \
            end of 1.71-1.85 (gpu.blog 2025-26); purchase $10,000 = LOWER end of $10-15k street (awesomeagents); both \
            via gpu.blog / awesomeagents.
            """,
        asOf: "2026-01")

    public static let tpuV4 = AcceleratorSpec(
        id: "tpu-v4", name: "Google TPU v4", vendor: "Google", year: 2021,
        peak: [.bf16: .teraflops(275), .int8: .teraflops(275)],
        memory: .gibibytes(32), memoryBandwidth: .gigabytesPerSecond(1200), scaleUpDomain: 4096, tdp: .watts(192),
        source: """
            Google Cloud TPU v4 documentation (cloud.google.com/tpu/docs/v4, also via glennklockwood.com): 'Peak \
            compute per chip 275 teraflops (bf16 or int8)', 'HBM2 capacity and bandwidth 32 GiB, 1200 GBps', 'Measured \
            min/mean/max power 90/170/192 W' (192 W stored as tdp; a measured maximum, not a rated TDP), 'TPU Pod size \
            4096 chips', 3D mesh/torus. Per-chip ICI and data-center-network bandwidth are not given in that document: \
            left out. On-demand price not verified in stored material: left out.
            """,
        asOf: "2026-11")

    public static let tpuV5e = AcceleratorSpec(
        id: "tpu-v5e", name: "Google TPU v5e", vendor: "Google", year: 2023,
        peak: [.bf16: .teraflops(197), .int8: .teraflops(393)],
        memory: .gigabytes(16), memoryBandwidth: .gigabytesPerSecond(819),
        scaleUpBandwidth: .gigabytesPerSecond(200), scaleOutBandwidth: .gigabytesPerSecond(3.125), scaleUpDomain: 256,
        source: """
            Google Cloud TPU v5e documentation (cloud.google.com/tpu/docs/v5e): 'Peak compute \
            per chip (bf16) 197 TFLOPs', 'Peak compute per chip (Int8) 393 TOPs', 'HBM2 capacity and bandwidth 16 \
            GB, 819 GBps', 'Bidirectional inter-chip interconnect (ICI) bandwidth (per chip) 400 GBps' -> 200 one \
            way, 'TPU Pod size 256 chips', 2D torus. Scale-out: 'Per-host NIC configuration 2 x 100 Gbps NIC' with \
            'Chips per host 8' -> 25 Gb/s = 3.125 GB/s per chip. TDP and on-demand price not in stored material.
            """,
        asOf: "2026-11")

    public static let tpuV5p = AcceleratorSpec(
        id: "tpu-v5p", name: "Google TPU v5p", vendor: "Google", year: 2023,
        peak: [.bf16: .teraflops(459), .fp8: .teraflops(459)],
        memory: .gibibytes(95), memoryBandwidth: .gigabytesPerSecond(2765),
        scaleUpBandwidth: .gigabytesPerSecond(600), scaleOutBandwidth: .gigabytesPerSecond(6.25), scaleUpDomain: 6144,
        source: """
            Google Cloud TPU v5p documentation (cloud.google.com/tpu/docs/v5p): 'Peak compute per chip (BF16) 459', \
            '(FP8) 459', 'HBM capacity per chip (GiB) 95', 'HBM bandwidth per chip (GBps) 2765', 'Bidirectional ICI \
            bandwidth per chip (GBps) 1200' -> 600 one way, 'Data center network (DCN) bandwidth per chip (Gbps) 50' \
            -> 6.25 GB/s; 8960 chips per pod but 'The largest job that can be scheduled is a 96 cube (6144 chip) \
            job', so scaleUpDomain = 6144. aiwiki.ai (google_tpu_v5p) agrees on 459 / 95 GB / 2.76 TB/s / 8,960. TDP \
            and on-demand price not in stored material.
            """,
        asOf: "2026-11")

    public static let gaudi2 = AcceleratorSpec(
        id: "gaudi2", name: "Intel Gaudi 2 (OAM)", vendor: "Intel", year: 2022,
        peak: [.bf16: .teraflops(432), .fp8: .teraflops(835)],
        memory: .gigabytes(96), memoryBandwidth: .terabytesPerSecond(2.45), scaleUpDomain: 8, tdp: .watts(600),
        source: """
            pcguia.pt Gaudi 3 launch article (Intel Vision 2024 report), Gaudi 2: 96 GB, '835 TFLOPS na matriz \
            FP8, 432 TFLOPS na matriz BF16 e consome 600 W', 2.45 TB/s. Intel's Hot Chips 2024 deck ('Intel Gaudi 3 \
            AI Accelerator: Architected for Gen AI Training and Inference', sgpjbg.com mirror), Gaudi 2 column, \
            agrees (600 W, 432 TFLOPs BF16, 96 GB, 2.46 TB/s) and gives the embedded NIC: 4.8 Tb/s bidirectional \
            (24 x 100 GbE). 8 Gaudi 2 per server (HLS-Gaudi2). The split of the 24 ports \
            into scale-up and scale-out is documented only for Gaudi 3 in stored material: both bandwidths left out. \
            No price in the ground truth.
            """,
        asOf: "2026-11")

    public static let gaudi3 = AcceleratorSpec(
        id: "gaudi3", name: "Intel Gaudi 3 (OAM, air-cooled)", vendor: "Intel", year: 2024,
        peak: [.bf16: .teraflops(1835), .fp8: .teraflops(1835)],
        memory: .gigabytes(128), memoryBandwidth: .terabytesPerSecond(3.7),
        scaleUpBandwidth: .gigabytesPerSecond(525), scaleOutBandwidth: .gigabytesPerSecond(75), scaleUpDomain: 8,
        tdp: .watts(900), purchasePrice: .dollars(15_625),
        source: """
            pcguia.pt, yobitel.com (Intel Gaudi 3) and Intel's Hot Chips 2024 deck: BF16 and FP8 matrix 1835 TFLOPs, \
            128 GB HBM2e, 3.7 TB/s (the deck: 3.67), 900 W air-cooled (1200 W liquid). Intel Gaudi docs, 'Network \
            Configuration': 21 scale-up ports at 200 Gb/s = '525 GB/s unidirectional', 3 scale-out ports = '75 GB/s in \
            each direction', 8 Gaudi 3 per HLS-3 box, all-to-all. Purchase $15,625 = Intel's $125,000 eight-chip kit / \
            8 (y-ic.de).
            """,
        asOf: "2024-04")

    public static let mi325x = AcceleratorSpec(
        id: "mi325x", name: "AMD Instinct MI325X (OAM)", vendor: "AMD", year: 2024,
        peak: [
            .fp32: .teraflops(163.4), .tf32: .teraflops(653.7), .bf16: .teraflops(1307.4), .fp8: .teraflops(2614.9),
        ],
        memory: .gigabytes(256), memoryBandwidth: .terabytesPerSecond(6),
        scaleUpBandwidth: .gigabytesPerSecond(448), scaleUpDomain: 8, tdp: .watts(1000),
        cloudPrice: .dollarsPerHour(2.00),
        source: """
            AMD's MI325X figures as tabulated by awesomeagents.ai ('AMD Instinct MI325X', 2026): 256 GB HBM3E, 6 \
            TB/s, FP8 2,614.9 / with sparsity 5,229.8 TFLOPS (so 2,614.9 is dense), FP16/BF16 1,307.4, TF32 653.7, \
            FP32 163.4, 1,000 W; the same CDNA 3 compute as the MI300X. Infinity Fabric: 'seven Infinity Fabric \
            links ensuring full connectivity between eight GPUs', a drop-in for the MI300X platform (WIAIX MI325X \
            page) -> the MI300X's 448 GB/s one way per GPU. Cloud $2.00/GPU-h: low end of '$2.00-$2.25/hr' \
            (awesomeagents.ai); a single source, so no range.
            """,
        asOf: "2026-11")

    public static let mi355x = AcceleratorSpec(
        id: "mi355x", name: "AMD Instinct MI355X (OAM, liquid-cooled)", vendor: "AMD", year: 2025,
        peak: [.bf16: .teraflops(2500), .fp8: .teraflops(5000), .fp4: .teraflops(10000)],
        memory: .gigabytes(288), memoryBandwidth: .terabytesPerSecond(8),
        scaleUpBandwidth: .gigabytesPerSecond(537.6), scaleUpDomain: 8, tdp: .watts(1400),
        source: """
            CDNA 4, 288 GB HBM3E, 8 TB/s, 1,400 W total board power (AMD at ISC 2025 via Tom's Hardware; aiwiki \
            'AMD Instinct MI355X'; Wccftech on AMD's Hot Chips 2025 deck: MI350X 1,000 W, MI355X 1,400 W). Dense \
            peaks: FP8 'five petaflops' (AMD at ISSCC 2026, as reported by World Today News), FP16/BF16 2.5 PFLOPS \
            (half the FP8 rate, AMD's 2.5 PF dense FP16), MXFP4 'up to 10 PFLOPS' (Hume Consulting summary of AMD's \
            figures; Tom's Hardware's 20.1 PF is with sparsity). Infinity Fabric: 8 GPUs fully connected by 7 links \
            of ~153.6 GB/s bidirectional (Hume Consulting: '~153 GB/s of bidirectional bandwidth' per link) -> 7 x \
            76.8 = 537.6 GB/s one way per GPU (derived). No dated cloud price found: no price.
            """,
        asOf: "2026-11")

    public static let tpuV6e = AcceleratorSpec(
        id: "tpu-v6e", name: "Google TPU v6e (Trillium)", vendor: "Google", year: 2024,
        peak: [.bf16: .teraflops(918), .int8: .teraflops(1836)],
        memory: .gigabytes(32), memoryBandwidth: .gigabytesPerSecond(1638),
        scaleUpBandwidth: .gigabytesPerSecond(400), scaleUpDomain: 256,
        cloudPrice: .dollarsPerHour(2.70), cloudPriceRange: .dollarsPerHour(1.22, 2.70),
        source: """
            Google Cloud TPU v6e documentation (docs.cloud.google.com/tpu/docs/v6e): 'Peak compute per chip (bf16) \
            918 TFLOPs', '(Int8) 1836 TOPs', 'HBM capacity per chip 32 GB', 'HBM bandwidth per chip 1638 GBps', \
            'Bidirectional inter-chip interconnect (ICI) bandwidth (per chip) 800 GBps' -> 400 one way, 'TPU Pod \
            size 256 chips', 2D torus. Prices per chip-hour at general availability (Google Cloud, 2024-12, as \
            reported by Neowin): $2.70 on demand, $1.89 with a 1-year and $1.22 with a 3-year commitment -> range \
            1.22-2.70, reference the on-demand price (one seller, so one source). Per-chip power and DCN bandwidth \
            not published in that document: left out.
            """,
        asOf: "2026-11")

    public static let tpuV7 = AcceleratorSpec(
        id: "tpu-v7", name: "Google TPU7x (Ironwood)", vendor: "Google", year: 2025,
        peak: [.bf16: .teraflops(2307), .fp8: .teraflops(4614)],
        memory: .gibibytes(192), memoryBandwidth: .terabytesPerSecond(7.37),
        scaleUpBandwidth: .gigabytesPerSecond(600), scaleUpDomain: 9216,
        source: """
            Google Cloud TPU7x documentation (docs.cloud.google.com/tpu/docs/tpu7x), comparison table: 9,216 chips \
            per pod, peak BF16 2307 and FP8 4614 TFLOPs per chip, 'HBM capacity per chip (GiB) 192'. HBM bandwidth \
            7.37 TB/s and 1.2 TB/s bidirectional ICI per chip (-> 600 GB/s one way) from Google's Ironwood \
            announcement (Cloud Next 2025) as reported from Hot Chips 2025 (TechRadar via several outlets: '7.3 \
            TB/s', '1.2 TBps of I/O bandwidth'). Power, DCN bandwidth and prices not published in stored material: \
            left out.
            """,
        asOf: "2026-11")

    public static let trainium2 = AcceleratorSpec(
        id: "trainium2", name: "AWS Trainium2", vendor: "AWS", year: 2024,
        peak: [.fp32: .teraflops(181), .tf32: .teraflops(667), .bf16: .teraflops(667), .fp8: .teraflops(1299)],
        memory: .gibibytes(96), memoryBandwidth: .terabytesPerSecond(2.9), scaleUpDomain: 64,
        source: """
            AWS Neuron documentation, 'Trainium2 Architecture' (aws-neuron/aws-neuron-sdk, \
            about-neuron/arch/neuron-hardware/trainium2.rst): eight NeuronCore-v3 delivering '1,299 FP8 TFLOPS', \
            '667 BF16/FP16/TF32 TFLOPS', '2,563 ... sparse TFLOPS', '181 FP32 TFLOPS'; '96 GiB of device memory with \
            2.9 TB/sec'; memory pool 'up to 64 chips' (Trn2 UltraServer) -> scaleUpDomain 64. NeuronLink-v3 '1.28 \
            TB/sec bandwidth per chip' does not say whether it is one way or both: left out rather than halved or \
            not. Power, per-chip EFA bandwidth and prices not found in stored material: left out.
            """,
        asOf: "2026-11")

    public static let trainium3 = AcceleratorSpec(
        id: "trainium3", name: "AWS Trainium3", vendor: "AWS", year: 2025,
        peak: [
            .fp32: .teraflops(183), .tf32: .teraflops(671), .bf16: .teraflops(671), .fp8: .teraflops(2517),
            .fp4: .teraflops(2517),
        ],
        memory: .gibibytes(144), memoryBandwidth: .terabytesPerSecond(4.9),
        scaleOutBandwidth: .gigabytesPerSecond(25), scaleUpDomain: 144,
        source: """
            AWS Neuron documentation, 'Trainium3 Architecture' (trainium3.rst, 2025-12-02): eight NeuronCore-v4 \
            delivering '2,517 MXFP8/MXFP4 TFLOPS', '671 BF16/FP16/TF32 TFLOPS', '2,517 FP16/BF16/TF32 sparse TFLOPS', \
            '183 FP32 TFLOPS'; '144 GiB of device memory, with 4.9 TB/sec'. 'Amazon EC2 Trn3 Architecture' \
            (trn3-arch.rst): the Gen2 UltraServer joins 144 Trainium3 into 'a single scale-up domain' (Gen1: 64), \
            EFA 28,800 Gbps per 144-chip UltraServer -> 200 Gb/s = 25 GB/s per chip (derived). NeuronLink-v4 is \
            given as '2.56 TB/sec bandwidth per device' in one page and '2,048 GiB/sec/device' in the other, \
            direction unstated: left out. FP8 and FP4 are microscaling (MX) formats at 3.75x the BF16 rate. Power \
            and prices not found: left out.
            """,
        asOf: "2026-11")
}
