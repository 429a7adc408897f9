import ReckonInput

/// Writes `Generated/FieldOptions.swift`: one `ParsableArguments` struct per command, one option per field the
/// command takes in the field registry (``CommandInputs``). argument-parser needs each option declared as a
/// property; generating the declarations keeps the registry the only place a field is named, described or bounded.
///
/// After changing a field or a command's inputs, regenerate with
/// `RECKON_REGENERATE=1 swift test --filter GeneratedOptionsTests` (the test fails while the file is stale).
enum FieldOptionsSource {
    /// The generated struct of each command.
    static let commands: [(type: String, inputs: String)] = [
        ("TrainFields", "train"), ("ScaleFields", "scale"), ("PlanFields", "plan"), ("ChooseFields", "choose"),
        ("InferFields", "infer"), ("DeployFields", "deploy"), ("ProjectFields", "project"),
        ("RoadmapFields", "roadmap"), ("ValidateFields", "validate"),
    ]

    static func inputs(_ name: String) -> CommandInputs {
        switch name {
        case "train": .train
        case "scale": .scale
        case "plan": .plan
        case "choose": .choose
        case "infer": .infer
        case "deploy": .deploy
        case "project": .project
        case "validate": .validate
        default: .roadmap
        }
    }

    /// The whole file.
    static func render() -> String {
        var out = """
            // Generated from the field registry (Sources/ReckonInput/Registry) by FieldOptionsSource. Do not edit:
            // after changing a field, run `RECKON_REGENERATE=1 swift test --filter GeneratedOptionsTests`.
            import ArgumentParser
            import ReckonInput

            """
        for (type, name) in commands { out += "\n" + render(type: type, inputs: inputs(name)) }
        return out
    }

    static func render(type: String, inputs: CommandInputs) -> String {
        var out = "/// The fields of `reckon \(inputs.command)`.\nstruct \(type): ParsableArguments {\n"
        let ref = "CommandInputs.\(inputs.command)"
        for use in inputs.uses {
            let name = propertyName(use.key)
            let long = use.key.replacingOccurrences(of: "_", with: "-")
            // One argument per line: every line stays within 120 characters, whatever the key's length.
            let help = "        help: FieldHelp.help(\(ref), \"\(use.key)\")"
            if case .toggle = use.field.kind {
                out += "    @Flag(\n        name: .customLong(\"\(long)\"),\n\(help)\n    )\n"
                out += "    var \(name) = false\n"
            } else {
                out += "    @Option(\n        name: .customLong(\"\(long)\"),\n\(help),\n"
                out += "        completion: FieldHelp.completion(\(ref), \"\(use.key)\")\n    )\n"
                out += "    var \(name): String?\n"
            }
        }
        out += "\n    /// The fields given on the command line, keyed as in scenario files and the API.\n"
        out += "    var given: InputFields {\n        var c = FieldCollector()\n"
        for use in inputs.uses {
            let name = propertyName(use.key)
            if case .toggle = use.field.kind {
                out += "        c.add(\"\(use.key)\", flag: \(name))\n"
            } else {
                out += "        c.add(\"\(use.key)\", \(name))\n"
            }
        }
        out += "        return c.fields\n    }\n}\n"
        return out
    }

    /// `price_per_hour` → `pricePerHour`, `us_gdp_1pct_year` → `usGdp1pctYear`.
    static func propertyName(_ key: String) -> String {
        let words = key.split(separator: "_")
        return words.enumerated().map { i, w in i == 0 ? String(w) : w.prefix(1).uppercased() + w.dropFirst() }
            .joined()
    }
}
