import Foundation
import PropertyBased
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonReport
import Testing

/// Random and extreme values in every command's fields, in scenario files and in request bodies (issue 12): the
/// process never traps, a refusal is an ``InputError`` that names a field, and an accepted input gives a result whose
/// numbers are all finite. Each run draws new inputs; a failure prints the seed that reproduces it.
@Suite struct FieldFuzzTests {
    /// Values a hostile or careless user types.
    static let hostile: [String] = [
        "", " ", "-1", "0", "1", "0.5", "2", "1e308", "-1e308", "1e-308", "5e-324", "nan", "inf", "-inf", "0x10",
        "2,5", "1,000", "9223372036854775807", "9223372036854775808", "1e30", "1e18", "100000000", "100000001",
        "1e-300..1e-299", "0..0", "1..1", "2..3", "0.3..0.5", "normal(0, 1e308)", "normal(0.5, 0.01)",
        "choice(1: 0)", "uniform(-1, 1)", "lognormal(1e-300, 1e300)", "triangular(1, 2, 3)", "$-3/h", "$2.5/h",
        "80 GHz", "80 GB", "1k...1M", "1,2,3", "7/3", "5/100", "1/0", "on", "off", "true", "false", "maybe", "h100",
        "gpt-3", "llama-3.1-405b", "a100-80gb", "full", "fp8", "int4", "\u{0}", "😀", "1e", ".", "--", "1..2..3",
        "10M", "1T", "1.8T", "16k", "1_000", "paper-2024", "model-state", String(repeating: "x", count: 3000),
    ]

    /// A value from one random draw: a hostile string, a random real, or a random whole number.
    static func value(_ draw: Int, default typical: String? = nil) -> String {
        if let typical, draw % 4 == 3 { return typical }
        switch draw % 3 {
        case 0: return hostile[(draw / 3) % hostile.count]
        case 1: return "\(Double(draw / 3) * 1e-3 - 5e5)"
        default: return String(draw / 3 - 10)
        }
    }

    /// Fields a refusal may name besides the command's own.
    static let generalFields: Set<String> = [
        "result", "samples", "seed", "sensitivity", "plan", "fields", "scenario",
        "body", "histogram_field",
    ]

    static func describe(_ fields: InputFields) -> String {
        fields.keys.map { "\($0)=\(fields[$0]!.description.prefix(30))" }.joined(separator: " ")
    }

    /// Runs `fields` as the API and the pages do and checks the outcome.
    static func check(_ analysis: Analysis, _ fields: InputFields) {
        let budget = WorkBudget(maximumValues: 100_000, deadline: Date(timeIntervalSinceNow: 5), howToRaise: "")
        do {
            let json = try WorkBudget.$current.withValue(budget) { try analysis.jsonResult(fields, .builtin) }
            let text = json.rendered(pretty: false)
            let described = Self.describe(fields)
            var context = ""
            if let r = text.range(of: "∞") ?? text.range(of: "NaN") {
                let from = text.index(r.lowerBound, offsetBy: -80, limitedBy: text.startIndex) ?? text.startIndex
                context = String(text[from..<r.upperBound])
            }
            #expect(context.isEmpty, "\(analysis.name): non-finite result for \(described): \(context)")
        } catch let e as InputError {
            let allowed = analysis.inputs.keys.union(generalFields)
            #expect(
                allowed.contains(e.field) || e.field.isEmpty == false && fields.has(e.field),
                "\(analysis.name): refusal names '\(e.field)' for \(fields.keys)")
            #expect(
                e.description.count < 2_000, "\(analysis.name): a refusal echoes too much: \(e.description.prefix(300))"
            )
        } catch {
            Issue.record("\(analysis.name): \(fields.keys) threw \(error), not an InputError")
        }
    }

    @Test(arguments: Analyses.all().map(\.name))
    func randomFieldsNeverCrashAndAreRefusedByName(_ name: String) async {
        let analysis = Analyses.all().first { $0.name == name }!
        var keys = analysis.inputs.uses.map(\.key)
        if analysis.uncertain != nil { keys += ["samples", "seed", "sensitivity"] }
        await propertyCheck(count: 400, input: Gen.int(in: 0...600_000_000).array(of: 8)) { draws in
            var fields = InputFields()
            for i in 0..<4 {
                let key = keys[draws[i] % keys.count]
                let value = Self.value(draws[i + 4], default: analysis.inputs.use(key)?.defaultValue)
                // Keep Monte Carlo runs small: the budget test covers large ones.
                fields.set(key, .text(key == "samples" ? String(min(Int(value) ?? 50, 200)) : value), origin: "fuzz")
            }
            // A distribution would run the default 10,000 samples: a few hundred exercise the same code.
            let uncertain =
                fields.has("seed") || fields.has("sensitivity")
                || fields.keys.contains { DistributionParser.isDistribution(fields[$0]!.description) }
            if uncertain, !fields.has("samples"), analysis.uncertain != nil {
                fields.set("samples", .text("200"), origin: "fuzz")
            }
            Self.check(analysis, fields)
        }
    }

    /// Random text as a scenario file: parsed or refused by name, never a trap.
    @Test func randomScenarioFilesAreParsedOrRefused() async {
        let pieces = [
            "gpus: 1024", "mfu: 0.4", "gpus: &a 1", "x: *a", "[[[[[[", "{", "}", "- - - -",
            "\"gpus\": 1", "GPUS: 2", "gpus: 3", "mfu: [1, 2]", "mfu: {a: 1}", "? complex", "%YAML 1.2",
            "--- ", "...", "model: !!binary aGk=", "\t tab: 1", "gpus: 1e400", "mfu: 2..3", "{\"a\": 1}",
        ]
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000).array(of: 0...8)) { draws in
            let chosen = draws.map { d in d % 5 == 0 ? Self.value(d) : pieces[d % pieces.count] }
            let text = chosen.joined(separator: "\n")
            do {
                let fields = try ScenarioFile.parse(text, name: "fuzz.yaml")
                Self.check(Analyses.all()[0], fields)
            } catch let e as InputError {
                #expect(!e.field.isEmpty)
            } catch {
                Issue.record("scenario text threw \(error), not an InputError")
            }
        }
    }
}
