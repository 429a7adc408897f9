import Foundation
import Testing

/// `reckon scale` and the failure overhead of `reckon train`, run as a user runs them.
@Suite struct ScaleCLITests {
    @Test func defaultRunIsObservedFailuresOnFigure7Sizes() throws {
        let r = try CLITests.run(["scale"])
        #expect(r.status == 0)
        #expect(r.out.contains("1.8T") && r.out.contains("100,000") && r.out.contains("MoE-8"))
        #expect(r.out.contains("419"))  // the Llama 3 reality check is printed
        #expect(r.out.contains("failures llama3-observed, model-state checkpoints") && r.out.contains("goodput"))
    }

    @Test func paperFlagsReproduceFigure7() throws {
        // framework.md §3.5 (dp100): 188.1 / 94.3 days at 50k GPUs; ±2%.
        let r = try CLITests.run([
            "scale", "--failures", "paper-2024", "--checkpoint-basis", "gpu-memory", "--gpus", "50k",
            "--format", "json",
        ])
        #expect(r.status == 0)
        let rows = try #require(
            (try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        let base = try #require(rows.first { $0["series"] as? String == "monolithic-baseline" })
        let opt = try #require(rows.first { $0["series"] as? String == "monolithic-optimized" })
        #expect(abs((base["wall_clock_days"] as! Double) / 188.1 - 1) < 0.02)
        #expect(abs((opt["wall_clock_days"] as! Double) / 94.3 - 1) < 0.02)
    }

    @Test func svgIsWrittenAndNotOverwrittenWithoutForce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reckon-scale-\(UUID().uuidString).svg"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try CLITests.run(["scale", "--svg", path, "--format", "csv"])
        #expect(first.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<svg"))
        let second = try CLITests.run(["scale", "--svg", path])
        #expect(second.status != 0 && second.err.hasPrefix("error: invalid svg"))
        #expect(try CLITests.run(["scale", "--svg", path, "--force"]).status == 0)
    }

    @Test(arguments: [
        ["scale", "--tolerate", "5"], ["scale", "--gpus", "0"], ["scale", "--failures", "x"],
        ["scale", "--interval", "hourly"],
    ])
    func badInputExitsWithOneLine(_ arguments: [String]) throws {
        let r = try CLITests.run(arguments)
        #expect(r.status != 0)
        #expect(r.err.hasPrefix("error:"))
    }

    @Test func trainCountsFailuresUnlessTold() throws {
        let with = try CLITests.run(["train", "--gpus", "50000", "--format", "json"])
        let without = try CLITests.run(["train", "--gpus", "50000", "--format", "json", "--no-failures"])
        #expect(with.status == 0 && without.status == 0)
        let a = try #require(try JSONSerialization.jsonObject(with: Data(with.out.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(without.out.utf8)) as? [String: Any])
        // Issue 21: the observed preset by default, said in the JSON with the checkpoint (GPT-3: 175e9 × 14 B), the
        // interruptions over the run and the goodput (= 1 / overhead, ±1e-12).
        #expect(a["failure_preset"] as? String == "llama3-observed" && a["checkpoint_bytes"] as? Double == 2.45e12)
        let f = a["failure_overhead"] as! Double
        #expect(f > 1 && abs((a["goodput"] as! Double) * f - 1) < 1e-12)
        #expect((a["expected_interruptions"] as! Double) > 0)
        #expect(b["failure_overhead"] as? Double == 1 && b["failure_preset"] is NSNull && b["goodput"] is NSNull)
    }
}
