import Foundation
import Testing

/// `reckon deploy`: Cottier's scenarios, his 2023 update and a product's life, as a user runs them.
@Suite struct DeployCLITests {
    static func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLITests.run(args + ["--format", "json"])
        #expect(r.status == 0, "\(args): \(r.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    }

    /// Growing traffic against falling prices: r = 2 × (1 − 0.5) = 1 keeps the bill flat (hand arithmetic), so three
    /// years cost three first years; with growth alone the ratio curve rises and breaks even sooner.
    @Test func productLifetime() throws {
        let base = ["deploy", "--preset", "chatgpt-2023", "--period", "3y"]
        let flat = try Self.json(base)
        let balanced = try Self.json(base + ["--traffic-growth", "2", "--price-decline", "0.5"])
        let first = try #require(balanced["first_year_serving_cost_usd"] as? Double)
        let total = try #require(balanced["serving_cost_usd"] as? Double)
        #expect(abs(total / (3 * first) - 1) < 1e-9)
        let growing = try Self.json(base + ["--traffic-growth", "3"])
        let curve = try #require(growing["ratio_over_time"] as? [[String: Double]])
        #expect(zip(curve, curve.dropFirst()).allSatisfy { $0["ratio"]! < $1["ratio"]! })
        let days = { (o: [String: Any]) in o["break_even_days"] as? Double ?? .infinity }
        #expect(days(growing) <= days(flat))
        #expect(
            (growing["deployment_to_development_ratio"] as? Double
                ?? 0) > (flat["deployment_to_development_ratio"] as? Double ?? 0))
    }

    /// The chart of the ratio over time is written with --svg (no --samples needed).
    @Test func lifetimeChart() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try CLITests.run(["deploy", "--period", "2y", "--traffic-growth", "1.5", "--svg", path])
        #expect(r.status == 0, "\(r.err)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("break-even"))
    }

    /// Both of Cottier's scenarios report his instance-day arithmetic beside Reckon's fleet, with the reference.
    @Test func cottierMethodIsReported() throws {
        for preset in ["twitter-1pct-year", "million-developers-year"] {
            let o = try Self.json(["deploy", "--preset", preset])
            let method = try #require(o["cottier_method"] as? [String: Any])
            #expect((method["ratio"] as? Double ?? 0) > 0)
            #expect(o["model"] as? String == "bloom-176b" && o["gpu"] as? String == "a100-80gb")
            let notes = try #require(o["notes"] as? [String])
            #expect(notes.contains { $0.contains("Why the two ratios differ") })
        }
    }

    @Test(arguments: [
        ["--price-decline", "1"], ["--traffic-growth", "0"], ["--instance-gpus", "0"],
        ["--development-gpu-hours", "-5"],
    ])
    func badLifetimeInputsNameTheField(_ args: [String]) throws {
        let r = try CLITests.run(["deploy"] + args)
        #expect(r.status != 0)
        #expect(
            r.err.contains(args[0].dropFirst(2).replacingOccurrences(of: "-", with: "_"))
                || r.err.contains(args[0]))
    }
}

/// `reckon trends` as a user runs it.
@Suite struct TrendsCLITests {
    @Test func trendsTextJSONAndChart() throws {
        let text = try CLITests.run(["trends"])
        #expect(text.status == 0 && text.out.contains("memory wall"))
        let json = try CLITests.run(["trends", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["lighton"] is [String: Any])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try CLITests.run(["trends", "--svg", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("memory wall"))
    }
}
