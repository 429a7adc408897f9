import ReckonCore
import ReckonUnits

/// NVIDIA data-center GPUs, Volta to Blackwell. See ``BuiltinAccelerators`` for the conventions
/// (dense peaks, one-direction link bandwidth per GPU, `asOf`).
extension BuiltinAccelerators {
    public static let v100 = AcceleratorSpec(
        id: "v100", name: "NVIDIA V100 SXM2 32GB", vendor: "NVIDIA", year: 2017,
        peak: [.fp32: .teraflops(15.7), .bf16: .teraflops(125)],
        memory: .gigabytes(32), memoryBandwidth: .gigabytesPerSecond(900),
        scaleUpBandwidth: .gigabytesPerSecond(150), scaleUpDomain: 8, tdp: .watts(300),
        source: """
            NVIDIA V100 SXM2 datasheet figures: 15.7 TFLOPS FP32, 125 TFLOPS tensor (FP16 with FP32 accumulate), \
            32 GB HBM2 (grokipedia 'Nvidia Tesla V100' summary of the datasheet); 900 GB/s, NVLink 150 GB/s \
            uni-direction (6 links x 25 GB/s), 300 W (Dell EMC 'Ready Solutions for AI' reference guide, V100-SXM2 \
            column). V100 has no BF16: the FP16 tensor rate is stored under bf16. scaleUpDomain 8 = one DGX-1 \
            (hybrid cube-mesh, not all-to-all). NVIDIA's Megatron-LM v1 page (nv-adlr.github.io) is about the DGX-2H \
            part: 62.4 TFLOP/s = 48% of peak implies ~130 TFLOPS at its higher clocks (derived, not used here). \
            No cloud or purchase price in the sources read.
            """,
        asOf: "2026-11")

    public static let a100_40GB = AcceleratorSpec(
        id: "a100-40gb", name: "NVIDIA A100 SXM4 40GB", vendor: "NVIDIA", year: 2020,
        peak: [.fp32: .teraflops(19.5), .tf32: .teraflops(156), .bf16: .teraflops(312), .int8: .teraflops(624)],
        memory: .gigabytes(40), memoryBandwidth: .gigabytesPerSecond(1555),
        scaleUpBandwidth: .gigabytesPerSecond(300), scaleOutBandwidth: .gigabytesPerSecond(25), scaleUpDomain: 8,
        tdp: .watts(400), mtbf: paperA100MTBF,
        source: """
            NVIDIA A100 datasheet, A100 40GB SXM4 (as tabulated by glennklockwood.com/garden/processors/A100): \
            BF16 312 dense / 624 sparse, 40 GB HBM2, 1.555 TB/s, 400 W, NVLink 3 600 GB/s bidirectional (300+300); \
            FP32 19.5, TF32 156, INT8 624 TOPS dense from the same datasheet table (glennklockwood.com A100 page). \
            Scale-out: DGX A100 node with 8 x 200 Gb/s HDR InfiniBand HCAs, one per GPU (Narayanan et al. 2021, \
            Sec. 5, Selene) = 25 GB/s per GPU. \(paperA100MTBFSource). No price in the ground truth for the 40 GB part.
            """,
        asOf: "2026-11")

    public static let a100_80GB = AcceleratorSpec(
        id: "a100-80gb", name: "NVIDIA A100 SXM4 80GB", vendor: "NVIDIA", year: 2021,
        peak: [.fp32: .teraflops(19.5), .tf32: .teraflops(156), .bf16: .teraflops(312), .int8: .teraflops(624)],
        memory: .gigabytes(80), memoryBandwidth: .gigabytesPerSecond(2039),
        scaleUpBandwidth: .gigabytesPerSecond(300), scaleOutBandwidth: .gigabytesPerSecond(25), scaleUpDomain: 8,
        tdp: .watts(400), cloudPrice: .dollarsPerHour(1.79), cloudPriceRange: .dollarsPerHour(0.80, 3.00),
        purchasePrice: .dollars(10_000), mtbf: paperA100MTBF,
        source: """
            NVIDIA A100 datasheet, A100 80GB SXM4 (as tabulated by glennklockwood.com): BF16 312 dense, 80 GB HBM2e, \
            2.039 TB/s, 400 W, NVLink 3 600 GB/s bidirectional; FP32/TF32/INT8 as the 40 GB part ('Its FLOPS were the \
            same'). Scale-out 8 x 200 Gb/s HDR per DGX A100 node (Narayanan et al. 2021, Sec. 5) = 25 GB/s per GPU. \
            Cloud $1.79/GPU-h: Lambda on-demand, mid-2024 (lynx-cortex cluster-economics; RunPod 1.89, vast.ai \
            1.30-2.00). Price range $0.80-3.00/GPU-h: Mercatus, 'Cloud GPU pricing' (May 2026), on-demand from \
            long-tail providers to hyperscalers; the mid-2024 reference lies inside it. Purchase $10,000: a LOWER \
            BOUND ('priced north of $10,000', moneycontrol.com 2023). \(paperA100MTBFSource).
            """,
        asOf: "2024-06")

