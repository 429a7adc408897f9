import Foundation
import Testing

/// Every `swift run reckon …` line of README.md runs and exits 0 (except `serve`, which runs until stopped), with
/// the README's own `run.yaml` and `my-catalog/` example files, in a scratch directory. Keeps the tour honest.
@Suite struct ReadmeExamplesTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../README.md"
    ).standardized

    /// The YAML code blocks of the README.
    static func yamlBlocks(_ text: String) -> [String] {
        text.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    @Test func everyTourCommandRuns() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let commands = text.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("swift run reckon") && !$0.hasPrefix("swift run reckon serve") }
            .map { line in line.components(separatedBy: " # ").first!.trimmingCharacters(in: .whitespaces) }
        #expect(commands.count >= 25, "the README's tour shrank to \(commands.count) commands")

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("my-catalog"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for block in Self.yamlBlocks(text) {
            // A block that starts with `# name.yaml` is that file (run.yaml, the scenarios of `reckon compare`).
            if block.hasPrefix("# "), let name = block.split(separator: "\n").first?.dropFirst(2),
                name.hasSuffix(".yaml")
            {
                try block.write(to: dir.appendingPathComponent(String(name)), atomically: true, encoding: .utf8)
            }
            if block.hasPrefix("accelerators:") {
                try block.write(
                    to: dir.appendingPathComponent("my-catalog/acme.yaml"), atomically: true, encoding: .utf8)
            }
        }

        for command in commands {
            let shell = command.replacingOccurrences(of: "swift run reckon", with: "'\(CLITests.binary.path)'")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // each output file is written once, into a fresh directory
            process.arguments = ["-c", shell + " >/dev/null " + "2>&1"]
            process.currentDirectoryURL = dir
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "README command failed: \(command)")
        }
    }
}
