import ArgumentParser
import Foundation
import ReckonCatalog
import ReckonCore
import ReckonInput
import ReckonReport
import Testing
@testable import ReckonCLI

/// Nothing a user sees cites a file the user does not have (issue 15): not the team's notes (`framework.md`), not the
/// development-set files (`hardware.csv`, `dev-2026/…`), not the seed documents ("seed 002"). Every output cites the
/// public source instead: the paper, the vendor page, the repository at its commit.
@Suite struct PublicCitationsTests {
    /// References to files that exist only in the team's workspace.
    static let forbidden = try! NSRegularExpression(
        pattern:
            #"framework\.md|(hardware|training_runs|inference|macro|reliability|megatron_scaling|reliability_rates|"#
            + #"serving_throughput|training_throughput)\.csv|seed 00[0-9]|shared/|ground-truth|dev-2026"#,
        options: [.caseInsensitive])

    /// Each forbidden reference in `text` with some context, at most five.
    static func offences(_ text: String) -> [String] {
        let normalised = text.replacingOccurrences(of: "\\/", with: "/")
        let ns = normalised as NSString
        return forbidden.matches(in: normalised, range: NSRange(location: 0, length: ns.length)).prefix(5).map {
            let from = max(0, $0.range.location - 60)
            let to = min(ns.length, $0.range.location + $0.range.length + 40)
            return ns.substring(with: NSRange(location: from, length: to - from))
        }
    }

    static func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = offences(text)
        #expect(found.isEmpty, "\(what) cites internal files: \(found)", sourceLocation: sourceLocation)
    }

    static func dumped(_ value: Any) -> String {
        var text = ""
        dump(value, to: &text, maxDepth: 64, maxItems: 10_000_000)
        return text
    }

    @Test func theDetectorFindsEachForm() {
        for bad in [
            "(framework.md §3.4)", "ground-truth/hardware.csv", "Seed 002", "seed 003's",
            "dev-2026 README", "shared\\/ground-truth", "training_runs.csv row",
        ] {
            #expect(!Self.offences(bad).isEmpty, "\(bad) not detected")
        }
        #expect(Self.offences("Faraboschi et al. 2024, Sec. 3.1; LessWrong 2021; seeded 0.5").isEmpty)
    }

    /// Every analysis, as the API returns it and as its page shows it, on its example and on its defaults.
    @Test(arguments: Analyses.all().map(\.name)) func analysisOutputsCitePublicSources(_ name: String) throws {
        let analysis = try #require(Analyses.all().first { $0.name == name })
        let example = InputFields(analysis.example.mapValues { .text($0) }, origin: "test")
        for (label, fields) in [("example", example), ("defaults", InputFields(origin: "test"))] {
            if let json = try? analysis.jsonResult(fields, .builtin) {
                Self.expectClean(json.rendered(pretty: false), "\(name) JSON (\(label))")
            }
            if let page = try? analysis.page(fields, .builtin) {
                Self.expectClean(Self.dumped(page), "\(name) page (\(label))")
            }
        }
        // The example must run: otherwise this test would check nothing for the analysis.
        _ = try analysis.jsonResult(example, .builtin)
        Self.expectClean(analysis.title + " " + analysis.summary, "\(name) title and summary")
        Self.expectClean(Self.dumped(analysis.fields), "\(name) form fields")
        for use in analysis.inputs.uses {
            Self.expectClean(use.help + " " + (use.defaultNote ?? ""), "\(name) field \(use.key)")
        }
    }

    @Test func summaryReportCitesPublicSources() {
        Self.expectClean(Self.dumped(SummaryReport.sections()), "summary sections")
        Self.expectClean(HTMLReport.render(), "HTML report")
        for format in OutputFormat.allCases {
            Self.expectClean(SummaryReport.render(format: format), "summary report (\(format))")
        }
    }

    @Test func validateCitesPublicSources() {
        let results = Validation.run()
        Self.expectClean(ValidationReport.json(results).rendered(pretty: false), "validate JSON")
        Self.expectClean(ValidationReport.render(results, format: .text), "validate text")
        Self.expectClean(Self.dumped(GroundTruth.all), "validation cases")
    }

    @Test func catalogCitesPublicSources() {
        for accelerator in Catalog.builtin.accelerators {
            Self.expectClean(Self.dumped(accelerator), "accelerator \(accelerator.id)")
        }
        for model in Catalog.builtin.models { Self.expectClean(Self.dumped(model), "model \(model.id)") }
        Self.expectClean(Self.dumped(FrameworkProfiles.all), "framework profiles")
        Self.expectClean(Self.dumped(BuiltinPlanDetails.all), "plan details")
    }

    /// `--help` of every command and subcommand.
    @Test func helpCitesPublicSources() {
        func walk(_ command: any ParsableCommand.Type, _ path: String) {
            Self.expectClean(command.helpMessage(columns: 400), "\(path) --help")
            for sub in command.configuration.subcommands {
                walk(sub, path + " " + (sub.configuration.commandName ?? "\(sub)"))
            }
        }
        walk(ReckonCommand.self, "reckon")
    }
}