    public static let h100SXM = AcceleratorSpec(
        id: "h100-sxm", name: "NVIDIA H100 SXM5 80GB", vendor: "NVIDIA", year: 2022,
        peak: [
            .fp32: .teraflops(66.9), .tf32: .teraflops(494.7), .bf16: .teraflops(989.4), .fp8: .teraflops(1978.9),
            .int8: .teraflops(1978.9),
        ],
        memory: .gigabytes(80), memoryBandwidth: .gigabytesPerSecond(3350),
        scaleUpBandwidth: .gigabytesPerSecond(450), scaleOutBandwidth: .gigabytesPerSecond(50), scaleUpDomain: 8,
        tdp: .watts(700), cloudPrice: .dollarsPerHour(3.29), cloudPriceRange: .dollarsPerHour(1.47, 6.88),
        purchasePrice: .dollars(30_000),
        source: """
            NVIDIA Hopper whitepaper, H100 SXM5 80GB (as tabulated by glennklockwood.com/garden/processors/h100): BF16 \
            989.4, FP8 1978.9 TFLOPS dense, 80 GB HBM3, 3.35 TB/s, 700 W, NVLink 4 900 GB/s bidirectional; FP32 66.9, \
            TF32 494.7, INT8 1978.9 TOPS dense from the same table. Scale-out: DGX H100 has eight single-port \
            ConnectX-7 at up to 400 Gb/s (NVIDIA DGX BasePOD reference architecture) = 50 GB/s per GPU. $3.29/GPU-h \
            Lambda on-demand mid-2024 (CoreWeave 4.25); purchase $25-30k (awesomeagents), $30,678 (Intel Gaudi 3 \
            launch comparison, y-ic.de); Lambda/CoreWeave via lynx-cortex. Price range $1.47-6.88/GPU-h: 'from $1.47 \
            on peer-to-peer marketplaces to $6.88 on AWS on-demand' (CompuX, 'GPU pricing trends 2026', March 2026, \
            which also quotes SemiAnalysis's rental index at $2.35 in March 2026); Mercatus (May 2026) gives \
            $1.99-5.00 on-demand and 30-50% off for reservations. The 2024 reference lies inside the range.
            """,
        asOf: "2024-06")

    public static let h100PCIe = AcceleratorSpec(
        id: "h100-pcie", name: "NVIDIA H100 PCIe 80GB", vendor: "NVIDIA", year: 2022,
        peak: [
            .fp32: .teraflops(51), .tf32: .teraflops(378), .bf16: .teraflops(756.5), .fp8: .teraflops(1513),
            .int8: .teraflops(1513),
        ],
        memory: .gigabytes(80), memoryBandwidth: .gigabytesPerSecond(2000),
        scaleUpBandwidth: .gigabytesPerSecond(300), scaleUpDomain: 2, tdp: .watts(350),
        source: """
            NVIDIA H100 PCIe product brief PB-11133-001_v02: 350 W maximum TDP, \
            memory bandwidth 'greater than 2,000 GB/s', 80 GB. Peaks from NVIDIA's H100 SXM/PCIe comparison table \
            (mirrored by HPC Tech, archive-lib.hpctech.co.jp): PCIe BF16 1,513, TF32 756, FP8 and INT8 3,026 'shown \
            with sparsity, 1/2 lower without' -> dense BF16 756.5, TF32 378, FP8/INT8 1513; FP32 51 TFLOPS; NVLink \
            (bridge) 600 GB/s bidirectional -> 300 one way, between the 2 cards a bridge joins (scaleUpDomain 2). \
            Scale-out depends on the host server: not published per GPU. No price in the ground truth.
            """,
        asOf: "2026-11")

