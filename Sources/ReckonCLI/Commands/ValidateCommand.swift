import ArgumentParser
import ReckonReport

/// `reckon validate`: the parallel-plan model against every published run it can model.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Compare predicted throughput and MFU with published training runs (Megatron-LM, MT-NLG, LLaMA, …).",
        discussion: """
            For every embedded ground-truth case (Narayanan et al. 2021 Table 1; training
            runs with hardware and a throughput or MFU), prints published vs predicted,
            the error, and the median and maximum absolute error.

            Examples:
              reckon validate
              reckon validate --format json
            """)

    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight()
            try output.emit(ValidationReport.render(Validation.run(), format: output.format))
        }
    }
}
