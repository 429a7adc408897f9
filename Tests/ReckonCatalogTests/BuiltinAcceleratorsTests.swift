import Testing
import ReckonCore
import ReckonUnits
@testable import ReckonCatalog

/// The accelerator entries: transcription against the ground truth, and conventions (dense peaks,
/// one-direction bandwidth) that a copying mistake would break.
@Suite struct BuiltinAcceleratorsTests {
    let accelerators = Catalog.builtin.accelerators

    func spec(_ id: String) throws -> AcceleratorSpec { try Catalog.builtin.accelerator(id) }

    /// Relative difference |a − b| / |b|.
    func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }

    @Test func everyAcceleratorHasAPositiveBF16OrFP16Peak() {
        for a in accelerators {
            let bf16 = a.peak(at: .bf16)?.value ?? 0
            #expect(bf16 > 0, "\(a.id) has no BF16/FP16-class peak")
            // FP16 reads the BF16 entry (Precision.peakKey), so every part answers for fp16 too.
            #expect(a.peak(at: .fp16)?.value == bf16)
        }
    }

    /// Dense BF16 peaks in TFLOP/s transcribed from shared/ground-truth/hardware.csv, column
    /// `peak_dense_bf16_tflops`, one CSV row each (row named in the tuple). The catalog stores the same numbers,
    /// so the tolerance only absorbs the CSV's own rounding: 0.1% covers "989" vs 989.4 (0.04%) and
    /// "~1307" (the MI300X row's note) vs AMD's 1307.4 (0.03%); a wrong row or a sparse figure is off by ≥ 2×.
    @Test(arguments: [
        ("h100-sxm", 989.4, "NVIDIA H100 SXM5 80GB"), ("a100-40gb", 312, "NVIDIA A100 40GB SXM4"),
        ("a100-80gb", 312, "NVIDIA A100 80GB SXM4"), ("h200", 989, "NVIDIA H200 SXM 141GB"),
        ("b200", 2250, "NVIDIA B200 HGX 1000W"), ("gb200", 2500, "NVIDIA GB200 1200W"),
        ("mi300x", 1307, "AMD Instinct MI300X (notes: 'Use ~1307 dense BF16')"), ("tpu-v4", 275, "Google TPU v4"),
        ("tpu-v5e", 197, "Google TPU v5e"), ("tpu-v5p", 459, "Google TPU v5p"), ("gaudi2", 432, "Intel Gaudi 2"),
        ("gaudi3", 1835, "Intel Gaudi 3"),
    ])
    func bf16PeakMatchesHardwareCSV(id: String, teraflops: Double, row: String) throws {
        let peak = try #require(try spec(id).peak(at: .bf16))
        #expect(relativeError(peak.inTeraflops, teraflops) < 1e-3, "\(id) vs hardware.csv row '\(row)'")
    }

    /// The two figures the brief pins: H100 SXM BF16 = 989.4 TFLOP/s and A100 BF16 = 312 TFLOP/s
    /// (hardware.csv rows 'NVIDIA H100 SXM5 80GB' and 'NVIDIA A100 80GB SXM4'). Stored verbatim, so the only
    /// tolerance is floating-point representation (1e-12 relative).
    @Test func pinnedPeaksAreExact() throws {
        #expect(relativeError(try spec("h100-sxm").peak(at: .bf16)!.value, 989.4e12) < 1e-12)
        #expect(relativeError(try spec("a100").peak(at: .bf16)!.value, 312e12) < 1e-12)
        #expect(relativeError(try spec("h100-sxm").peak(at: .fp8)!.value, 1978.9e12) < 1e-12)
    }

    /// Memory and HBM bandwidth from hardware.csv (`memory_gb`, `hbm_bandwidth_gbps`), decimal units as the
    /// vendors print them; exact transcriptions (1e-9). TPU v4 is 32 GiB: Google prints GiB.
    @Test(arguments: [
        ("h100-sxm", 80.0, 3350.0), ("a100-40gb", 40, 1555), ("a100-80gb", 80, 2039), ("h200", 141, 4800),
        ("mi300x", 192, 5300), ("tpu-v5e", 16, 819), ("gaudi2", 96, 2450), ("gaudi3", 128, 3700),
    ])
    func memoryMatchesHardwareCSV(id: String, gigabytes: Double, gigabytesPerSecond: Double) throws {
        let a = try spec(id)
        #expect(relativeError(try #require(a.memory).value, gigabytes * 1e9) < 1e-9)
        #expect(relativeError(try #require(a.memoryBandwidth).value, gigabytesPerSecond * 1e9) < 1e-9)
    }

    @Test func tpuV4MemoryIsBinary() throws {
        // cloud.google.com/tpu/docs/v4: "32 GiB" = 32 × 2^30 bytes, not 32e9.
        #expect(try spec("tpu-v4").memory?.value == 32 * 1_073_741_824)
    }

    /// Lower precision is never slower on these parts, and each halving of the width at most doubles the rate:
    /// a dense/sparse mix-up (NVIDIA prints sparse figures 2× the dense ones) would break one of these. The 1e-4
    /// slack is vendor rounding: each figure is rounded on its own (H100: 2 × 989.4 = 1978.8, printed FP8
    /// 1978.9). Exceptions, as their vendors publish them: Trainium3 runs MXFP8 at 3.75× BF16 (AWS Neuron docs:
    /// 2,517 vs 671 TFLOPS, 3.751×) and Blackwell Ultra FP4 at 3× FP8 (GB300: 15 vs 5 PFLOPS dense).
    @Test func peaksAreOrderedByPrecisionAndDense() {
        for a in accelerators {
            let fp32 = a.peak[.fp32]?.value
            let tf32 = a.peak[.tf32]?.value
            let bf16 = a.peak[.bf16]?.value
            let fp8 = a.peak[.fp8]?.value
            let fp4 = a.peak[.fp4]?.value
            if let fp32, let tf32 { #expect(tf32 >= fp32, "\(a.id): TF32 < FP32") }
            if let tf32, let bf16 { #expect(bf16 >= tf32, "\(a.id): BF16 < TF32") }
            if let fp32, let bf16 { #expect(bf16 >= fp32, "\(a.id): BF16 < FP32") }
            if let bf16, let fp8 {
                #expect(fp8 >= bf16, "\(a.id): FP8 < BF16")
                let limit = a.id == "trainium3" ? 3.76 : 2
                #expect(fp8 <= limit * bf16 * (1 + 1e-4), "\(a.id): FP8 > \(limit) × BF16, a sparse figure?")
            }
            if let fp8, let fp4 {
                #expect(fp4 >= fp8, "\(a.id): FP4 < FP8")
                let limit = a.id == "gb300" ? 3.0 : 2
                #expect(fp4 <= limit * fp8 * (1 + 1e-4), "\(a.id): FP4 > \(limit) × FP8, a sparse figure?")
            }
        }
    }

    /// The late-2026 parts and FP4 peaks, transcribed from the vendor documents named in each entry's source
    /// (dense, per accelerator). Exact transcriptions: 1e-9.
    @Test(arguments: [
        ("gb300", Precision.fp4, 15000.0), ("gb300", .bf16, 2500), ("b300", .fp8, 4500), ("b200", .fp4, 9000),
        ("gb200", .fp4, 10000), ("mi355x", .fp4, 10000), ("mi325x", .bf16, 1307.4), ("tpu-v6e", .bf16, 918),
        ("tpu-v7", .fp8, 4614), ("trainium2", .fp8, 1299), ("trainium3", .fp4, 2517),
    ])
    func newPeaksAsPublished(id: String, precision: Precision, teraflops: Double) throws {
        let peak = try #require(try spec(id).peak[precision])
        #expect(relativeError(peak.inTeraflops, teraflops) < 1e-9)
    }

    /// A price range comes with its reference price inside it (CatalogValidation checks user entries the same way).
    @Test func priceRangesHoldTheirReference() {
        for a in accelerators {
            guard let range = a.cloudPriceRange else { continue }
            #expect(range.low.value < range.high.value, "\(a.id)")
            if let p = a.cloudPrice { #expect(range.contains(p), "\(a.id): reference outside its range") }
        }
        #expect(accelerators.filter { $0.cloudPriceRange != nil }.count >= 5)
    }

    /// Link bandwidth is stored per accelerator and per direction: half the bidirectional figures vendors print
    /// (NVLink 2/3/4/5: 300/600/900/1800 GB/s; H800 400 GB/s per DeepSeek's ISCA 2025 paper).
    @Test(arguments: [
        ("v100", 300.0), ("a100-80gb", 600), ("h100-sxm", 900), ("h800", 400), ("h200", 900), ("b200", 1800),
        ("gb200", 1800), ("tpu-v5e", 400), ("tpu-v5p", 1200), ("gaudi3", 1050), ("b300", 1800), ("gb300", 1800),
        ("tpu-v6e", 800), ("tpu-v7", 1200),
    ])
    func scaleUpIsHalfTheBidirectionalFigure(id: String, bidirectionalGBps: Double) throws {
        let oneWay = try #require(try spec(id).scaleUpBandwidth)
        #expect(relativeError(oneWay.value, bidirectionalGBps / 2 * 1e9) < 1e-9)
    }

    /// A 400 Gb/s NIC per GPU is 50 GB/s one way (DGX H100/H200/B200, H800 nodes); 200 Gb/s HDR is 25 GB/s (DGX A100).
    @Test func scaleOutIsTheNICRateInBytes() throws {
        for id in ["h100-sxm", "h200", "b200", "h800"] {
            #expect(try spec(id).scaleOutBandwidth?.value == 400e9 / 8)
        }
        #expect(try spec("a100-40gb").scaleOutBandwidth?.value == 200e9 / 8)
    }

    @Test func everyPublishedQuantityIsPositiveAndFinite() {
        for a in accelerators {
            let values =
                [
                    a.memory?.value, a.memoryBandwidth?.value, a.scaleUpBandwidth?.value,
                    a.scaleOutBandwidth?.value, a.tdp?.value, a.cloudPrice?.value, a.purchasePrice?.value,
                    a.mtbf?.value,
                ].compactMap { $0 } + a.peak.values.map(\.value)
            for v in values { #expect(v.isFinite && v > 0, "\(a.id) has a non-positive figure") }
            if let domain = a.scaleUpDomain { #expect(domain >= 1) }
            #expect(a.year >= 2017 && a.year <= 2026)
            // Scale-out never exceeds scale-up where both are published.
            if let up = a.scaleUpBandwidth, let out = a.scaleOutBandwidth { #expect(out.value <= up.value) }
        }
    }

    /// MTBF only where a source publishes it: Faraboschi et al. 2024, Table 3 quotes 950k hours "from A100
    /// datasheet", so the two A100 entries carry it and nothing else does.
    @Test func mtbfOnlyOnTheA100Entries() {
        for a in accelerators {
            if a.id.hasPrefix("a100") {
                #expect(a.mtbf?.inHours == 950_000, "\(a.id)")
            } else {
                #expect(a.mtbf == nil, "\(a.id) has an MTBF without a published source")
            }
        }
    }

    /// Prices from hardware.csv `cloud_usd_per_hour` (Lambda on-demand mid-2024 for H100 $3.29, A100 80GB
    /// $1.79, H200 $3.99); stored verbatim.
    @Test func cloudPricesMatchHardwareCSV() throws {
        #expect(relativeError(try #require(try spec("h100-sxm").cloudPrice).inDollarsPerHour, 3.29) < 1e-9)
        #expect(relativeError(try #require(try spec("a100-80gb").cloudPrice).inDollarsPerHour, 1.79) < 1e-9)
        #expect(relativeError(try #require(try spec("h200").cloudPrice).inDollarsPerHour, 3.99) < 1e-9)
    }
}
