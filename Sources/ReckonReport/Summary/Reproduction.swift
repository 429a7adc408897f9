import ReckonInput

/// How to get one row of the main report from the command line: the arguments after `reckon`, and the numbers the
/// row shows as paths into that command's `--format json` (a test runs every one and compares).
public struct Reproduction: Sendable {
    public var arguments: [String]
    /// JSON path (`cost_usd`, `rows.3.wall_clock_days`) → the value the row shows.
    public var expected: [(key: String, value: Double)]

    public init(_ arguments: [String], expected: [(key: String, value: Double)] = []) {
        self.arguments = arguments
        self.expected = expected
    }

    /// `reckon train` with the fields of a scenario as flags, in the command's field order (a toggle as its bare
    /// flag).
    public static func command(
        _ name: String, _ fields: [String: InputValue],
        expected: [(key: String, value: Double)] = []
    ) -> Reproduction {
        var arguments = name.split(separator: " ").map(String.init)
        let order = CommandInputs.named(name)?.uses.map(\.key) ?? []
        let keys = order.filter { fields[$0] != nil } + fields.keys.filter { !order.contains($0) }.sorted()
        for key in keys {
            let flag = "--" + key.replacingOccurrences(of: "_", with: "-")
            switch fields[key]! {
            case .flag(true): arguments.append(flag)
            case .flag(false): continue
            case .number(let x): arguments += [flag, JSONValue.number(x)]
            case .text(let t): arguments += [flag, t]
            }
        }
        return Reproduction(arguments, expected: expected)
    }

    /// The command as a person types it: `reckon train --gpu h100-sxm --gpus 1024`.
    public var line: String { (["reckon"] + arguments.map(FormHTML.shellQuoted)).joined(separator: " ") }
}

extension ReportSection {
    /// One (rows, command) pair per distinct command: "every row" when one command gives them all.
    public func reproductionPairs() -> [(rows: String, command: String)] {
        guard !reproductions.isEmpty else { return [] }
        var order: [String] = []
        var rowsOf: [String: [String]] = [:]
        for (i, list) in reproductions.enumerated() where !list.isEmpty {
            let label = i < table.rows.count ? table.rows[i].first ?? "" : ""
            let line = list.map(\.line).joined(separator: " and ")
            if rowsOf[line] == nil { order.append(line) }
            rowsOf[line, default: []].append(label)
        }
        let all = reproductions.count == table.rows.count && reproductions.allSatisfy { !$0.isEmpty }
        if order.count == 1, all { return [("every row", order[0])] }
        return order.map { (rowsOf[$0]!.joined(separator: "; "), $0) }
    }
}
