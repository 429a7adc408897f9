import ArgumentParser
import Foundation
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonCLI

/// The field registry is the one definition of every input: these tests walk it and check that the CLI, scenario
/// files, the API and the web forms all follow it (issue 19).
@Suite struct FieldRegistryTests {
    /// Each command: its inputs, how its CLI parses arguments into fields, and a base scenario that resolves.
    struct Command: Sendable, CustomStringConvertible {
        let inputs: CommandInputs
        let help: @Sendable () -> String
        let parse: @Sendable ([String]) throws -> InputFields
        let base: [String: String]
        var description: String { inputs.command }
    }

    static let commands: [Command] = [
        Command(
            inputs: .train, help: { TrainCommand.helpMessage(columns: 400) },
            parse: { try TrainCommand.parse($0).fields.given }, base: [:]),
        Command(
            inputs: .scale, help: { ScaleCommand.helpMessage(columns: 400) },
            parse: { try ScaleCommand.parse($0).fields.given }, base: [:]),
        Command(
            inputs: .plan, help: { PlanCommand.helpMessage(columns: 400) },
            parse: { try PlanCommand.parse($0).fields.given },
            base: ["model": "llama-2-7b", "gpus": "64"]),
        // A small space (two accelerators, 256–1,024 GPUs, a 7B model) so each run takes milliseconds in debug builds.
        Command(
            inputs: .choose, help: { ChooseCommand.helpMessage(columns: 400) },
            parse: { try ChooseCommand.parse($0).fields.given },
            base: ["model": "llama-2-7b", "gpu": "h100-sxm,a100-80gb", "gpus": "256..1024"]),
        Command(
            inputs: .infer, help: { InferCommand.helpMessage(columns: 400) },
            parse: { try InferCommand.parse($0).fields.given }, base: [:]),
        Command(
            inputs: .deploy, help: { DeployCommand.helpMessage(columns: 400) },
            parse: { try DeployCommand.parse($0).fields.given }, base: [:]),
        Command(
            inputs: .project, help: { ProjectCommand.helpMessage(columns: 400) },
            parse: { try ProjectCommand.parse($0).fields.given }, base: [:]),
        Command(
            inputs: .roadmap, help: { RoadmapCommand.helpMessage(columns: 400) },
            parse: { try RoadmapCommand.parse($0).fields.given }, base: [:]),
    ]

    static func analysis(_ name: String) -> Analysis { Analyses.all().first { $0.name == name }! }

