import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon project`: where the cost of the largest training run is heading (the paper's Sec. 2.1, Fig. 5, Fig. 6, Table
/// 1).
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract:
            "Project the cost of the final training run of the largest model per year, and when it crosses spending "
            + "lines.",
        discussion: """
            C_s(y) = k_s · P(y)² / K_s(y) FLOP; P grows ×2.8/yr from GPT-4 (1.8T, 2023);
            experts K grow +8/+4/+0 per year and FLOP per parameter k is 20/40/120 in the
            best case / best guess / worst case (Table 1); GPU $/FLOP is calibrated on
            GPT-4's $6.7M and halves every 2.46 years (2.95 after 2023 in the
            paper-calibrated preset); cloud = 4.8 × GPU. Every constant is a flag and a
            scenario-file key (snake_case). Crossing years compare the cost with the value
            of the worldwide GPU installed base, global IT spending and 1% of US GDP.

            Examples:
              reckon project         table 2020–2035, crossings, growth index
              reckon project --preset paper-stated --to 2030
              reckon project --param-growth 2.0 --price-perf-doubling-years 2 \\
                --format json
              reckon project --svg fig5.svg
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: ProjectFields

    @Option(
        help: ArgumentHelp(
            "Also write the Fig. 5 and Fig. 6 charts as SVG to FILE (no overwrite without --force).", valueName: "FILE")
    )
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if sampling.wanted(fields) {
                let outcome = try sampling.budgeted {
                    try ProjectUncertainty.run(
                        fields, samples: sampling.samples, seed: sampling.seed, sensitivity: sampling.sensitivity)
                }
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            let resolved = try ProjectRequest.resolve(fields)
            if let svg {
                try FileOutput.write(ProjectReport.svg(resolved), to: svg, force: output.force, field: "svg")
            }
            try output.emit(ProjectReport.render(resolved, format: output.format))
        }
    }
}
