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
    public static func seconds(
        m: Double, k: Double, n: Double, peak: Double, efficiency: Double,
        hardware hw: PlanHardware, kernelSeconds: Double, elementBytes: Double = 2
    ) -> Double {
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

    /// Time of one grouped GEMM (one kernel over `g` equal problems, as for the local experts of an MoE layer),
    /// with the tile padding of small groups:
    ///
    /// ```
    /// tiles = g · ⌈M/T_m⌉ · ⌈N/T_n⌉                          every group pads its rows to whole tiles
    /// waves = ⌈tiles / U⌉
    /// t     = max(waves · U · 2·T_m·T_n·K / (F·η),  β·g·(M·K + K·N + M·N) / B_hbm)  +  t_k
    /// ```
    /// - `g` groups of `M × K` times `K × N`; other symbols as for
    ///   ``seconds(m:k:n:peak:efficiency:hardware:kernelSeconds:elementBytes:)``, which this equals for `g = 1` when
    ///   `M` and `N` are whole tiles. Without a compute-unit count the padded
    ///   FLOP `2·g·⌈M/T_m⌉T_m·K·⌈N/T_n⌉T_n` run at `F·η`.
    /// - Small per-expert batches (`M` of a few hundred tokens or less) leave most of each tile's rows empty and
    ///   read every expert's weights for few rows: the grouped GEMM becomes tile- and memory-bound.
    /// Source: the tile/wave model above (NVIDIA Matrix Multiplication Background User's Guide) applied to grouped
    /// GEMMs as CUTLASS and DeepGEMM run them (one persistent kernel, tiles of every group scheduled together).
    @inlinable
    public static func groupedSeconds(
        groups g: Double, m: Double, k: Double, n: Double, peak: Double,
        efficiency: Double, hardware hw: PlanHardware, kernelSeconds: Double,
        elementBytes: Double = 2
    ) -> Double {
        guard g > 0, m > 0 else { return 0 }
        let tm = Double(hw.gemmTileM)
        let tn = Double(hw.gemmTileN)
        let tiles = g * (m / tm).rounded(.up) * (n / tn).rounded(.up)
        let padded = tiles * tm * tn
        var compute = 2 * padded * k / (peak * efficiency)
        if hw.computeUnits > 0 {
            let units = Double(hw.computeUnits)
            compute *= (tiles / units).rounded(.up) * units / tiles
        }
        let memory = elementBytes * g * (m * k + k * n + m * n) / hw.memoryBandwidth
        return max(compute, memory) + kernelSeconds
    }
}
