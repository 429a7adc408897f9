import ArgumentParser
import Foundation
import Testing
@testable import ReckonCLI

/// The command line as a product: examples in `--help` that can be copied whole, shell completion that offers
/// catalog IDs.
@Suite struct HelpAndCompletionTests {
    /// Every command and subcommand, depth first.
    static func commands(_ root: ParsableCommand.Type = ReckonCommand.self) -> [ParsableCommand.Type] {
        [root] + root.configuration.subcommands.flatMap { commands($0) }
    }

    /// argument-parser wraps the discussion at 80 columns: an example line longer than that would break in the
    /// middle of a command. Every example line of every `--help` must appear whole in the 80-column help.
    /// Prose too: every line of a discussion is printed as written (none longer than the 80 columns).
    @Test func discussionsAreNotRewrapped() {
        for command in Self.commands() {
            let lines = command.configuration.discussion.split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            let help = ReckonCommand.helpMessage(for: command, columns: 80)
            for line in lines {
                #expect(help.contains(line), "\(command.configuration.commandName ?? "?"): '\(line)' is rewrapped")
            }
        }
    }

    @Test func helpExamplesFitIn80Columns() {
        for command in Self.commands() {
            let examples = command.configuration.discussion.split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("reckon ") }
            guard !examples.isEmpty else { continue }
            let help = ReckonCommand.helpMessage(for: command, columns: 80)
            for example in examples {
                #expect(help.contains(example), "\(command.configuration.commandName ?? "?"): '\(example)' is wrapped")
            }
        }
    }

    /// `reckon --generate-completion-script bash` completes `reckon train --gpu h1` with the H100 IDs.
    @Test func bashCompletionOffersCatalogIDs() throws {
        let script = try CLITests.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-\(UUID().uuidString).bash")
        try script.out.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [
            "-c",
            """
            source '\(file.path)'
            COMP_WORDS=(reckon train --gpu h1); COMP_CWORD=3; COMP_LINE='reckon train --gpu h1'
            COMP_POINT=${#COMP_LINE}; _reckon reckon h1 --gpu; printf '%s\\n' "${COMPREPLY[@]}"
            COMP_WORDS=(reckon infer --model llama-3.1); COMP_CWORD=3; COMP_LINE='reckon infer --model llama-3.1'
            COMP_POINT=${#COMP_LINE}; _reckon reckon llama-3.1 --model; printf '%s\\n' "${COMPREPLY[@]}"
            """,
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let offered = Set(text.split(separator: "\n").map(String.init))
        #expect(
            offered.isSuperset(of: ["h100-sxm", "h100-pcie", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b"]),
            "offered: \(offered.sorted())")
        #expect(!offered.contains("a100-80gb"))
    }
}
