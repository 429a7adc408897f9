import ArgumentParser
import Dispatch
import ReckonInput
import ReckonReport

/// `reckon choose`: the cheapest and the fastest way to train a model, over every accelerator, size and plan.
struct ChooseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "choose",
        abstract: "The cheapest and the fastest way to train a model: every accelerator, cluster size and plan.",
        discussion: """
            For each accelerator (--gpu all, or a list) and each cluster size in --gpus
            (a range is tried at powers of two and at doubling multiples of the
            accelerator's scale-up domain), the plan model's fastest plan (as
            `reckon plan`), its MFU, the failure overhead at that size, wall-clock days,
            GPU-hours, cost (--price rent: the catalog's on-demand price; own: purchase
            price amortized over the run plus electricity) and energy, each exactly as
            `reckon train` computes them. Prints the days-vs-dollars Pareto frontier,
            the cheapest configuration meeting --deadline and the fastest within
            --budget, and why every other configuration loses (memory, no valid plan, no
            published price, dominated, deadline, budget). Each frontier point carries
            the p5–p95 of the plan model's residuals; --samples N samples them together
            with any input given as a distribution (--tokens 14T..17T, --pue 1.1..1.4).

            Examples:
              reckon choose --model llama-3.1-405b --tokens 15.6T \\
                --deadline 90d --budget '$80M'
              reckon choose --model llama-3.1-70b --gpu h100-sxm,b200,mi355x \\
                --gpus 512..8192 --price own
              reckon choose --model llama-3.1-405b --svg frontier.svg --format json
              reckon choose --model llama-3.1-405b --tokens 14T..17T --samples 10000
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.",
            valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: ChooseFields

    @Option(help: ArgumentHelp("Write the days-vs-dollars chart (SVG) to FILE.", valueName: "FILE"))
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            let start = DispatchTime.now().uptimeNanoseconds
            let answer = try ChooseRequest.run(fields, catalog: try catalog.catalog())
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let svg { try FileOutput.write(ChooseReport.chart(answer), to: svg, force: output.force, field: "svg") }
            try output.emit(ChooseReport.render(answer, format: output.format, seconds: seconds))
        }
    }
}
