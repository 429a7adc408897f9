import Testing
import ReckonCore

/// α–β collective costs against hand arithmetic (NCCL's latency structure, ring volumes).
struct CollectivesTests {
    let c = StepTimeConstants.default
    let a100 = PlanHardware.a100SXM80GB  // NVLink 300 GB/s × 0.77 in a node of 8; 25 GB/s × 0.8 per GPU across nodes

    @Test(
        """
        inside a node: all-reduce of 1 GB over 8 GPUs = α₀ + 2·log₂8·α_up (tree, fewer hops than the ring's 14) + \
        (14/8)·1 GB / 231 GB/s
        """
    )
    func ringInsideNode() {
        let t = CollectiveCost.seconds(.allReduce, ranks: 8, stride: 1, bytes: 1e9, hardware: a100, constants: c)
        #expect(abs(t / (8.4e-6 + 6 * 3.4e-6 + 1.75e9 / 231e9) - 1) < 1e-12)
        // Reduce-scatter and all-gather: half the steps and half the volume.
        let rs = CollectiveCost.seconds(.reduceScatter, ranks: 8, stride: 1, bytes: 1e9, hardware: a100, constants: c)
        #expect(abs(rs / (8.4e-6 + 7 * 3.4e-6 + 0.875e9 / 231e9) - 1) < 1e-12)
    }

    @Test("across nodes: the ring's inter-node steps pay α_out; all-reduce takes the tree when it is faster")
    func acrossNodes() {
        // 64 ranks of stride 8 (one per node, a DP group over 64 nodes): every step crosses the network.
        let rs = CollectiveCost.seconds(.reduceScatter, ranks: 64, stride: 8, bytes: 1e9, hardware: a100, constants: c)
        #expect(abs(rs / (8.4e-6 + 63 * 9.6e-6 + (63.0 / 64) * 1e9 / 20e9) - 1) < 1e-12)
        // All-reduce of a small message: the tree (2·log₂64 = 12 network steps) beats the ring's 126.
        let ar = CollectiveCost.seconds(.allReduce, ranks: 64, stride: 8, bytes: 1e6, hardware: a100, constants: c)
        #expect(abs(ar / (8.4e-6 + 12 * 9.6e-6 + (126.0 / 64) * 1e6 / 20e9) - 1) < 1e-12)
        // 64 ranks of stride 1: 8 per node, 8 nodes; ring steps 126, of which 2·7 = 14 inter-node.
        let mixed = CollectiveCost.seconds(.allReduce, ranks: 64, stride: 1, bytes: 1e9, hardware: a100, constants: c)
        let ring = 8.4e-6 + 112 * 3.4e-6 + 14 * 9.6e-6
        let tree = 8.4e-6 + 2 * (3 * 3.4e-6 + 3 * 9.6e-6)
        #expect(abs(mixed / (min(ring, tree) + (126.0 / 64) * 1e9 / 20e9) - 1) < 1e-12)
    }

    @Test("k buckets pay k latencies and the same volume; one rank or no bytes cost nothing")
    func bucketsAndEdges() {
        let one = CollectiveCost.seconds(.reduceScatter, ranks: 8, stride: 1, bytes: 1e9, hardware: a100, constants: c)
        let ten = CollectiveCost.seconds(
            .reduceScatter, ranks: 8, stride: 1, bytes: 1e9, messages: 10, hardware: a100,
            constants: c)
        // A group that moves into a larger domain gets no slower (here 16 ranks: 2 nodes of 8 vs one domain of 16).
        var big = a100
        big.scaleUpDomain = 16
        let across = CollectiveCost.seconds(.allReduce, ranks: 16, stride: 1, bytes: 1e6, hardware: a100, constants: c)
        let inside = CollectiveCost.seconds(.allReduce, ranks: 16, stride: 1, bytes: 1e6, hardware: big, constants: c)
        #expect(inside <= across)
        #expect(abs((ten - one) / (9 * (8.4e-6 + 7 * 3.4e-6)) - 1) < 1e-9)
        #expect(CollectiveCost.seconds(.allReduce, ranks: 1, stride: 1, bytes: 1e9, hardware: a100, constants: c) == 0)
        #expect(CollectiveCost.seconds(.allReduce, ranks: 8, stride: 1, bytes: 0, hardware: a100, constants: c) == 0)
    }

    @Test("point-to-point sends and reachability")
    func sends() {
        // A chain of 2 stages of stride 8 leaves the node: 8.4 µs + 100 MB / 20 GB/s.
        let send = CollectiveCost.sendSeconds(bytes: 1e8, chain: 2, stride: 8, hardware: a100, constants: c)
        #expect(abs(send / (8.4e-6 + 1e8 / 20e9) - 1) < 1e-12)
        var island = a100
        island.scaleOutBandwidth = 0
        #expect(CollectiveCost.fits(ranks: 8, stride: 1, hardware: island))
        #expect(!CollectiveCost.fits(ranks: 2, stride: 8, hardware: island))
        #expect(CollectiveCost.fits(ranks: 2, stride: 8, hardware: a100))
    }

    @Test("exposed time: T − min(o·T, W), never negative, falling with overlap and window")
    func exposed() {
        #expect(exposedSeconds(10, window: 4, overlap: 1) == 6)
        #expect(exposedSeconds(10, window: 40, overlap: 1) == 0)
        #expect(exposedSeconds(10, window: 40, overlap: 0.5) == 5)
        #expect(exposedSeconds(10, window: 40, overlap: 0) == 10)
    }
}
