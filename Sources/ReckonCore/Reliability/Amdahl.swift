import ReckonUnits

/// How the paper's sequential fraction (`Seq_comp` = 1%) slows the solve time.
///
/// ```
/// E   = 1 / (G · s + (1 − s))          parallel efficiency = Amdahl speedup(G) / G
/// T_s = C / (N · F) / E
/// ```
/// - `s`: sequential fraction of the computation; `G`: number of workers Amdahl's law is applied over
/// - `C`: training compute, FLOP; `N`: GPUs; `F`: sustained FLOP/s per GPU; `T_s`: solve time, s
///
/// Amdahl over all N GPUs cannot be what Fig. 7 plots: with s = 1% the time never drops below
/// s·C/F = 65 years for 1.8T parameters, at any N. The three readings kept (framework.md §3.3) differ
/// in `G`; none of them changes the baseline/optimized ratio:
/// - ``none``: E = 1.
/// - ``dp100`` (default): G = the N of `FT_KN`, the 100 data-parallel groups → E = 1/1.99 = 0.5025 at any
///   cluster size. It uses only Table 3 numbers, leaves the saturation of the baseline to failures as the
///   text says ("spends most of its time attempting to recover from failures"), and matches the paper's
///   remark that the 50,944-chip TPU v5e run reached "half the peak performance of the cluster".
/// - ``dpmem``: G = N / ceil(16·P / M_gpu), the data-parallel degree when each replica holds 16 B per
///   parameter (ZeRO mixed-precision Adam) → E = 0.42 at 50k GPUs for 1.8T; G is at least 1.
///
/// Source: G. M. Amdahl 1967, AFIPS; Faraboschi et al. 2024, Table 3 (`Seq_comp`, `FT_KN`) and Sec. 3.1.
public enum AmdahlReading: String, Sendable, Hashable, CaseIterable {
    case none
    case dp100
    case dpmem

    /// Bytes per parameter a data-parallel replica holds in the ``dpmem`` reading (ZeRO, mixed-precision Adam).
    public static let replicaBytesPerParameter = BytesPerParameter.mixedPrecisionAdamTraining

    /// Parallel efficiency `E` in (0, 1].
    /// - Parameters:
    ///   - sequentialFraction: `s`
    ///   - gpus: `N`
    ///   - dataParallelGroups: `G` for ``dp100`` (the N of `FT_KN`)
    ///   - parameters: model parameters `P` (``dpmem`` only)
    ///   - gpuMemory: memory per GPU (``dpmem`` only)
    @inlinable
    public func efficiency(
        sequentialFraction s: Double, gpus: Double, dataParallelGroups: Int,
        parameters: Parameters, gpuMemory: Bytes
    ) -> Double {
        let g: Double
        switch self {
        case .none: return 1
        case .dp100: g = Double(dataParallelGroups)
        case .dpmem:
            let gpusPerReplica = Swift.max(
                1, (parameters.value * Self.replicaBytesPerParameter / gpuMemory.value).rounded(.up))
            g = Swift.max(1, gpus / gpusPerReplica)
        }
        return 1 / (g * s + (1 - s))
    }
}
