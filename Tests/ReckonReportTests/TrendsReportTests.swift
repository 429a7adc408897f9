import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import ReckonReport

/// `reckon trends` on the built-in catalog (Fig. 8; seed 000's decade of Moore's law).
@Suite struct TrendsReportTests {
    let r = TrendsReport.analyze()

    // The memory wall holds on the catalog: compute outgrows bandwidth, which outgrows capacity. Gholami et al.'s
    // ×3.0 vs ×1.6 per two years is over 20 years of server hardware; the catalog's NVIDIA line since 2017 gives
    // ×2.1 vs ×1.7 — the test asserts Reckon's ordering and its own interval, not Gholami's rates.
    @Test func computeOutgrowsMemory() throws {
        let f = try #require(r.nvidia.fit(.peakFLOPs))
        let b = try #require(r.nvidia.fit(.bandwidth))
        let c = try #require(r.nvidia.fit(.capacity))
        #expect(f.annualGrowth > b.annualGrowth && b.annualGrowth > c.annualGrowth)
        #expect(f.interval.contains(f.annualGrowth))
        #expect(f.biennialGrowth < 3.0)  // slower than Gholami's 20-year rate
        #expect((r.nvidia.flopsPerByteDoublingYears ?? 0) > 0)
    }

    // LightOn: "two orders of magnitude in the coming decade"; Reckon's price-performance trend (doubling 2.46 y)
    // gives 10·log10(2)/2.46 = 1.224 orders (hand arithmetic, 1e-3), and the report says so in words.
    @Test func lightOnAgainstReckon() {
        #expect(abs(r.lightOn.pricePerformance - 1.2237) < 1e-3)
        #expect(r.lightOn.claimed == 2)
        #expect(r.lightOn.sentence.contains("not ×100"))
    }

    @Test func rendersEveryFormat() throws {
        let json = TrendsReport.render(r, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["fits"] as? [Any])?.count == 6)
        #expect(TrendsReport.render(r, format: .text).contains("memory wall"))
        _ = try XMLDocument(xmlString: TrendsReport.chart(r).svg(), options: [])
    }
}
