import ReckonAnalysis
import Testing

@Suite struct ClusterSizesTests {
    @Test("powers of two, and doubling multiples of a domain that is not one")
    func sizes() {
        #expect(
            ClusterSizes.candidates(low: 256, high: 65_536, domain: 8)
                == [256, 512, 1024, 2048, 4096, 8192, 16_384, 32_768, 65_536])
        let nvl72 = ClusterSizes.candidates(low: 256, high: 65_536, domain: 72)
        #expect(nvl72.count == 9 + 8)
        #expect(nvl72.contains(288) && nvl72.contains(36_864) && !nvl72.contains(72) && !nvl72.contains(73_728))
        #expect(nvl72 == nvl72.sorted() && Set(nvl72).count == nvl72.count)
        #expect(ClusterSizes.candidates(low: 1, high: 1, domain: 72) == [1])
    }

    @Test("a range that holds no candidate is empty")
    func empty() {
        #expect(ClusterSizes.candidates(low: 300, high: 500, domain: 8).isEmpty)
        #expect(ClusterSizes.candidates(low: 300, high: 500, domain: 72).isEmpty)
        #expect(ClusterSizes.candidates(low: 10, high: 5, domain: 8).isEmpty)
        #expect(ClusterSizes.candidates(low: 1 << 62, high: Int.max, domain: 3) == [1 << 62, 3 << 61])
    }
}
