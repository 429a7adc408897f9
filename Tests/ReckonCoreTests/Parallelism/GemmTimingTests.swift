import Testing
import ReckonCore

/// Tile and wave quantization of GEMMs (NVIDIA's Matrix Multiplication Background guide), hand-checked.
struct GemmTimingTests {
    let a100 = PlanHardware.a100SXM80GB  // 108 SMs, 128 × 128 tiles, 312 TFLOP/s, 2,039 GB/s

    @Test("a GEMM with 108 tiles fills one wave; 109 tiles take two waves at half their rate")
    func waves() {
        // M = 128·9 = 1152, N = 128·12 = 1536: 108 tiles, one full wave. FLOP = 2·1152·8192·1536.
        let full = GemmTiming.seconds(
            m: 1152, k: 8192, n: 1536, peak: 312e12, efficiency: 0.5, hardware: a100,
            kernelSeconds: 0)
        let flop: Double = 2 * 1152 * 8192 * 1536
        #expect(abs(full / (flop / 156e12) - 1) < 1e-12)
        // N = 1537 → 13 tile columns: 117 tiles → 2 waves of 108, q = 117/216.
        let over = GemmTiming.seconds(
            m: 1152, k: 8192, n: 1537, peak: 312e12, efficiency: 0.5, hardware: a100,
            kernelSeconds: 0)
        let more: Double = 2 * 1152 * 8192 * 1537
        #expect(abs(over / (more / (156e12 * 117 / 216)) - 1) < 1e-12)
    }

    @Test("skinny GEMMs become memory-bound; the fixed kernel time is added once")
    func memoryBound() {
        // M = 16, K = N = 8192: 2·(16·8192 + 8192² + 16·8192) bytes / 2.039 TB/s ≈ 66 µs ≫ the FLOP time.
        let t = GemmTiming.seconds(
            m: 16, k: 8192, n: 8192, peak: 312e12, efficiency: 0.6, hardware: a100,
            kernelSeconds: 2e-6)
        let elements: Double = 16 * 8192 + 8192 * 8192 + 16 * 8192
        let expected: Double = 2 * elements / 2039e9 + 2e-6
        #expect(abs(t / expected - 1) < 1e-12)
    }

    @Test("without a compute-unit count no quantization is applied")
    func unknownUnits() {
        var h = a100
        h.computeUnits = 0
        let t = GemmTiming.seconds(
            m: 1152, k: 8192, n: 1537, peak: 312e12, efficiency: 0.5, hardware: h,
            kernelSeconds: 0)
        let flop: Double = 2 * 1152 * 8192 * 1537
        #expect(abs(t / (flop / 156e12) - 1) < 1e-12)
    }
}
