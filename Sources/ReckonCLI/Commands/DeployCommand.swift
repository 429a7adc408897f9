import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon deploy`: the fleet a workload needs, its yearly cost and energy, and that cost against training.
struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Fleet size, GPU-hours, cost and energy for a workload — and serving cost against training cost.",
        discussion: """
            Traffic comes from a preset (twitter-1pct-year, million-developers-year:
            Cottier 2022's scenarios, served by BLOOM on A100; chatgpt-2023: SemiAnalysis'
            ChatGPT, his 2023 update), from --output-tokens-per-day, or from --users ×
            --requests-per-day; every assumption is printed with its source. The fleet is
            sized for the peak (--peak-to-average, an explicit input) at the largest batch
            meeting --latency-target, runs all --period (with --traffic-growth and
            --price-decline over a product's life), and is compared with training the same
            model on the same accelerator — beside Cottier's own instance-day arithmetic
            on the same traffic.

            Examples:
              reckon deploy --preset twitter-1pct-year
              reckon deploy --preset million-developers-year --model llama-3.1-70b \\
                --precision fp8
              reckon deploy --users 1e6 --requests-per-day 20 --input-tokens 800 \\
                --output-tokens 300 --latency-target 0.05
              reckon deploy --preset twitter-1pct-year --ranges --samples 2000
                (the 90% interval of deployment ÷ development)
              reckon deploy --preset chatgpt-2023 --period 3y --traffic-growth 2 \\
                --price-decline 0.5 --svg life.svg
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: DeployFields

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions
    @Flag(
        help: ArgumentHelp(
            "Monte Carlo with Cottier 2022's style of 90% ranges on the workload, efficiencies, MFU "
                + "and price (fields you set stay as given)."))
    var ranges = false

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: uncertainty.svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if ranges || uncertainty.wanted(fields) {
                let outcome = try uncertainty.budgeted {
                    try DeployUncertainty.run(
                        fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                        seed: uncertainty.seed, sensitivity: uncertainty.sensitivity, ranges: ranges)
                }
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try DeployRequest.resolve(fields, catalog: try catalog.catalog())
            if let svg = uncertainty.svg {
                // Without --samples, --svg draws deployment ÷ development over the product's life.
                try FileOutput.write(try DeployReport.chart(resolved).svg(), to: svg, force: output.force, field: "svg")
            }
            try output.emit(try DeployReport.render(resolved, format: output.format))
        }
    }
}
