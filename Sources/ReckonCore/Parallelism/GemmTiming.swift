/// Time of one GEMM on one accelerator, with the fall-off of small and skinny matrices.
///
/// ```
/// tiles = ⌈M/T_m⌉ · ⌈N/T_n⌉          output tiles, one thread block each
/// waves = ⌈tiles / U⌉                 rounds of the U compute units (SMs / CUs)
/// q     = tiles / (waves · U)          wave quantization: the busy fraction of the last round included
/// t     = max(2·M·K·N / (F·η·q),  β·(M·K + K·N + M·N) / B_hbm)  +  t_k
/// ```
/// - `M × K` times `K × N` (output `M × N`), elements; `F` the peak at the GEMM's precision, FLOP/s;
///   `η` ``StepTimeConstants/gemmEfficiency(_:)``; `T_m × T_n` ``PlanHardware/gemmTileM`` × ``PlanHardware/gemmTileN``;
///   `U` ``PlanHardware/computeUnits`` (no quantization when unknown); `β` bytes per element; `B_hbm`
///   HBM bandwidth; `t_k` ``StepTimeConstants/kernelSeconds``.
/// - A GEMM with few tiles (small batch × sequence, wide TP, small hidden size) leaves compute units idle
///   in its last wave and pays the fixed kernel time on little work; a skinny one (small `K`) becomes
///   memory-bound. Large GEMMs approach `F·η`.
/// Source: the tile/wave model of NVIDIA's "Matrix Multiplication Background User's Guide" (Deep Learning
/// Performance documentation: tile quantization and wave quantization).
public enum GemmTiming {
    @inlinable
    public static func seconds(m: Double, k: Double, n: Double, peak: Double, efficiency: Double,
                               hardware hw: PlanHardware, kernelSeconds: Double, elementBytes: Double = 2) -> Double {
        var quantization = 1.0
        if hw.computeUnits > 0 {
            let tiles = (m / Double(hw.gemmTileM)).rounded(.up) * (n / Double(hw.gemmTileN)).rounded(.up)
            let units = Double(hw.computeUnits)
            let waves = (tiles / units).rounded(.up)
            quantization = tiles / (waves * units)
        }
        let compute = 2 * m * k * n / (peak * efficiency * quantization)
        let memory = elementBytes * (m * k + k * n + m * n) / hw.memoryBandwidth
        return max(compute, memory) + kernelSeconds
    }
}
