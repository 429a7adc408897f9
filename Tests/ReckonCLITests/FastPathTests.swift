import ArgumentParser
import Foundation
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonCLI

/// The start-up fast path (issue 18) reads a command line exactly as ArgumentParser would, or leaves it alone.
@Suite struct FastPathTests {
    static let lines: [[String]] = [
        ["--model", "gpt-3", "--gpu", "h100-sxm", "--gpus", "1024"],
        ["--model=llama-2-70b", "--gpus=2048", "--mfu", "0.43", "--format", "json"],
        ["--params", "70B", "--tokens", "2T", "--no-failures", "--price-per-hour", "$2.5/h", "--format=csv"],
        ["--model", "gpt-3", "--framework", "megatron-lm-2021", "--precision", "fp8", "--gpu", "h100-sxm"],
    ]

    @Test(
        "the same fields, format, samples and seed as the generated options",
        arguments: lines + [["--mfu", "0.35..0.55", "--samples", "1000000", "--seed", "7"], ["--samples=+12"]])
    func sameFieldsAsArgumentParser(_ line: [String]) throws {
        let parsed = try TrainCommand.parse(line)
        let fast = try #require(FastPath.parse(line, inputs: .train, samples: true))
        #expect(fast.fields == parsed.fields.given)
        #expect(fast.format == parsed.output.format)
        #expect(fast.samples == parsed.uncertainty.samples && fast.seed == parsed.uncertainty.seed)
    }

    @Test("anything else is left to ArgumentParser")
    func declines() {
        let declined: [[String]] = [
            ["--help"], ["-h"], ["run.yaml"], ["--model", "gpt-3", "-o", "x.json"], ["--output", "x"],
            ["--samples", "1e6"], ["--samples", "1_000"], ["--seed", "-1"], ["--seed", "x"], ["--sensitivity"],
            ["--histogram-field", "cost_usd"], ["--max-work", "5"], ["--no-such-flag", "1"],
            ["--gpus", "8", "--gpus", "16"], ["--tokens", "-5"],
            ["--no-failures=true"], ["--format", "yaml"], ["--gpus"], ["--model", ""], ["--price_per_hour", "2"],
            ["--svg", "a.svg"], ["--catalog", "dir"],
        ]
        for line in declined { #expect(FastPath.parse(line, inputs: .train, samples: true) == nil, "\(line)") }
        #expect(FastPath.run(["serve"]) == nil && FastPath.run([]) == nil && FastPath.run(["train", "--help"]) == nil)
    }

    @Test("the subcommand names used before parsing are the configurations'")
    func subcommandNames() {
        #expect(
            ReckonCommand.subcommandNames
                == ReckonCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" })
    }

    static func run(_ arguments: [String], fast: Bool) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = CLITests.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["RECKON_NO_FAST_PATH"] = fast ? nil : "1"
        process.environment = environment
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

    @Test(
        "the binary prints the same bytes and exit status with and without the fast path",
        arguments: [
            ["train", "--model", "gpt-3", "--gpu", "h100-sxm", "--gpus", "1024"],
            ["train", "--model", "gpt-3", "--mfu", "0.4", "--format", "json"],
            ["train", "--model", "gpt-3", "--gpus", "0"],
            ["train", "--mfu", "0.35..0.55", "--samples", "100"],
            [
                "train", "--model", "gpt-3", "--mfu", "0.35..0.55", "--samples", "20000", "--seed", "7", "--format",
                "json",
            ],
            ["train", "--model", "gpt-3", "--gpus", "800..1200", "--price-per-hour", "$1.5..$3", "--format", "csv"],
            ["train", "--mfu", "0.35..0.55", "--samples", "0"], ["train", "--mfu", "0.4", "--samples", "5"],
            ["train", "--mfu", "0.35..0.55", "--samples", "100000000"], ["train", "--mfu", "0.4", "--seed", "3"],
            ["choose", "--model", "llama-2-7b", "--gpu", "h100-sxm,b200", "--gpus", "256..512", "--format", "json"],
            ["choose", "--model", "llama-2-7b", "--gpu", "h100-sxm", "--gpus", "256", "--deadline", "0.01d"],
        ])
    func sameOutput(_ line: [String]) throws {
        let fast = try Self.run(line, fast: true)
        let slow = try Self.run(line, fast: false)
        #expect(fast.status == slow.status && fast.out == slow.out && fast.err == slow.err)
    }
}
