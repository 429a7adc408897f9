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
            Each lever multiplies the cost: distributed systems 1/r (r ≈ 2 at 50k GPUs),
            data reduction t/20 (tokens per parameter), model partitioning 1/K (120·P²/K),
            training algorithms 1/s, data formats 1/s (FP8 2x; mx; lns 1.67x), efficient
            hardware 1/s (2x, an assumption), competitive accelerators (1 − 0.65)/(1 − m)
            (gross margin m, Fig. 9). Set each with --<lever> on|off|VALUE. The baseline
            is a dense Chinchilla-style model (--params, default 1.8T) at the trend
            model's GPU $/FLOP in --year (default 2023), or --baseline-cost-usd.

            Examples:
              reckon roadmap
              reckon roadmap --model-partitioning 16 --data-formats lns \\
                --efficient-hardware off
              reckon roadmap --competitive-accelerators 0.35 --format json
              reckon roadmap --svg waterfall.svg
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: RoadmapFields

    @Option(
        help: ArgumentHelp("Also write the waterfall as SVG to FILE (no overwrite without --force).", valueName: "FILE")
    )
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if sampling.wanted(fields) {
                let outcome = try sampling.budgeted {
                    try RoadmapUncertainty.run(
                        fields, samples: sampling.samples, seed: sampling.seed, sensitivity: sampling.sensitivity)
                }
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
