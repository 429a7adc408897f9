import ArgumentParser
import Foundation
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon roadmap`: the seven levers of the paper's Table 2 as cost factors, the waterfall, and the $1,000 GPT-3.
struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Apply the Table 2 levers to a training cost (waterfall) and find the road to a $1,000 GPT-3.",
        discussion: """
            Each lever multiplies the cost: distributed systems 1/r (r ≈ 2 at 50k GPUs), data reduction t/20 (tokens per
            parameter), model partitioning 1/K (120·P²/K), training algorithms 1/s, data formats 1/s (FP8 2x; mx; lns 1.67x),
            efficient hardware 1/s (2x, an assumption), competitive accelerators (1 − 0.65)/(1 − m) (gross margin m, Fig. 9).
            Set each with --<lever> on|off|VALUE. The baseline is a dense Chinchilla-style model (--params, default 1.8T)
            at the trend model's GPU $/FLOP in --year (default 2023), or --baseline-cost-usd.

            Examples:
              reckon roadmap
              reckon roadmap --model-partitioning 16 --data-formats lns --efficient-hardware off
              reckon roadmap --competitive-accelerators 0.35 --format json
              reckon roadmap --svg waterfall.svg
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "on|off|gain r (time without ÷ with supercomputing technology). Default: on (~2x at 50k GPUs).") var distributedSystems: String?
    @Option(help: "on|off|tokens per parameter. Default: on (20 → 6.67, Table 1 best guess).") var dataReduction: String?
    @Option(help: "on|off|partitions K. Default: on (8, Fig. 7).") var modelPartitioning: String?
    @Option(help: "on|off|convergence speed-up. Default: on (2x, Sophia).") var trainingAlgorithms: String?
    @Option(help: "on|off|fp8|mx|lns|throughput gain over BF16. Default: on (fp8, 2x).") var dataFormats: String?
    @Option(help: "on|off|efficiency gain over GPUs. Default: on (2x, an assumption).") var efficientHardware: String?
    @Option(help: "on|off|target gross margin. Default: on (0.40, from 0.65).") var competitiveAccelerators: String?

    @Option(help: "Trend preset for the baseline's $/FLOP: paper-stated|paper-calibrated|paper-calibrated-growth.") var preset: String?
    @Option(help: "Baseline model parameters, e.g. 1.8T. Default: 1.8T.") var params: String?
    @Option(help: "Baseline year (sets GPU $/FLOP). Default: 2023.") var year: String?
    @Option(help: "Baseline cost in USD (overrides --params/--year).") var baselineCostUsd: String?
    @Option(help: "Baseline tokens per parameter. Default: 20.") var baselineTokensPerParam: String?
    @Option(help: "GPUs at which the distributed-systems gain is evaluated. Default: 50000.") var gpus: String?
    @Option(help: "$1,000 GPT-3: GPT-3's cost in USD. Default: the paper's $4.81M cloud cost.") var gpt3CostUsd: String?
    @Option(help: "$1,000 GPT-3: year of that cost. Default: 2021.") var gpt3Year: String?
    @Option(help: "$1,000 GPT-3: target cost in USD. Default: 1000.") var targetUsd: String?
    @Option(help: "$1,000 GPT-3: price-performance doubling time in years. Default: 2.46.") var pricePerfDoublingYears: String?

    @Option(help: ArgumentHelp("Also write the waterfall as SVG to FILE (no overwrite without --force).", valueName: "FILE"))
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("distributed_systems", distributedSystems); c.add("data_reduction", dataReduction)
        c.add("model_partitioning", modelPartitioning); c.add("training_algorithms", trainingAlgorithms)
        c.add("data_formats", dataFormats); c.add("efficient_hardware", efficientHardware)
        c.add("competitive_accelerators", competitiveAccelerators)
        c.add("preset", preset); c.add("params", params); c.add("year", year); c.add("baseline_cost_usd", baselineCostUsd)
        c.add("baseline_tokens_per_param", baselineTokensPerParam); c.add("gpus", gpus); c.add("gpt3_cost_usd", gpt3CostUsd)
        c.add("gpt3_year", gpt3Year); c.add("target_usd", targetUsd); c.add("price_perf_doubling_years", pricePerfDoublingYears)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if sampling.wanted(fields) {
                let outcome = try RoadmapUncertainty.run(fields, samples: sampling.samples, seed: sampling.seed, sensitivity: sampling.sensitivity)
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            let resolved = try RoadmapRequest.resolve(fields)
            if let svg {
                try FileOutput.write(RoadmapReport.svg(resolved), to: svg, force: output.force, field: "svg")
            }
            try output.emit(RoadmapReport.render(resolved, format: output.format))
        }
    }
}