    public static let h800 = AcceleratorSpec(
        id: "h800", name: "NVIDIA H800 SXM5 80GB", vendor: "NVIDIA", year: 2023,
        peak: [.bf16: .teraflops(989.4), .fp8: .teraflops(1978.9), .int8: .teraflops(1978.9)],
        memory: .gigabytes(80), memoryBandwidth: .gigabytesPerSecond(3350),
        scaleUpBandwidth: .gigabytesPerSecond(200), scaleOutBandwidth: .gigabytesPerSecond(50), scaleUpDomain: 8,
        source: """
            China-export Hopper built 'on the Hopper architecture, similar to the H100 GPU' with reduced FP64 and \
            NVLink: 'the NVLink bandwidth in H800 SXM nodes is reduced from 900 GB/s to 400 GB/s' -> 200 GB/s one way; \
            'each node is equipped with eight 400G Infiniband (IB) CX7 NICs' -> 50 GB/s per GPU (DeepSeek, 'Insights \
            into DeepSeek-V3: Scaling Challenges and Reflections on Hardware for AI Architectures', ISCA 2025, \
            Sec. 2). \
            Tensor peaks (BF16/FP8/INT8) and 80 GB / 3.35 TB/s HBM3 taken as the H100 SXM's: same GH100 die, cut only \
            in FP64 and NVLink (docs.lit.ai DeepSeek notes on the H800; philisun.com H800 vs H100 comparison, \
            secondary). FP32/TF32 and TDP not confirmed in stored material: left out. DeepSeek-V3 report Sec. 3.2.2 \
            measures 160 GB/s NVLink and 50 GB/s IB achieved.
            """,
        asOf: "2026-11")

    public static let h200 = AcceleratorSpec(
        id: "h200", name: "NVIDIA H200 SXM 141GB", vendor: "NVIDIA", year: 2024,
        peak: [
            .fp32: .teraflops(66.9), .tf32: .teraflops(494.7), .bf16: .teraflops(989.4), .fp8: .teraflops(1978.9),
            .int8: .teraflops(1978.9),
        ],
        memory: .gigabytes(141), memoryBandwidth: .gigabytesPerSecond(4800),
        scaleUpBandwidth: .gigabytesPerSecond(450), scaleOutBandwidth: .gigabytesPerSecond(50), scaleUpDomain: 8,
        tdp: .watts(700), cloudPrice: .dollarsPerHour(3.99), cloudPriceRange: .dollarsPerHour(2.25, 7.00),
        purchasePrice: .dollars(30_000),
        source: """
            aiwiki.ai/wiki/nvidia_h200, aiminingco.com and itkb.uw.cz (H200 SXM 141GB): 141 GB HBM3e at 4.8 TB/s, \
            'same Hopper microarchitecture and GH100 silicon as the NVIDIA H100', FP16/BF16 dense ~989 TFLOPS, FP8 \
            1979, 700 W; FP32/TF32/INT8 therefore the H100 SXM's (same die and clocks). NVLink 4 900 GB/s \
            bidirectional -> 450. Scale-out: DGX H200 has the DGX H100 network, eight ConnectX-7 at 400 Gb/s (NVIDIA \
            DGX BasePOD reference architecture) -> 50 GB/s per GPU. Cloud $3.99/GPU-h Lambda mid-2024; purchase \
            $30,000 = LOWER end of the published $30-45k range (lynx-cortex cluster-economics). Price range \
            $2.25-7.00/GPU-h: packet.ai on-demand $2.25 (June 2026, 'GPU pricing models compared 2026'); Mercatus \
            (May 2026) hyperscaler on-demand up to $7.00; Spheron on-demand $4.54 (2026-03-17).
            """,
        asOf: "2024-06")

