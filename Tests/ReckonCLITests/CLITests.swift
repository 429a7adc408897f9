import Foundation
import Testing

/// The `reckon` executable, run as a user runs it: output, JSON shape, exit codes.
@Suite struct CLITests {
    /// Runs the built `reckon` binary with `arguments`; returns exit status, stdout and stderr.
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// The debug binary next to the test bundle (`swift test` builds `reckon` because this target depends on it).
    static let binary: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("reckon")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../.build/debug/reckon"
        ).standardized
    }()

    /// The check: `reckon train --model gpt-3 --gpu v100 --gpus 10000 --mfu 0.21 --format json` parses as JSON
    /// with the documented fields; compute_flop = 6 × 175e9 × 300e9 = 3.15e23 (hand arithmetic).
    @Test func trainJSON() throws {
        let r = try Self.run([
            "train", "--model", "gpt-3", "--gpu", "v100", "--gpus", "10000", "--mfu", "0.21", "--format", "json",
        ])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        for key in [
            "params", "active_params", "tokens", "compute_flop", "accelerator_hours", "wall_clock_days", "cost_usd",
            "ownership_cost_usd", "energy_kwh", "co2_kg", "assumptions", "derivation",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["compute_flop"] as? Double == 3.15e23)
        let derivation = try #require(object["derivation"] as? [[String: Any]])
        #expect(derivation.allSatisfy { Set($0.keys) == ["name", "formula", "value", "unit", "source"] })
    }

    @Test func defaultCommandPrintsTheReport() throws {
        let r = try Self.run([])
        #expect(r.status == 0)
        #expect(r.out.contains("GPT-3"))
        #expect(r.out.contains("1.2e26 FLOP"))
    }

    @Test(arguments: [
        ["train", "--mfu", "1.5"], ["train", "--gpus", "0"], ["train", "--gpu", "h10"], ["train", "--params", "nan"],
        ["train", "--tokens=-1T"], ["catalog", "show", "nope"], ["train", "/nonexistent/scenario.yaml"],
    ])
    func badInputExitsNonZeroWithOneLine(_ arguments: [String]) throws {
        let r = try Self.run(arguments)
        #expect(r.status != 0)
        #expect(r.err.hasPrefix("error: invalid "))
        #expect(r.err.split(separator: "\n").count == 1)
        #expect(!r.out.contains("nan") && !r.out.contains("inf"))
    }

    @Test func outputFileIsNeverOverwrittenWithoutForce() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-\(UUID().uuidString).json")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.run(["train", "--format", "json", "--output", path]).status == 0)
        let second = try Self.run(["train", "--format", "json", "--output", path, "--gpus", "8"])
        #expect(second.status != 0)
        #expect(second.err.contains("--force"))
        #expect(try Self.run(["train", "--format", "json", "--output", path, "--gpus", "8", "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"gpus\": 8"))
    }

    @Test func catalogShowAndDidYouMean() throws {
        let r = try Self.run(["catalog", "show", "h100-sxm"])
        #expect(r.status == 0 && r.out.contains("989 TFLOP/s"))
        let miss = try Self.run(["catalog", "show", "h100-sx"])
        #expect(miss.err.contains("did you mean"))
    }
}
