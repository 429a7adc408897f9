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
            help: ArgumentHelp("Result field for --svg and the tornado, e.g. cost_usd, wall_clock_days. Default: the command's cost or ratio.", valueName: "FIELD"))
    var histogramField: String?

    @Flag(help: "Which uncertain inputs move the result most: tornado table and rank correlations.")
    var sensitivity = false

    /// True when the run must be a Monte Carlo run: a sample count was given, sensitivity asked, or a field is a distribution.
    func wanted(_ fields: InputFields) -> Bool {
        samples != nil || sensitivity || fields.keys.contains { key in
            if case .text(let t)? = fields[key] { return DistributionParser.isDistribution(t) }
            return false
        }
    }

    /// The result field charted and ranked: `--histogram-field`, else the command's default (its first output).
    func field(_ outcome: UncertainOutcome) throws -> String {
        let key = histogramField ?? outcome.primary
        guard outcome.output(key) != nil else {
            throw InputError(field: "histogram_field", value: key, allowed: "one of " + outcome.outputs.map(\.key).joined(separator: ", "))
        }
        return key
    }

    /// Writes the chart (when `--svg` was given) and the report for `outcome`.
    func emit(_ outcome: UncertainOutcome, output: OutputOptions) throws {
        let key = try field(outcome)
        if let svg {
            let text = sensitivity ? UncertaintyReport.tornadoChart(outcome, field: key) : UncertaintyReport.histogram(outcome, field: key)
            try FileOutput.write(text ?? "", to: svg, force: output.force, field: "svg")
            FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
        }
        try output.emit(UncertaintyReport.render(outcome, format: output.format, field: key))
    }
}