    public static let b200 = AcceleratorSpec(
        id: "b200", name: "NVIDIA B200 (HGX, 1000 W)", vendor: "NVIDIA", year: 2025,
        peak: [
            .fp32: .teraflops(75), .tf32: .teraflops(1100), .bf16: .teraflops(2250), .fp8: .teraflops(4500),
            .int8: .teraflops(4500), .fp4: .teraflops(9000),
        ],
        memory: .gigabytes(180), memoryBandwidth: .terabytesPerSecond(7.7),
        scaleUpBandwidth: .gigabytesPerSecond(900), scaleOutBandwidth: .gigabytesPerSecond(50), scaleUpDomain: 8,
        tdp: .watts(1000), cloudPrice: .dollarsPerHour(6.03), cloudPriceRange: .dollarsPerHour(3.75, 14.24),
        source: """
            NVIDIA Blackwell datasheet, B200 HGX 1000W (as tabulated by glennklockwood.com/garden/processors/B200): \
            BF16 2250, FP8 4500, INT8 4500, TF32 1100 dense at 1,000 W; NVLink 5 1800 GB/s bidirectional -> 900. \
            Memory: NVIDIA's HGX B200 per-GPU table lists 180 GB HBM3E at 7.7 TB/s and FP32 75 TFLOPS (NVIDIA GB200 \
            NVL72 / HGX B200 spec table, mirrored at zdszero.github.io); glennklockwood.com gives the physical 192 GB \
            / 8 TB/s and notes 180 GB usable in DGX B200 - the usable figure is stored. Scale-out: DGX B200 has eight \
            single-port ConnectX-7 at up to 400 Gb/s (NVIDIA DGX BasePOD reference architecture) -> 50 GB/s per GPU. \
            FP4 9 PFLOPS dense: DGX B200's '144 petaFLOPS inference' is FP4 with sparsity for 8 GPUs -> 18 sparse, 9 \
            dense per GPU (Verda, 'GB300 NVL72 architecture', per-GPU table without sparsity: B200 FP4 9 PFLOPS). \
            Cloud $6.03/GPU-h: Spheron on-demand, 2026-03-17 ('NVIDIA H200 vs B200 vs GB200'); range $3.75 (packet.ai \
            on-demand, the lowest of 26 providers, June 2026) to $14.24 (AWS, as quoted by packet.ai); Lyceum \
            (2026-03-11): 'on-demand pricing averages between $4.50 and $6.00 per hour on specialized clouds'.
            """,
        asOf: "2026-11")

    public static let gb200 = AcceleratorSpec(
        id: "gb200", name: "NVIDIA GB200 (Blackwell GPU in GB200 NVL72, 1200 W)", vendor: "NVIDIA", year: 2025,
        peak: [
            .fp32: .teraflops(80), .tf32: .teraflops(1250), .bf16: .teraflops(2500), .fp8: .teraflops(5000),
            .int8: .teraflops(5000), .fp4: .teraflops(10000),
        ],
        memory: .gigabytes(186), memoryBandwidth: .terabytesPerSecond(8),
        scaleUpBandwidth: .gigabytesPerSecond(900), scaleUpDomain: 72, tdp: .watts(1200),
        cloudPrice: .dollarsPerHour(4.54),
        source: """
            Per Blackwell GPU of a GB200 superchip. glennklockwood.com/garden/processors/B200 (GB200, NVIDIA \
            numbers at 1,200 W): BF16 2500, FP8 5000, INT8 5000, TF32 1250 dense. NVIDIA GB200 NVL72 spec table \
            (zdszero.github.io mirror): 186 GB HBM3E at 8 TB/s per GPU, FP32 80 TFLOPS, 5th-gen NVLink 1.8 TB/s \
            (-> 900 one way), 72 GPUs in one NVLink domain (the TensorRT-LLM docs quote 192 GB). \
            Per-GPU scale-out NIC not found in stored material: left out. FP4 10 PFLOPS dense: the NVL72's 1,440 \
            PFLOPS FP4 are with sparsity (the GB300 NVL72 table prints 1,440 sparse | 1,080 dense and NVIDIA calls \
            Blackwell Ultra's 15 PF dense NVFP4 '1.5x' Blackwell) -> 1,440 / 72 / 2. Cloud $4.54/GPU-h = Spheron's \
            $9.08 per GB200 superchip of two GPUs, on-demand 2026-03-17; only one dated price found: no range.
            """,
        asOf: "2026-11")

