import Foundation
import Testing

/// `reckon project` and `reckon roadmap` run as a user runs them.
@Suite struct ProjectRoadmapCLITests {
    // framework.md §6 target 6: paper-stated gives $15.05B for the 2028 best guess (−21% vs the paper's $19B);
    // the JSON carries the fields. Tolerance ±1% (own value).
    @Test func projectJSON() throws {
        let r = try CLITests.run([
            "project", "--preset", "paper-stated", "--from", "2021", "--to", "2030", "--format", "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let rows = try #require(object["projection"] as? [[String: Any]])
        let guess2028 = try #require(
            rows.first { $0["year"] as? Double == 2028 && $0["scenario"] as? String == "best-guess" })
        #expect(abs((guess2028["gpu_cost_usd"] as? Double ?? 0) / 15.05e9 - 1) < 0.01)
        let crossovers = try #require(object["crossovers"] as? [[String: Any]])
        #expect(crossovers.allSatisfy { Set($0.keys).isSuperset(of: ["scenario", "line", "year"]) })
    }

    // Every trend constant is a flag: with --param-growth=2 P(2024) = 3.6e12 (hand arithmetic: 1.8e12 × 2).
    @Test func constantFlags() throws {
        let r = try CLITests.run(["project", "--param-growth=2", "--from", "2024", "--to", "2024", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.out.contains("2024,best-guess,3600000000000,13,"))
    }

    @Test func svgIsNotOverwrittenWithoutForce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CLITests.run(["project", "--svg", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<svg"))
        let again = try CLITests.run(["roadmap", "--svg", path])
        #expect(again.status != 0 && again.err.contains("--force"))
        #expect(try CLITests.run(["roadmap", "--svg", path, "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("Competitive Accelerators"))
    }

    @Test(arguments: [
        ["roadmap", "--model-partitioning", "lots"], ["roadmap", "--competitive-accelerators", "1.2"],
        ["project", "--param-growth=-1"], ["project", "--preset", "paper"],
        ["project", "--from", "2030", "--to", "2020"],
    ])
    func badInputExitsNonZeroWithOneLine(_ arguments: [String]) throws {
        let r = try CLITests.run(arguments)
        #expect(r.status != 0)
        #expect(r.err.hasPrefix("error: "))
        #expect(r.err.split(separator: "\n").count == 1)
    }

    @Test func roadmapText() throws {
        let r = try CLITests.run(["roadmap", "--data-formats", "lns", "--efficient-hardware", "off"])
        #expect(r.status == 0)
        #expect(r.out.contains("$1,000 GPT-3") || r.out.contains("$1k GPT-3") || r.out.contains("The $1,000 GPT-3"))
        #expect(r.out.contains("×0.6"))
    }
}
