import ReckonCatalog
import ReckonCore
import ReckonInput

/// Two or more scenarios of one command run side by side: the inputs each gave (and which differ), every output
/// of the command's JSON for each, and each output's ratio to the first scenario.
///
/// ```
/// ratio_i(k) = output_i(k) / output_1(k)      (nil when output_1(k) is 0 or either is missing)
/// ```
public struct Comparison: Sendable {
    public struct Scenario: Sendable {
        public var name: String
        /// The fields given, as typed (the flag names in snake_case).
        public var inputs: [String: String]
        /// The command's JSON for these inputs (exactly `reckon <command> --format json`).
        public var output: JSONValue
    }

    /// One input field across the scenarios; nil where a scenario leaves it at its default.
    public struct InputRow: Sendable {
        public var key: String
        public var values: [String?]
        public var differs: Bool { Set(values.map { $0 ?? "" }).count > 1 }
    }

    /// One output across the scenarios: a number (with ratios to the first) or a text such as the plan chosen.
    public struct OutputRow: Sendable {
        public var key: String
        public var numbers: [Double?]
        public var texts: [String?]
        public var isNumeric: Bool { texts.allSatisfy { $0 == nil } }
        public var ratios: [Double?] {
            numbers.map { x in
                guard let x, let first = numbers.first ?? nil, first != 0, x.isFinite, first.isFinite else {
                    return nil
                }
                return x / first
            }
        }
        public var differs: Bool {
            isNumeric
                ? Set(numbers.map { $0.map(JSONValue.number) ?? "" }).count > 1
                : Set(texts.map { $0 ?? "" }).count > 1
        }
    }

    public var command: String
    public var scenarios: [Scenario]

    /// Every field any scenario gives, in the command's field order.
    public var inputRows: [InputRow] {
        let given = Set(scenarios.flatMap(\.inputs.keys))
        let order = (CommandInputs.named(command)?.uses.map(\.key) ?? []) + given.sorted()
        var seen = Set<String>()
        return order.filter { given.contains($0) && seen.insert($0).inserted }.map { key in
            InputRow(key: key, values: scenarios.map { $0.inputs[key] })
        }
    }

    /// Every output of the first scenario's JSON (objects flattened to `a.b`, `scale`'s rows named by series and
    /// GPU count), with the same output of each other scenario.
    public var outputRows: [OutputRow] {
        let leaves = scenarios.map { Comparison.leaves($0.output, command: command) }
        var order: [String] = []
        var seen = Set<String>()
        for list in leaves { for (k, _) in list where seen.insert(k).inserted { order.append(k) } }
        let maps = leaves.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }
        return order.map { key in
            var numbers: [Double?] = []
            var texts: [String?] = []
            for m in maps {
                switch m[key] {
                case .number(let x)?:
                    numbers.append(x)
                    texts.append(nil)
                case .string(let s)?:
                    numbers.append(nil)
                    texts.append(s)
                case .bool(let b)?:
                    numbers.append(nil)
                    texts.append(b ? "true" : "false")
                default:
                    numbers.append(nil)
                    texts.append(nil)
                }
            }
            return OutputRow(key: key, numbers: numbers, texts: texts)
        }
    }

    /// Parts of a command's JSON that are not results of the scenario: its explanations and reference tables.
    static let skipped: Set<String> = [
        "assumptions", "notes", "derivation", "api_prices", "throughput_curve",
        "headline", "llama3_check", "interval_source", "rental_yardstick_usd_per_million_tokens",
    ]

    /// The scalar leaves of `json` in order, objects flattened with dots; arrays skipped except `scale`'s rows.
    static func leaves(_ json: JSONValue, command: String, prefix: String = "") -> [(String, JSONValue)] {
        guard case .object(let pairs) = json else { return [] }
        var out: [(String, JSONValue)] = []
        for (k, v) in pairs where !skipped.contains(k) {
            let key = prefix.isEmpty ? k : prefix + "." + k
            switch v {
            case .object: out += leaves(v, command: command, prefix: key)
            case .array(let items) where command == "scale" && k == "rows":
                for item in items {
                    guard case .object(let row) = item else { continue }
                    let fields = Dictionary(row, uniquingKeysWith: { a, _ in a })
                    guard case .string(let series)? = fields["series"], case .number(let gpus)? = fields["gpus"],
                        let days = fields["wall_clock_days"]
                    else { continue }
                    out.append(("\(series) @ \(JSONValue.number(gpus)) GPUs: wall_clock_days", days))
                }
            case .array: continue
            default: out.append((key, v))
            }
        }
        return out
    }
}

extension Comparison {
    /// The commands whose scenarios can be compared.
    public static let commands = ["train", "infer", "deploy", "scale"]

    /// Runs each scenario through the command's analysis (the same JSON as the CLI prints).
    public static func run(
        command: String, scenarios: [(name: String, fields: InputFields)],
        catalog: Catalog = .builtin
    ) throws -> Comparison {
        guard commands.contains(command), let analysis = Analyses.named(command, catalog: catalog) else {
            throw InputError(field: "command", value: command, allowed: commands.joined(separator: ", "))
        }
        guard scenarios.count >= 2 else {
            throw InputError(field: "scenarios", value: String(scenarios.count), allowed: "two or more scenarios")
        }
        var out: [Scenario] = []
        for s in scenarios {
            let output: JSONValue
            do { output = try analysis.jsonResult(s.fields, catalog) } catch let e as InputError {
                throw InputError(
                    field: e.field, value: e.value, allowed: e.allowed,
                    hint: "scenario \(s.name)" + (e.hint.map { "; " + $0 } ?? ""))
            }
            let inputs = Dictionary(uniqueKeysWithValues: s.fields.keys.map { ($0, s.fields[$0]!.description) })
            out.append(Scenario(name: s.name, inputs: inputs, output: output))
        }
        return Comparison(command: command, scenarios: out)
    }
}

extension CommandInputs {
    /// The inputs of `command` (train, scale, plan, project, roadmap, infer, deploy, validate).
    static func named(_ command: String) -> CommandInputs? {
        [CommandInputs.train, .scale, .plan, .project, .roadmap, .infer, .deploy, .validate]
            .first { $0.command == command }
    }
}
