import Dispatch
import Foundation
import ReckonCatalog
import ReckonInput
import ReckonReport

/// The common command lines — `reckon train` or `reckon choose` followed by field flags and `--format` only — run
/// straight from the field registry, without building ArgumentParser's command tree.
///
/// Why: ArgumentParser reflects over every option of the command (and instantiates the generic types of every
/// subcommand) before it parses anything; on Linux each first use of a generic type scans all of the binary's protocol
/// conformance records, which made up about 60% of a `reckon train`'s instructions (issue 18: start-up from ~15 ms to
/// under 8 ms). The registry already knows every field, so reading `--key value` pairs needs none of that.
///
/// It takes only what it can read exactly as ArgumentParser would, and leaves everything else to it (returns nil):
/// help and version, a scenario file, `--output`, `--svg`, `--catalog`, `--sensitivity`, `--histogram-field`,
/// `--max-work`, an unknown or repeated flag, a value that starts with `-`, a toggle given a value. `reckon train`'s
/// `--samples N` and `--seed S` (whole numbers, read as ArgumentParser reads them) and distributions run its Monte
/// Carlo as the command does. When the command throws, the fast path also returns nil, so the error is reported by
/// the one normal path. `RECKON_NO_FAST_PATH=1` turns it off.
public enum FastPath {
    /// What the fast path read from a command line.
    struct Parsed: Equatable {
        var fields = InputFields()
        var format = OutputFormat.text
        /// `--samples` and `--seed` (train only).
        var samples: Int? = nil
        var seed: UInt64? = nil
    }

    /// One command the fast path runs: its fields, whether it takes `--samples`/`--seed`, and the library call with
    /// its rendering.
    struct Command {
        let inputs: CommandInputs
        var samples = false
        let run: (Parsed) throws -> String
    }

    static func command(_ name: String) -> Command? {
        switch name {
        case "train":
            return Command(inputs: .train, samples: true) { parsed in
                let fields = parsed.fields
                if parsed.samples != nil || hasDistribution(fields) || (try? fields.flag(.priceRange)) == true {
                    // `TrainCommand`'s Monte Carlo, within the CLI's work budget, reported on its primary result.
                    let outcome = try WorkBudget.$current.withValue(WorkBudget.cli) {
                        try TrainUncertainty.run(fields, catalog: .builtin, samples: parsed.samples, seed: parsed.seed)
                    }
                    return UncertaintyReport.render(outcome, format: parsed.format, field: outcome.primary)
                }
                guard parsed.seed == nil else { throw Declined() }
                return TrainReport.render(try TrainRequest.resolve(fields, catalog: .builtin), format: parsed.format)
            }
        case "choose":
            return Command(inputs: .choose) { parsed in
                let start = DispatchTime.now().uptimeNanoseconds
                let answer = try ChooseRequest.run(parsed.fields, catalog: .builtin)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                return ChooseReport.render(answer, format: parsed.format, seconds: seconds)
            }
        default:
            return nil
        }
    }

    struct Declined: Error {}

    /// Runs `arguments` (without the program name) when the fast path can; returns the exit status, or nil.
    public static func run(_ arguments: [String]) -> Int32? {
        guard ProcessInfo.processInfo.environment["RECKON_NO_FAST_PATH"] == nil,
            let name = arguments.first, let command = command(name),
            let parsed = parse(Array(arguments.dropFirst()), inputs: command.inputs, samples: command.samples),
            let text = try? command.run(parsed)
        else { return nil }
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
    }

    /// The fields and output format of `arguments` (and with `samples`, `--samples` and `--seed`), exactly as the
    /// command's generated options collect them; nil for anything the fast path leaves to ArgumentParser.
    static func parse(_ arguments: [String], inputs: CommandInputs, samples: Bool = false) -> Parsed? {
        var parsed = Parsed()
        var seen = Set<String>()
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            guard argument.hasPrefix("--"), argument.count > 2 else { return nil }
            var name = String(argument.dropFirst(2))
            var value: String? = nil
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard seen.insert(name).inserted else { return nil }
            let key = name.replacingOccurrences(of: "-", with: "_")
            guard name == key.replacingOccurrences(of: "_", with: "-"), !name.contains("_") else { return nil }
            let use = inputs.use(key)
            if let use, case .toggle = use.field.kind {
                guard value == nil else { return nil }
                parsed.fields.set(key, .flag(true), origin: "flag --\(name)")
                i += 1
                continue
            }
            if value == nil {
                guard i + 1 < arguments.count else { return nil }
                value = arguments[i + 1]
                i += 1
            }
            i += 1
            guard let text = value, !text.isEmpty, !text.hasPrefix("-") else { return nil }
            if name == "format" {
                guard let f = OutputFormat(rawValue: text) else { return nil }
                parsed.format = f
            } else if samples, name == "samples" {
                guard let n = Int(text) else { return nil }
                parsed.samples = n
            } else if samples, name == "seed" {
                guard let n = UInt64(text) else { return nil }
                parsed.seed = n
            } else if use != nil {
                parsed.fields.set(key, .text(text), origin: "flag --\(name)")
            } else {
                return nil
            }
        }
        return parsed
    }

    /// True when a field is written as a distribution (`reckon train` then runs Monte Carlo: ArgumentParser's path).
    static func hasDistribution(_ fields: InputFields) -> Bool {
        fields.keys.contains { key in
            if case .text(let t)? = fields[key] { return DistributionParser.isDistribution(t) }
            return false
        }
    }
}
