import Foundation
import Testing

/// Each reproducer of issue 12, run as a user runs it: a clear refusal (exit 2, naming the field) or a correct
/// answer — never a signal, a hang, a stray file or `∞`.
@Suite struct HardeningCLITests {
    struct Case: Sendable, CustomStringConvertible {
        let arguments: [String]
        /// The field the refusal must name.
        let field: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let refusals: [Case] = [
        Case(arguments: ["deploy", "--output-tokens-per-day=1e30"], field: "output_tokens_per_day"),
        Case(arguments: ["train", "--mfu=1e-300..1e-299"], field: "mfu"),
        Case(arguments: ["train", "--samples", "100000000", "--mfu", "0.3..0.5"], field: "samples"),
        Case(arguments: ["train", "--mfu", "2..3"], field: "mfu"),
        Case(arguments: ["deploy", "--input-tokens-per-day=80 GHz"], field: "input_tokens_per_day"),
        Case(arguments: ["deploy", "--input-tokens-per-day=1e9"], field: "input_tokens_per_day"),
        Case(arguments: ["train", "--price-per-hour", "2,5"], field: "price_per_hour"),
        Case(arguments: ["train", "--gpus", "0x400"], field: "gpus"),
        Case(arguments: ["train", "--price-per-hour=1e308"], field: "price_per_hour"),
        Case(arguments: ["train", "--price-per-hour=$-3/h"], field: "price_per_hour"),
        Case(arguments: ["train", "--mfu", "1e-300"], field: "result"),
        Case(arguments: ["plan", "--model", "llama-2-7b", "--gpus", "8", "--heads", "0"], field: "heads"),
        Case(
            arguments: ["scale", "--gpus", Array(repeating: "1k", count: 1_200).joined(separator: ",")], field: "gpus"),
        Case(arguments: ["train", "--gpu", String(repeating: "h", count: 20_000)], field: "gpu"),
    ]

    @Test(arguments: refusals) func refusedByName(_ c: Case) throws {
        let r = try CLITests.run(c.arguments)
        #expect(r.status == 2, "\(c): exit \(r.status)")
        #expect(r.err.hasPrefix("error: invalid \(c.field) "), "\(c): \(r.err.prefix(200))")
        #expect(r.err.count < 1_000, "\(c): the message echoes too much")
        #expect(!r.out.contains("∞") && !r.out.contains("NaN"))
    }

    /// An error message quotes the value as typed, not in base units.
    @Test func valuesAreQuotedAsTyped() throws {
        let r = try CLITests.run(["train", "--price-per-hour=$-3/h"])
        #expect(r.err.contains("'$-3/h'") && !r.err.contains("e-4"))
    }

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `--svg` is not written when `--output` is refused; the histogram of a degenerate range does not trap.
    @Test func noFileIsLeftBehindWhenAnOutputIsRefused() throws {
        let dir = try Self.temporaryFolder()
        let existing = dir.appendingPathComponent("out.txt").path
        try "keep".write(toFile: existing, atomically: true, encoding: .utf8)
        let svg = dir.appendingPathComponent("chart.svg").path
        let r = try CLITests.run(["scale", "--gpus", "16k", "--svg", svg, "-o", existing])
        #expect(r.status == 2 && r.err.contains("invalid output"))
        #expect(!FileManager.default.fileExists(atPath: svg))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep")
        let h = try CLITests.run(["train", "--mfu=1e-300..1e-299", "--svg", dir.appendingPathComponent("h.svg").path])
        #expect(h.status == 2)
        let t = try CLITests.run([
            "sensitivity", "train", "--mfu=1e-300", "--svg", dir.appendingPathComponent("t.svg").path,
        ])
        #expect(t.status == 2)
    }

    /// `-o -` is standard output; a device is never replaced, even with `--force`.
    @Test func dashIsStandardOutputAndDevicesAreRefused() throws {
        let r = try CLITests.run(["train", "-o", "-", "--format", "json"])
        #expect(r.status == 0 && r.out.contains("\"cost_usd\""))
        let d = try CLITests.run(["train", "-o", "/dev/null", "--force"])
        #expect(d.status == 2 && d.err.contains("not a regular file"))
    }

    /// An alias bomb and a 50 MB scenario are refused at once; two spellings of one key are refused naming both.
    @Test func hostileScenarioFilesAreRefusedFast() throws {
        let dir = try Self.temporaryFolder()
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let bombPath = dir.appendingPathComponent("bomb.yaml").path
        try bomb.write(toFile: bombPath, atomically: true, encoding: .utf8)
        let big = dir.appendingPathComponent("big.yaml").path
        try String(repeating: "# padding line\n", count: 3_500_000).write(
            toFile: big, atomically: true, encoding: .utf8)
        let twice = dir.appendingPathComponent("twice.json").path
        try #"{"gpus": 512, "GPUS": 1024}"#.write(toFile: twice, atomically: true, encoding: .utf8)
        for (path, reason) in [(bombPath, "anchors or aliases"), (big, "KiB"), (twice, "'GPUS' and 'gpus'")] {
            let start = Date()
            let r = try CLITests.run(["train", path])
            #expect(r.status == 2 && r.err.contains(reason), "\(path): \(r.err.prefix(200))")
            #expect(Date().timeIntervalSince(start) < 10, "\(path) took too long")
        }
    }

    /// The scenario key of every flag is the flag's words joined by `_` (it was `us_gdp_1pct_year` for
    /// `--us-gdp1pct-year`).
    @Test func scenarioKeysAreTheFlagNames() throws {
        let r = try CLITests.run(["project", "--us-gdp-1pct-year", "2022", "--format", "json"])
        #expect(r.status == 0)
    }

    /// `reckon --version`; a mistyped command gets the nearest one.
    @Test func versionAndDidYouMean() throws {
        let v = try CLITests.run(["--version"])
        #expect(v.status == 0 && v.out.split(separator: ".").count == 3)
        let typo = try CLITests.run(["trian"])
        #expect(typo.status == 2 && typo.err.contains("did you mean 'train'?"))
    }
}
