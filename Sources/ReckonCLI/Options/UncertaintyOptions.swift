import Foundation
import ArgumentParser
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonReport

/// `--samples N --seed S --histogram-field F --sensitivity`: Monte Carlo over inputs given as distributions.
/// For commands that already have an `--svg` of their own (scale, project, roadmap), which then draws the histogram.
struct SamplingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Monte Carlo samples. Default when an input is a distribution (0.35..0.55, normal(m, sd), …): 10000.",
            valueName: "N"))
    var samples: Int?

    @Option(
        help: ArgumentHelp(
            "Random seed; the same seed gives identical output on every platform. Default: 1.", valueName: "S"))
    var seed: UInt64?

    @Option(
        name: [.customLong("histogram-field"), .customLong("field")],
        help: ArgumentHelp(
            "Result field for --svg and the tornado, e.g. cost_usd, wall_clock_days. Default: the command's cost or "
                + "ratio.",
            valueName: "FIELD"))
    var histogramField: String?

    @Flag(help: "Which uncertain inputs move the result most: tornado table and rank correlations.")
    var sensitivity = false

    @Option(
        help: ArgumentHelp(
            "Most Monte Carlo values (samples × result columns) this run may produce. "
                + "Default: \(WorkBudget.cli.maximumValues).", valueName: "N"))
    var maxWork: Int?

    /// Runs `body` within the work budget (`--max-work`, else the CLI's default).
    func budgeted<T>(_ body: () throws -> T) throws -> T {
        var budget = WorkBudget.cli
        if let maxWork {
            guard maxWork >= 1 else {
                throw InputError(field: "max_work", value: String(maxWork), allowed: "a whole number ≥ 1")
            }
            budget.maximumValues = maxWork
        }
        return try WorkBudget.$current.withValue(budget) { try body() }
    }

    /// True when the run must be a Monte Carlo run: a sample count was given, sensitivity asked, or a field is a
    /// distribution (`except`: fields whose own syntax has `..`, such as a GPU-count range).
    func wanted(_ fields: InputFields, except: Set<String> = []) -> Bool {
        samples != nil || sensitivity || (try? fields.flag(.priceRange)) == true
            || fields.keys.contains { key in
                if !except.contains(key), case .text(let t)? = fields[key] {
                    return DistributionParser.isDistribution(t)
                }
                return false
            }
    }

    /// The result field charted and ranked: `--histogram-field`, else the command's default (its first output).
    func field(_ outcome: UncertainOutcome) throws -> String {
        let key = histogramField ?? outcome.primary
        guard outcome.output(key) != nil else {
            throw InputError(
                field: "histogram_field", value: key,
                allowed: "one of " + outcome.outputs.map(\.key).joined(separator: ", "))
        }
        return key
    }

    /// Writes the chart (to `svg`, when given) and the report for `outcome`.
    func emit(_ outcome: UncertainOutcome, svg: String?, output: OutputOptions) throws {
        let key = try field(outcome)
        if let svg {
            let text =
                sensitivity
                ? UncertaintyReport.tornadoChart(outcome, field: key) : UncertaintyReport.histogram(outcome, field: key)
            try FileOutput.write(text ?? "", to: svg, force: output.force, field: "svg")
            FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
        }
        try output.emit(UncertaintyReport.render(outcome, format: output.format, field: key))
    }
}

/// ``SamplingOptions`` plus `--svg FILE` (the histogram, or the tornado chart with `--sensitivity`).
struct UncertaintyOptions: ParsableArguments {
    @OptionGroup var sampling: SamplingOptions

    @Option(
        help: ArgumentHelp(
            "Write an SVG histogram of --histogram-field (a tornado chart with --sensitivity) to FILE.",
            valueName: "FILE"))
    var svg: String?

    var samples: Int? { sampling.samples }
    var seed: UInt64? { sampling.seed }
    var sensitivity: Bool {
        get { sampling.sensitivity }
        set { sampling.sensitivity = newValue }
    }
    func wanted(_ fields: InputFields) -> Bool { sampling.wanted(fields) }
    func budgeted<T>(_ body: () throws -> T) throws -> T { try sampling.budgeted(body) }
    func emit(_ outcome: UncertainOutcome, output: OutputOptions) throws {
        try sampling.emit(outcome, svg: svg, output: output)
    }
}
