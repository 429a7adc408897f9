import Foundation
import ArgumentParser
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonReport

/// `--samples N --seed S --svg FILE --histogram-field F --sensitivity`: Monte Carlo over inputs given as distributions.
struct UncertaintyOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Monte Carlo samples. Default when an input is a distribution (0.35..0.55, normal(m, sd), …): 10000.", valueName: "N"))
    var samples: Int?

    @Option(help: ArgumentHelp("Random seed; the same seed gives identical output on every platform. Default: 1.", valueName: "S"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Write an SVG histogram of --histogram-field (a tornado chart with --sensitivity) to FILE.", valueName: "FILE"))
    var svg: String?

    @Option(name: [.customLong("histogram-field"), .customLong("field")],
            help: ArgumentHelp("Result field for --svg and the tornado, e.g. cost_usd, wall_clock_days.", valueName: "FIELD"))
    var histogramField: String = "cost_usd"

    @Flag(help: "Which uncertain inputs move the result most: tornado table and rank correlations.")
    var sensitivity = false

    /// True when the run must be a Monte Carlo run: a sample count was given, sensitivity asked, or a field is a distribution.
    func wanted(_ fields: InputFields) -> Bool {
        samples != nil || sensitivity || fields.keys.contains { key in
            if case .text(let t)? = fields[key] { return DistributionParser.isDistribution(t) }
            return false
        }
    }

    /// Writes the chart for `outcome` when `--svg` was given.
    func writeChart(_ outcome: UncertainOutcome, force: Bool) throws {
        guard let svg else { return }
        guard outcome.output(histogramField) != nil else {
            throw InputError(field: "histogram_field", value: histogramField, allowed: "one of " + outcome.outputs.map(\.key).joined(separator: ", "))
        }
        let text = sensitivity ? UncertaintyReport.tornadoChart(outcome, field: histogramField) : UncertaintyReport.histogram(outcome, field: histogramField)
        try FileOutput.write(text ?? "", to: svg, force: force, field: "svg")
        FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
    }
}
