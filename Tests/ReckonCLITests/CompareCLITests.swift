import Foundation
import Testing

/// `reckon compare`: scenario files side by side, the command from the files or --command.
@Suite struct CompareCLITests {
    static func scratch(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Two H100 runs, 1,024 and 2,048 GPUs at MFU 0.4 without failures: time ×0.5, cost ×1 (C = 6ND is the same;
    /// time = C / (GPUs × peak × MFU); GPU-hours are the same).
    @Test func ratiosOfTwoTrainScenarios() throws {
        let dir = try Self.scratch([
            "a.yaml": "command: train\ngpu: h100-sxm\ngpus: 1024\nmfu: 0.4\nno_failures: true\n",
            "b.yaml": "command: train\ngpu: h100-sxm\ngpus: 2048\nmfu: 0.4\nno_failures: true\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLITests.run([
            "compare", dir.appendingPathComponent("a.yaml").path,
            dir.appendingPathComponent("b.yaml").path, "--format", "json",
        ])
        #expect(r.status == 0, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let outputs = try #require(json["outputs"] as? [[String: Any]])
        func ratio(_ key: String) -> Double? {
            (outputs.first { $0["key"] as? String == key }?["ratios"] as? [Any])?.last as? Double
        }
        #expect(abs((ratio("wall_clock_days") ?? 0) - 0.5) < 1e-12)
        #expect(abs((ratio("cost_usd") ?? 0) - 1) < 1e-12)
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.first { $0["key"] as? String == "gpus" }?["differs"] as? Bool == true)
        let text = try CLITests.run([
            "compare", dir.appendingPathComponent("a.yaml").path,
            dir.appendingPathComponent("b.yaml").path,
        ])
        #expect(text.out.contains("*  gpus") && text.out.contains("B ÷ A") && text.out.contains("×0.5"))
    }

    @Test func theCommandComesFromTheFilesOrTheFlag() throws {
        let dir = try Self.scratch([
            "x.yaml": "model: llama-3.1-8b\n", "y.yaml": "model: llama-3.1-70b\n",
            "t.yaml": "command: train\n", "i.yaml": "command: infer\n",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let none = try CLITests.run(["compare", path("x.yaml"), path("y.yaml")])
        #expect(none.status == 2 && none.err.contains("--command"))
        let flag = try CLITests.run([
            "compare", path("x.yaml"), path("y.yaml"), "--command", "infer", "--format", "csv",
        ])
        #expect(flag.status == 0 && flag.out.hasPrefix("output,"))
        let clash = try CLITests.run(["compare", path("t.yaml"), path("i.yaml")])
        #expect(clash.status == 2 && clash.err.contains("the same command in every file"))
        let one = try CLITests.run(["compare", path("x.yaml"), "--command", "train"])
        #expect(one.status == 2 && one.err.contains("two or more"))
        let unknown = try CLITests.run(["compare", path("x.yaml"), path("y.yaml"), "--command", "plan"])
        #expect(unknown.status == 2 && unknown.err.contains("train, infer, deploy, scale"))
    }
}
