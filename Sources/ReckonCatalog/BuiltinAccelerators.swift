import ReckonCore
import ReckonUnits

/// Accelerators shipped with Reckon. Figures from `shared/ground-truth/hardware.csv` and the vendor
/// documents it cites; an unpublished figure is left out (nil), never guessed.
public enum BuiltinAccelerators {
    /// Common spellings → catalog ID.
    public static let aliases: [String: String] = [
        "h100": "h100-sxm", "a100": "a100-80gb", "v100-sxm2": "v100",
    ]

    public static let all: [AcceleratorSpec] = [v100, h100SXM]

    public static let v100 = AcceleratorSpec(
        id: "v100", name: "NVIDIA V100 SXM2 32GB", vendor: "NVIDIA", year: 2017,
        peak: [.fp32: .teraflops(15.7), .bf16: .teraflops(125)],
        memory: .gigabytes(32), memoryBandwidth: .gigabytesPerSecond(900),
        scaleUpBandwidth: .gigabytesPerSecond(150), scaleUpDomain: 8, tdp: .watts(300),
        source: "NVIDIA V100 datasheet (2020): 125 TFLOPS tensor (FP16), 15.7 TFLOPS FP32, 32 GB HBM2 at 900 GB/s, NVLink 300 GB/s bidirectional, 300 W (SXM2); FP16 tensor rate listed under bf16 (V100 has no BF16)",
        asOf: "2020-01")

    public static let h100SXM = AcceleratorSpec(
        id: "h100-sxm", name: "NVIDIA H100 SXM5 80GB", vendor: "NVIDIA", year: 2022,
        peak: [.fp32: .teraflops(66.9), .tf32: .teraflops(494.7), .bf16: .teraflops(989.4), .fp8: .teraflops(1978.9)],
        memory: .gigabytes(80), memoryBandwidth: .gigabytesPerSecond(3350),
        scaleUpBandwidth: .gigabytesPerSecond(450), scaleOutBandwidth: .gigabytesPerSecond(50), scaleUpDomain: 8,
        tdp: .watts(700), cloudPrice: .dollarsPerHour(3.29), purchasePrice: .dollars(30_000),
        source: "hardware.csv row 'NVIDIA H100 SXM5 80GB' (glennklockwood.com citing the NVIDIA Hopper whitepaper): BF16 989.4, FP8 1978.9 TFLOPS dense, 80 GB HBM3, 3.35 TB/s, 700 W, NVLink 4 900 GB/s bidirectional; $3.29/h Lambda on-demand mid-2024; $25-30k purchase (awesomeagents)",
        asOf: "2024-06")
}
