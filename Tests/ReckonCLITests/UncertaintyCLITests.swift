import Foundation
import Testing

/// `reckon train --samples …` and `reckon sensitivity train …`, run as a user runs them.
@Suite struct UncertaintyCLITests {
    static let levels = ["p5", "p25", "p50", "p75", "p95", "mean"]

    /// JSON: one {p5 … mean} object per result field, plus samples and seed; percentiles are monotone.
    @Test func trainSamplesJSON() throws {
        let r = try CLITests.run([
            "train", "--mfu", "0.35..0.55", "--price-per-hour", "$1.5..$3", "--samples", "2000", "--seed", "7",
            "--format", "json",
        ])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(object["samples"] as? Int == 2000)
        #expect(object["seed"] as? Int == 7)
        for key in [
            "compute_flop", "wall_clock_days", "accelerator_hours", "cost_usd", "ownership_cost_usd", "energy_kwh",
            "co2_kg",
        ] {
            let field = try #require(object[key] as? [String: Double], "missing \(key)")
            #expect(Set(field.keys) == Set(Self.levels))
            let p = ["p5", "p25", "p50", "p75", "p95"].map { field[$0]! }
            #expect(zip(p, p.dropFirst()).allSatisfy { $0 <= $1 }, "\(key) not monotone")
        }
        // Same seed → byte-identical output.
        let again = try CLITests.run([
            "train", "--mfu", "0.35..0.55", "--price-per-hour", "$1.5..$3", "--samples", "2000", "--seed", "7",
            "--format", "json",
        ])
        #expect(again.out == r.out)
    }

    /// A distribution without --samples uses 10,000 samples and says so.
    @Test func defaultSampleCountIsAnnounced() throws {
        let r = try CLITests.run(["train", "--tokens", "250B..350B"])
        #expect(r.status == 0)
        #expect(r.out.contains("10,000 samples (the default"))
        #expect(r.out.contains("wall_clock_days") && r.out.contains("p95"))
    }

    /// --svg writes a histogram, and refuses to replace it without --force.
    @Test func histogramSVG() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-hist-\(UUID().uuidString).svg")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let args = [
            "train", "--mfu", "0.3..0.5", "--samples", "3000", "--svg", path, "--histogram-field", "wall_clock_days",
        ]
        #expect(try CLITests.run(args).status == 0)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("<rect") && svg.contains("median"))
        let second = try CLITests.run(args)
        #expect(second.status != 0 && second.err.contains("--force"))
        #expect(try CLITests.run(args + ["--force"]).status == 0)
    }

    /// `reckon sensitivity train`: a tornado ranked by swing and the rank correlations.
    @Test func sensitivityCommand() throws {
        let r = try CLITests.run([
            "sensitivity", "train", "--mfu", "0.3..0.5", "--price-per-hour", "1..4", "--pue", "1.05..1.2", "--samples",
            "2000",
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Tornado for cost_usd"))
        #expect(r.out.contains("Rank correlations"))
        let tornado = r.out.components(separatedBy: "Tornado for cost_usd")[1]
        let priceAt = try #require(tornado.range(of: "price_per_hour"))
        let mfuAt = try #require(tornado.range(of: "mfu"))
        #expect(priceAt.lowerBound < mfuAt.lowerBound)  // 1..4 $/h moves cost more than 0.3..0.5 MFU
    }

    @Test(arguments: [
        ["train", "--model", "gpt-3..gpt-4"], ["train", "--mfu", "0.5..0.3"], ["train", "--mfu", "normal(0.1, 0.2)"],
        ["train", "--gpus", "choice(1000: 1, 2000: 0)"], ["train", "--mfu", "0.3..0.5", "--samples", "0"],
        ["train", "--mfu", "0.3..0.5", "--svg", "/tmp/x.svg", "--histogram-field", "nope"],
    ])
    func badUncertainInputExitsWithOneLine(_ arguments: [String]) throws {
        let r = try CLITests.run(arguments)
        #expect(r.status != 0)
        #expect(r.err.hasPrefix("error: invalid "), "\(r.err)")
        #expect(r.err.split(separator: "\n").count == 1)
    }
}

/// `reckon deploy --ranges --samples N`: the ratio's percentiles in JSON.
@Suite struct DeployUncertaintyCLITests {
    @Test func deployRangesJSON() throws {
        let r = try CLITests.run([
            "deploy", "--preset", "twitter-1pct-year", "--ranges", "--samples", "200", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let ratio = try #require(object["deployment_to_development_ratio"] as? [String: Double])
        #expect(ratio["p5"]! < ratio["p50"]! && ratio["p50"]! < ratio["p95"]!)
        #expect(object["samples"] as? Int == 200)
    }
}

/// `reckon infer --samples N` and `reckon sensitivity infer`.
@Suite struct InferUncertaintyCLITests {
    @Test func inferSamplesJSON() throws {
        let r = try CLITests.run(["infer", "--price-per-hour", "1.5..4", "--samples", "300", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let cost = try #require(object["usd_per_million_output_tokens"] as? [String: Double])
        #expect(cost["p5"]! < cost["p95"]!)
        let s = try CLITests.run(["sensitivity", "infer", "--price-per-hour", "1.5..4", "--samples", "200"])
        #expect(s.status == 0 && s.out.contains("Tornado for usd_per_million_output_tokens"))
    }
}

/// `reckon sensitivity <command>` exists for every command with uncertain inputs and implies --sensitivity.
@Test func sensitivityForEveryUncertainCommand() throws {
    for args in [
        ["scale", "--gpus", "50k", "--failures", "paper-2024", "--gpu-mtbf-hours", "300000..1500000"],
        ["project", "--param-growth", "2.2..3.2"],
        ["roadmap", "--training-algorithms", "1.2..3"], ["train", "--mfu", "0.3..0.5"],
    ] {
        let r = try CLITests.run(["sensitivity"] + args + ["--samples", "200"])
        #expect(r.status == 0, "\(args): \(r.err)")
        #expect(r.out.contains("Tornado for"), "\(args)")
    }
}
