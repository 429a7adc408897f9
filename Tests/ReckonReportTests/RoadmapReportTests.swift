import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import ReckonCore
import ReckonInput
@testable import ReckonReport

@Suite struct RoadmapReportTests {
    let resolved = try! RoadmapRequest.resolve(InputFields())

    @Test func jsonFields() throws {
        let text = RoadmapReport.render(resolved, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let levers = try #require(object["levers"] as? [[String: Any]])
        #expect(levers.count == 7)
        let waterfall = try #require(object["waterfall"] as? [[String: Any]])
        #expect(waterfall.count == 7)
        // Waterfall product = product of the factors (1e-9 relative: the same multiplications, rendered and parsed).
        let product = levers.compactMap { $0["factor"] as? Double }.reduce(1, *)
        let baseline = try #require((object["baseline"] as? [String: Any])?["cost_usd"] as? Double)
        let final = try #require(object["final_cost_usd"] as? Double)
        #expect(abs(final / (baseline * product) - 1) < 1e-9)
        let gpt3 = try #require(object["thousand_dollar_gpt3"] as? [String: Any])
        #expect((gpt3["combinations"] as? [Any])?.count == 128)
        // Seed 000: "four orders of magnitude" (3.68 for $4.81M → $1,000).
        #expect(abs((gpt3["required_orders_of_magnitude"] as? Double ?? 0) - 3.68) < 0.01)
    }

    @Test func textExplainsTheThousandDollarQuestion() {
        let text = RoadmapReport.render(resolved, format: .text)
        #expect(text.contains("orders of magnitude"))
        #expect(text.contains("2052"))  // trend alone: log2(4810) × 2.46 = 30.1 y after 2021
        #expect(text.contains("Competitive Accelerators"))
        #expect(RoadmapReport.render(resolved, format: .csv).hasPrefix("step,factor,cumulative_factor,cost_usd"))
    }

    @Test func waterfallSVG() throws {
        let svg = RoadmapReport.svg(resolved)
        _ = try XMLDocument(xmlString: svg, options: [])
        #expect(svg.contains("×0.5<") && svg.contains("Model Partitioning") && svg.contains("×1<"))
        // baseline + 7 levers + final (not the legend)
        #expect(svg.components(separatedBy: "</title></rect>").count - 1 == 9)
    }
}
