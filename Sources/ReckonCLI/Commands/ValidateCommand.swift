import ArgumentParser
import ReckonInput
import ReckonReport

/// `reckon validate`: the parallel-plan model against every published run it can model.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Compare predicted throughput and MFU with published training runs (Megatron-LM, MT-NLG, LLaMA, …).",
        discussion: """
            For every embedded published case (Narayanan et al. 2021 Table 1; training
            runs with hardware and a throughput or MFU; the 2024-26 rows, mixtures of
            experts and FP8 included), prints published vs predicted, the error, and the
            median and maximum absolute error. --framework keeps the rows run by one
            framework profile.

            Examples:
              reckon validate
              reckon validate --framework nemo
              reckon validate --format json
            """)

    @OptionGroup(title: "Fields") var fields: ValidateFields

    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight()
            let cases = try ValidateRequest.cases(fields.given)
            try output.emit(ValidationReport.render(Validation.run(cases), format: output.format))
        }
    }
}