    public static let b300 = AcceleratorSpec(
        id: "b300", name: "NVIDIA B300 (Blackwell Ultra, HGX)", vendor: "NVIDIA", year: 2026,
        peak: [.fp32: .teraflops(75), .tf32: .teraflops(1100), .bf16: .teraflops(2250), .fp8: .teraflops(4500)],
        memory: .gigabytes(288), memoryBandwidth: .terabytesPerSecond(8),
        scaleUpBandwidth: .gigabytesPerSecond(900), scaleOutBandwidth: .gigabytesPerSecond(100), scaleUpDomain: 8,
        tdp: .watts(1100),
        source: """
            Per GPU of an HGX B300 board (8 GPUs). NVIDIA HGX B300 spec table (as reproduced by FiberMall, 'NVIDIA \
            HGX B300 overview'): FP8 72 PFLOPS, FP16/BF16 36 PFLOPS, TF32 18 PFLOPS with sparsity for the board, \
            FP32 600 TFLOPS, 'Total memory up to 2.3 TB', NVLink 5 1.8 TB/s per GPU -> dense per GPU FP8 4500, BF16 \
            2250, TF32 1125 (stored 1100 as in Verda's per-GPU table), FP32 75; 288 GB HBM3E and 8 TB/s per GPU \
            (NVIDIA, 'Inside NVIDIA Blackwell Ultra', developer blog 2025-08; AceCloud HGX B300 table: 8 TB/s, \
            'External networking per GPU up to 800 Gb/s' via ConnectX-8 -> 100 GB/s). TDP 1.1 kW: Verda per-GPU \
            table 'Max Thermal Design Power' (secondary; the GB300 part is 1.4 kW). Dense FP4 of the HGX part is \
            printed as 13.1 (glennklockwood.com), 13.5 and 14 PFLOPS in secondary sources and was not found in an \
            NVIDIA document: left out (the GB300 entry has NVIDIA's 15). INT8 is cut on Blackwell Ultra and \
            printed inconsistently: left out. No two dated prices found: no price.
            """,
        asOf: "2026-11")

    public static let gb300 = AcceleratorSpec(
        id: "gb300", name: "NVIDIA GB300 (Blackwell Ultra GPU in GB300 NVL72, 1400 W)", vendor: "NVIDIA", year: 2025,
        peak: [.tf32: .teraflops(1250), .bf16: .teraflops(2500), .fp8: .teraflops(5000), .fp4: .teraflops(15000)],
        memory: .gigabytes(288), memoryBandwidth: .terabytesPerSecond(8),
        scaleUpBandwidth: .gigabytesPerSecond(900), scaleOutBandwidth: .gigabytesPerSecond(100), scaleUpDomain: 72,
        tdp: .watts(1400),
        source: """
            Per Blackwell Ultra GPU of a GB300 NVL72 rack (72 GPUs). NVIDIA GB300 NVL72 spec table (as summarized by \
            VendorDeep and Verda): FP4 1,440 PFLOPS sparse / 1,080 dense, FP8/FP6 720 PFLOPS and FP16/BF16 360 \
            PFLOPS with sparsity, TF32 180 PFLOPS, 20 TB HBM3E at 576 TB/s, 130 TB/s NVLink, 'each GPU has \
            ConnectX-8 SuperNIC at 800 Gb/s' -> per GPU dense FP4 15000, FP8 5000, BF16 2500, TF32 1250 TFLOPS; \
            100 GB/s scale-out. NVIDIA developer blog 'Inside NVIDIA Blackwell Ultra' (2025-08): '15 PetaFLOPS dense \
            NVFP4', 288 GB HBM3E per GPU, 8 TB/s, NVLink 5 1.8 TB/s bidirectional (-> 900 one way). TDP 1,400 W \
            (Verda per-GPU table; Epium on the same blog). FP32 rack figures disagree between summaries (3 vs 6 \
            PFLOPS): left out. No two dated per-GPU prices found: no price.
            """,
        asOf: "2026-11")
}
