import ArgumentParser
import ReckonInput
import ReckonReport

/// `reckon trends`: the memory wall (the paper's Fig. 8) measured on the catalog, and LightOn's decade of Moore's law.
struct TrendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trends",
        abstract: "Peak FLOP/s, memory bandwidth and capacity per accelerator generation: fitted growth rates (the "
            + "memory wall).",
        discussion: """
            Fits ln(value) against the year of first availability for every catalog
            accelerator (and the NVIDIA line alone), with 90% intervals, beside Gholami
            et al.'s ×3.0 (FLOPS) vs ×1.6 (DRAM bandwidth) per two years, and compares
            LightOn's "two orders of magnitude in a decade" with Reckon's
            price-performance trend.

            Examples:
              reckon trends
              reckon trends --svg fig8.svg
              reckon trends --format json
            """)

    @Option(
        help: ArgumentHelp(
            "Also write the Fig. 8 chart as SVG to FILE (no overwrite without --force).",
            valueName: "FILE"))
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let result = TrendsReport.analyze(catalog: try catalog.catalog())
            if let svg {
                try FileOutput.write(
                    TrendsReport.chart(result).svg(), to: svg, force: output.force,
                    field: "svg")
            }
            try output.emit(TrendsReport.render(result, format: output.format))
        }
    }
}
