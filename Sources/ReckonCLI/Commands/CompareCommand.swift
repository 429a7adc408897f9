import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon compare a.yaml b.yaml [c.yaml …]`: scenarios of one command side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Scenario files side by side: the inputs that differ, every output and its ratio to the first.",
        discussion: """
            Each file is a scenario of one command (train, infer, deploy or scale) in the
            same YAML or JSON as `reckon <command> FILE` reads. A `command:` key in the
            files, or --command, says which; files must agree.

            Examples:
              reckon compare h100.yaml a100.yaml
              reckon compare bf16.yaml fp8.yaml --command infer
              reckon compare a.yaml b.yaml c.yaml --format json
            """)

    @Argument(help: ArgumentHelp("Two or more scenario files (YAML or JSON).", valueName: "scenario-file"))
    var files: [String]

    @Option(
        help: ArgumentHelp(
            "The command the scenarios are for (when the files have no `command:` key).",
            valueName: "command"), completion: .list(Comparison.commands))
    var command: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight()
            let scenarios = try CompareScenarios.load(files, command: command)
            let comparison = try Comparison.run(
                command: scenarios.command, scenarios: scenarios.list,
                catalog: try catalog.catalog())
            try output.emit(CompareReport.render(comparison, format: output.format))
        }
    }
}

/// The scenario files of `reckon compare`, with the command they are for.
enum CompareScenarios {
    static func load(_ files: [String], command flag: String?) throws
        -> (command: String, list: [(name: String, fields: InputFields)])
    {
        guard files.count >= 2 else {
            throw InputError(
                field: "scenario-file", value: files.joined(separator: " "),
                allowed: "two or more scenario files")
        }
        var command = flag
        var list: [(name: String, fields: InputFields)] = []
        for path in files {
            var fields = try ScenarioFile.load(path: path)
            if let named = try fields.string("command") {
                fields.remove("command")
                if let command, command != named {
                    throw InputError(
                        field: "command", value: named, allowed: "the same command in every file",
                        hint: "\(path) says \(named), but the comparison is of \(command)")
                }
                command = named
            }
            list.append((name: path, fields: fields))
        }
        guard let command else {
            throw InputError(
                field: "command", value: "none",
                allowed: Comparison.commands.joined(separator: ", "),
                hint: "give --command or a `command:` key in the files")
        }
        guard Comparison.commands.contains(command) else {
            throw InputError(field: "command", value: command, allowed: Comparison.commands.joined(separator: ", "))
        }
        return (command, list)
    }
}