    /// Every field has a snake_case key, a label, help that ends a sentence, bounds when numeric (or a syntax that
    /// bounds its numbers), a unit or a declared dimensionless reading, and a flag that is the key with dashes.
    @Test(arguments: commands) func everyFieldIsDefinedCompletely(_ command: Command) {
        for use in command.inputs.uses {
            let f = use.field
            #expect(f.key.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" }, "\(f.key): not snake_case")
            #expect(f.flag == "--" + f.key.replacingOccurrences(of: "_", with: "-"))
            #expect(!f.label.isEmpty && f.help.hasSuffix("."), "\(command): \(f.key) help '\(f.help)'")
            if f.kind.isNumeric { #expect(use.bounds != nil, "\(command): \(f.key) has no bounds") }
            if case .choice = f.kind { #expect(!(use.choices ?? []).isEmpty, "\(command): \(f.key) has no choices") }
            if let narrower = use.choicesOverride, case .choice(let all) = f.kind {
                #expect(Set(narrower).isSubset(of: all), "\(command): \(f.key) narrows to choices it does not have")
            }
        }
    }

    /// `reckon <command> --help` lists every field of the command by its flag (the scenario key with dashes).
    @Test(arguments: commands) func everyFieldIsInTheCommandsHelp(_ command: Command) {
        let help = command.help()
        for use in command.inputs.uses {
            #expect(help.contains(use.field.flag + " "), "\(command): --help lacks \(use.field.flag)")
        }
    }

    /// The web form of each analysis has an input for every field the command takes.
    @Test(arguments: commands) func everyFieldIsInTheWebForm(_ command: Command) {
        let analysis = Self.analysis(command.inputs.command)
        let page = AnalysisPage.render(analysis, query: [:], catalog: .builtin, all: [analysis])
        for use in command.inputs.uses {
            #expect(page.contains("name=\"\(use.key)\""), "\(command): the form lacks \(use.key)")
        }
    }

    /// A value each field refuses, as text.
    static func invalidValue(_ use: FieldUse) -> String? {
        switch use.field.kind {
        case .quantity, .number, .integer:
            guard let bounds = use.bounds else { return nil }
            if let up = bounds.upper { return bounds.integer ? String(Int(up) + 1) : String(up == 0 ? 1 : up * 10) }
            if let low = bounds.lower { return String(low - 1) }
            return nil
        case .choice: return "no-such-choice"
        case .catalogID: return "no-such-id"
        case .flag: return "maybe"
        case .toggle: return nil
        case .syntax(let s):
            switch s {
            case .kOfN: return "7/3"
            case .gpuCounts: return "0"
            case .acceleratorList: return "h100-sxm,,b200"
            case .lever: return "sideways"
            case .resultField: return "not a field!"
            // A path is read from the command line and files, refused in an API body (which takes the object).
            case .modelConfig: return nil
            }
        }
    }

    static func error(_ body: () throws -> Void) -> InputError? {
        do { try body() } catch let e as InputError { return e } catch { return nil }
        return nil
    }

    /// The same invalid value is refused with the same field, value and allowed values whether it comes as a flag,
    /// a scenario-file key or an API body key; only the hint (where it came from) differs.
    @Test(arguments: commands) func theSameInvalidValueGetsTheSameMessageEverywhere(_ command: Command) throws {
        let analysis = Self.analysis(command.inputs.command)
        for use in command.inputs.uses {
            guard let bad = Self.invalidValue(use) else { continue }
            var base = command.base
            base[use.key] = nil
            let flagError = Self.error {
                let flags = base.map { "--\($0.key.replacingOccurrences(of: "_", with: "-"))=\($0.value)" }
                let fields = try command.parse(flags + ["\(use.field.flag)=\(bad)"])
                _ = try analysis.jsonResult(fields, .builtin)
            }
            let fileError = Self.error {
                let yaml = base.map { "\($0.key): \"\($0.value)\"\n" }.joined() + "\(use.key): \"\(bad)\"\n"
                let fields = try ScenarioFile.parse(yaml, name: "s.yaml")
                _ = try analysis.jsonResult(fields, .builtin)
            }
            let apiError = Self.error {
                let body = base.merging([use.key: bad]) { a, _ in a }
                let fields = try ScenarioFile.fields(from: body, origin: "request body")
                _ = try analysis.jsonResult(fields, .builtin)
            }
            let e = try #require(fileError, "\(command): \(use.key) = \(bad) was accepted from a file")
            #expect(e.field == use.key, "\(command): \(use.key) = \(bad) refused as \(e.field)")
            for other in [flagError, apiError] {
                #expect(
                    other?.field == e.field && other?.value == e.value && other?.allowed == e.allowed,
                    "\(command): \(use.key) = \(bad): \(String(describing: other)) vs \(e)")
            }
        }
    }

    /// The numbers of a result, by path (names, notes and sources left out), to compare two runs of one scenario.
    static func figures(_ json: JSONValue) throws -> [String: Double] {
        let object = try JSONSerialization.jsonObject(with: Data(json.rendered().utf8))
        var numbers: [String: Double] = [:]
        func walk(_ value: Any, _ path: String) {
            if let d = value as? [String: Any] {
                for (k, v) in d where !["assumptions", "notes", "derivation"].contains(k) { walk(v, path + "." + k) }
            } else if let a = value as? [Any] {
                for (i, v) in a.enumerated() { walk(v, path + "[\(i)]") }
            } else if let n = value as? NSNumber, !(value is Bool) {
                numbers[path] = n.doubleValue
            }
        }
        walk(object, "")
        return numbers
    }

    /// The default each command documents (in `--help`, the form's placeholder and the OpenAPI schema) is the value
    /// it uses: giving it explicitly changes no figure.
    @Test(arguments: commands) func documentedDefaultsAreTheDefaults(_ command: Command) throws {
        let analysis = Self.analysis(command.inputs.command)
        let base = InputFields(command.base.mapValues { .text($0) }, origin: "test")
        let implicit = try Self.figures(try analysis.jsonResult(base, .builtin))
        for use in command.inputs.uses where use.defaultValue != nil && use.requires.isEmpty {
            guard command.base[use.key] == nil else { continue }
            var explicit = base
            explicit.set(use.key, .text(use.defaultValue!), origin: "test")
            let given = try Self.figures(try analysis.jsonResult(explicit, .builtin))
            // Equal to 1e-12: a unit read from text (0.08 $/kWh) may differ from the preset's arithmetic in the last
            // bit.
            let differing = implicit.keys.filter { key in
                guard let a = given[key], let b = implicit[key] else { return true }
                return abs(a - b) > 1e-12 * max(abs(a), abs(b))
            }.sorted()
            #expect(
                given.keys.sorted() == implicit.keys.sorted() && differing.isEmpty,
                "\(command): \(use.key) = \(use.defaultValue!) is not what it does by default: \(differing.prefix(3))")
        }
    }

    /// Model fields a catalog entry carries too, under the catalog's key (`seq_len` is a model's `context`).
    static let catalogKeys: [String: String] = [
        "layers": "layers", "hidden": "hidden", "heads": "heads", "kv_heads": "kv_heads", "ffn": "ffn",
        "vocab": "vocab", "seq_len": "context", "experts": "experts", "active_experts": "active_experts",
        "params": "params",
    ]

    /// A value a flag refuses is refused by the catalog loader with the same allowed values.
    @Test func catalogEntriesAreBoundLikeTheirFlags() throws {
        let plan = Self.commands.first { $0.inputs.command == "plan" }!
        let train = Self.commands.first { $0.inputs.command == "train" }!
        for (flagKey, catalogKey) in Self.catalogKeys.sorted(by: { $0.key < $1.key }) {
            let command = plan.inputs.use(flagKey) != nil ? plan : train
            let use = try #require(command.inputs.use(flagKey))
            let bad = try #require(Self.invalidValue(use))
            let analysis = Self.analysis(command.inputs.command)
            let flagError = Self.error {
                let base = command.base.filter { $0.key != flagKey }
                    .map { "--\($0.key.replacingOccurrences(of: "_", with: "-"))=\($0.value)" }
                _ = try analysis.jsonResult(try command.parse(base + ["\(use.field.flag)=\(bad)"]), .builtin)
            }
            var entry = "models:\n  - id: probe\n    name: Probe\n    source: test\n    as_of: 2026-12\n"
            if catalogKey != "params" { entry += "    params: 7B\n" }
            entry += "    \(catalogKey): \(bad)\n"
            let catalogError = Self.error { _ = try CatalogLoader.parse(entry, file: "probe.yaml") }
            #expect(
                flagError?.allowed == catalogError?.allowed && catalogError?.field == catalogKey,
                "\(flagKey): flag says '\(flagError?.allowed ?? "-")', catalog '\(catalogError?.allowed ?? "-")'")
        }
    }
}
