import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
import ReckonCore
import ReckonInput
@testable import ReckonReport

@Suite struct ProjectReportTests {
    let resolved = try! ProjectRequest.resolve(InputFields())

    // The JSON fields: year, scenario, params, experts, compute_flop, gpu_cost_usd, cloud_cost_usd, and
    // crossovers [{scenario, line, year}].
    @Test func jsonFields() throws {
        let text = ProjectReport.render(resolved, format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(object["projection"] as? [[String: Any]])
        #expect(rows.count == 48)
        for key in ["year", "scenario", "params", "experts", "compute_flop", "gpu_cost_usd", "cloud_cost_usd"] {
            #expect(rows.allSatisfy { $0[key] != nil }, "missing \(key)")
        }
        let crossovers = try #require(object["crossovers"] as? [[String: Any]])
        #expect(crossovers.count == 9)
        // framework.md §6 target 8: best guess crosses the installed base in 2029 (paper: "by 2029").
        let installed = crossovers.first {
            $0["scenario"] as? String == "best-guess" && $0["line"] as? String == "installed-base"
        }
        #expect(installed?["year"] as? Double == 2029)
        #expect(object["growth_index"] != nil)
    }

    @Test func textCSVMarkdown() {
        let text = ProjectReport.render(resolved, format: .text)
        #expect(text.contains("$19B") && text.contains("2032"))
        let csv = ProjectReport.render(resolved, format: .csv)
        #expect(csv.split(separator: "\n").count == 49)  // header + 3 scenarios × 16 years
        #expect(csv.hasPrefix("year,scenario,params,experts"))
        #expect(ProjectReport.render(resolved, format: .markdown).contains("| year |"))
    }

    // SVG: well-formed XML with the three scenarios, the three lines, the paper's markers and dollar tick labels.
    @Test func svgCharts() throws {
        let svg = ProjectReport.svg(resolved)
        _ = try XMLDocument(xmlString: svg, options: [])
        for label in [
            "best case", "best guess", "worst case", "GPU installed base", "1% of US GDP", "$1M", "$1T",
            "Training FLOP",
        ] {
            #expect(svg.contains(label), "missing \(label)")
        }
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(svg == ProjectReport.svg(resolved))  // deterministic
    }

    @Test func dollarTickLabels() {
        #expect(Axis.dollarFormat(1e6) == "$1M")
        #expect(Axis.dollarFormat(1e10) == "$10B")
        #expect(Axis.dollarFormat(1e12) == "$1T")
        #expect(Axis.dollarFormat(1e3) == "$1k")
        #expect(Axis.countFormat(100) == "100")
        #expect(Axis.countFormat(1e5) == "100k")
    }
}
