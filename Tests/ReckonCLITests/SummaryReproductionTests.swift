import Foundation
import ReckonReport
import Testing

/// One answer everywhere: every row of the main report (`reckon`, `reckon report`, `/`) names the command that
/// reproduces it; this runs each command with `--format json` and compares every number the row shows.
@Suite struct SummaryReproductionTests {
    /// The value at `path`: dots between keys, array indices as numbers, `name[key=value,key=value]` to pick the
    /// element of an array whose fields have those values.
    static func value(_ document: Any, _ path: String) -> Any? {
        var current: Any? = document
        for part in path.split(separator: ".").map(String.init) {
            if let open = part.firstIndex(of: "["), part.hasSuffix("]") {
                let name = String(part[..<open])
                let conditions = part[part.index(after: open)..<part.index(before: part.endIndex)]
                    .split(separator: ",").map { $0.split(separator: "=", maxSplits: 1).map(String.init) }
                let list = (current as? [String: Any])?[name] as? [[String: Any]] ?? []
                current = list.first { item in
                    conditions.allSatisfy { c in c.count == 2 && "\(item[c[0]] ?? "")" == c[1] }
                }
            } else if let i = Int(part), let list = current as? [Any] {
                current = i < list.count ? list[i] : nil
            } else {
                current = (current as? [String: Any])?[part]
            }
        }
        return current
    }

    @Test func everyRowsCommandGivesItsNumbers() throws {
        var outputs: [[String]: Any] = [:]
        var checked = 0
        var commands = 0
        for section in SummaryReport.sections() {
            #expect(
                section.reproductions.count == section.table.rows.count,
                "\(section.id): \(section.reproductions.count) reproductions for \(section.table.rows.count) rows")
            for (row, list) in section.reproductions.enumerated() {
                for r in list {
                    if outputs[r.arguments] == nil {
                        let run = try CLITests.run(r.arguments + ["--format", "json"])
                        #expect(run.status == 0, "\(section.id) row \(row): `\(r.line)` failed: \(run.err)")
                        outputs[r.arguments] = try JSONSerialization.jsonObject(with: Data(run.out.utf8))
                        commands += 1
                    }
                    for (key, expected) in r.expected {
                        let got = Self.value(outputs[r.arguments]!, key)
                        if expected.isNaN {
                            #expect(
                                got == nil || got is NSNull,
                                "\(section.id) row \(row): \(key) = \(got ?? "nil"), expected null")
                        } else if let x = got as? Double {
                            #expect(
                                abs(x - expected) <= 1e-9 * max(abs(x), abs(expected)),
                                "\(section.id) row \(row): `\(r.line)` gives \(key) = \(x), the report \(expected)")
                        } else {
                            Issue.record("\(section.id) row \(row): `\(r.line)` has no number at \(key)")
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 150, "only \(checked) numbers checked")
        print("summary reproduction: \(commands) commands, \(checked) numbers")
    }

    /// The same run gives the same training cost in `reckon train` and inside `reckon deploy` (failures counted
    /// in both).
    @Test func trainAndDeployAgreeOnTheTrainingCost() throws {
        let train = try CLITests.run([
            "train", "--model", "gpt-3", "--gpu", "h100-sxm", "--gpus", "1024", "--mfu", "0.4",
            "--format", "json",
        ])
        let deploy = try CLITests.run([
            "deploy", "--model", "gpt-3", "--gpu", "h100-sxm", "--training-gpus", "1024",
            "--mfu", "0.4", "--output-tokens-per-day", "1B", "--format", "json",
        ])
        let t = try #require(try JSONSerialization.jsonObject(with: Data(train.out.utf8)) as? [String: Any])
        let d = try #require(try JSONSerialization.jsonObject(with: Data(deploy.out.utf8)) as? [String: Any])
        let a = try #require(t["cost_usd"] as? Double)
        let b = try #require(d["training_cost_usd"] as? Double)
        #expect(abs(a - b) <= 1e-9 * a, "train \(a) vs deploy \(b)")
    }
}
