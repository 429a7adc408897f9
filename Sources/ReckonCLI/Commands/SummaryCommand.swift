import ArgumentParser
import ReckonReport

/// `reckon` / `reckon summary`: the main report on the built-in scenario.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "The main report: headline findings on the built-in scenario (the default command).")

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight()
            try output.emit(SummaryReport.render(format: output.format, catalog: try catalog.catalog()))
        }
    }
}
