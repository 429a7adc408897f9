import Testing
import ReckonCore
import ReckonUnits

@Suite struct WeightStreamingTests {
    // Seed 002 worked example: 100 layers of 10 ms, 40 ms round trip to fetch weights, 5 layers resident.
    // The seed treats the fetch as pure latency (no bandwidth term), so transfer x = 0.
    let layers = 100, compute = Seconds(0.010), latency = Seconds(0.040), resident = 5

    @Test func seedExampleNotPipelinedIs1Point8Seconds() {
        // "40ms to load from disk, then 50 ms to process, for each group of 5 layers": 20 × 90 ms = 1.8 s.
        // Floating-point sums of 20 terms: 1e-12 relative.
        let t = WeightStreaming.sequentialTime(
            layers: layers, compute: compute, transfer: .zero, latency: latency, resident: resident)
        #expect(abs(t.value / 1.8 - 1) < 1e-12)
    }

    @Test func seedExamplePipelinedIs1Point04Seconds() {
        // "t=40ms, start loading layer 5 weights & compute layer 1 …": 40 ms fill + 100 × 10 ms = 1.04 s.
        let t = WeightStreaming.pipelinedTime(
            layers: layers, compute: compute, transfer: .zero, latency: latency, resident: resident)
        #expect(abs(t.value / 1.04 - 1) < 1e-12)
    }

    @Test func tooFewBuffersSlowThePipeline() {
        // With 2 resident layers each buffer cycles 40 + 10 = 50 ms, so one layer per 25 ms:
        // 40 + 99 × 25 + 10 = 2,525 ms (hand arithmetic from the formula's (ℓ + x + c)/r term).
        let t = WeightStreaming.pipelinedTime(
            layers: layers, compute: compute, transfer: .zero, latency: latency, resident: 2)
        #expect(abs(t.value / 2.525 - 1) < 1e-12)
    }

    @Test func gpt3OverPCIeGen4TakesNinePointFiveSeconds() {
        // Seed 002: "GPT-3 is ~300GB compressed. PCIe gen4x16 is ~31.5GB/s": 300 / 31.5 = 9.5238 s per pass,
        // bandwidth-bound (compute and latency set to zero to isolate the transfer). 96 layers of 3.125 GB.
        let link = HostLink.pcie4
        #expect(link.bandwidth.value == 31.5e9)
        let x = WeightStreaming.transferTime(bytesPerLayer: .gigabytes(300.0 / 96), bandwidth: link.bandwidth)
        let t = WeightStreaming.pipelinedTime(layers: 96, compute: .zero, transfer: x, latency: .zero, resident: 4)
        #expect(abs(t.value / (300.0 / 31.5) - 1) < 1e-9)
        // Without prefetch it is no faster (same transfers, serialized with compute).
        let s = WeightStreaming.sequentialTime(layers: 96, compute: .zero, transfer: x, latency: .zero, resident: 4)
        #expect(s.value >= t.value * (1 - 1e-12))
    }

    @Test func pipeliningNeverSlower() {
        // Property over a grid: the pipelined time never exceeds the sequential time.
        for c in [0.001, 0.01, 0.1] {
            for x in [0.0, 0.005, 0.05] {
                for l in [0.0, 0.02, 0.2] {
                    for r in [1, 2, 5, 50] {
                        let p = WeightStreaming.pipelinedTime(
                            layers: 40, compute: Seconds(c), transfer: Seconds(x), latency: Seconds(l), resident: r)
                        let s = WeightStreaming.sequentialTime(
                            layers: 40, compute: Seconds(c), transfer: Seconds(x), latency: Seconds(l), resident: r)
                        #expect(p.value <= s.value * (1 + 1e-12), "c \(c) x \(x) l \(l) r \(r)")
                    }
                }
            }
        }
    }

    @Test func linkTable() throws {
        // Values as cited in HostLink: 16, 31.5, 63, 450 GB/s per direction.
        #expect(try HostLink.named("pcie3").bandwidth.value == 16e9)
        #expect(try HostLink.named("pcie5").bandwidth.value == 63e9)
        #expect(try HostLink.named("nvlink-c2c").bandwidth.value == 450e9)
        #expect(throws: InputError.self) { try HostLink.named("pcie9") }
    }
}
