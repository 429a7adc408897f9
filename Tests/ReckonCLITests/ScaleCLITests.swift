import Foundation
import Testing

/// `reckon scale` and the failure overhead of `reckon train`, run as a user runs them.
@Suite struct ScaleCLITests {
    @Test func defaultRunIsFigure7() throws {
        let r = try CLITests.run(["scale"])
        #expect(r.status == 0)
        #expect(r.out.contains("1.8T") && r.out.contains("100,000") && r.out.contains("MoE-8"))
        #expect(r.out.contains("419"))   // the Llama 3 reality check is printed
    }

    @Test func svgIsWrittenAndNotOverwrittenWithoutForce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-scale-\(UUID().uuidString).svg").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try CLITests.run(["scale", "--svg", path, "--format", "csv"])
        #expect(first.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<svg"))
        let second = try CLITests.run(["scale", "--svg", path])
        #expect(second.status != 0 && second.err.hasPrefix("error: invalid svg"))
        #expect(try CLITests.run(["scale", "--svg", path, "--force"]).status == 0)
    }

    @Test(arguments: [["scale", "--tolerate", "5"], ["scale", "--gpus", "0"], ["scale", "--failures", "x"], ["scale", "--interval", "hourly"]])
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
        // framework.md §3.2: baseline overhead 1.997 at 50k GPUs; ±1%.
        #expect(abs((a["failure_overhead"] as! Double) / 1.997 - 1) < 0.01)
        #expect(b["failure_overhead"] as? Double == 1)
    }
}
