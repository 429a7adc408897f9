import ArgumentParser
import Foundation
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon scale`: time and cost to train versus cluster size once failures, checkpoints and restarts count.
struct ScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract:
            "Time to train vs cluster size with failures, checkpoints, restarts and K-of-N tolerance (the paper's "
            + "Fig. 7).",
        discussion: """
            For each GPU count: the job's mean time to interrupt (MTTI) from per-component
            failure rates (default: llama3-observed, the 419 interruptions of Llama 3
            405B); the checkpoint (default: model state, 14 B per parameter) written at
            min(node link x nodes, file system); the optimal checkpoint interval (Daly
            2006 or Young 1974); Daly's expected wall time with restarts (detection,
            rescheduling, load, warm-up); K-of-N tolerance of failed data-parallel groups;
            and the goodput with its parts. Four curves: a monolithic model and its
            K-partition MoE (compute K·C(P/K)), each on a "baseline" and an "optimized"
            system (observed presets: in-memory checkpoints, hot spares, tolerate 5 of 100
            groups). The paper's Fig. 7: --failures paper-2024 --checkpoint-basis
            gpu-memory (Table 3: 500 GB/s, 2 h restarts; optimized 2 TB/s, half the
            checkpoint).

            Examples:
              reckon scale
              reckon scale --failures paper-2024 --checkpoint-basis gpu-memory \\
                --svg fig7.svg
              reckon scale --failures rsc-a100-observed --points 25
              reckon scale --params 1T --gpus 50k --format json
              reckon scale --checkpoint-bandwidth 2TB/s --tolerate 3/100
              reckon scale --checkpoint-bytes-per-param 12 --interval young
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: ScaleFields
    @Option(help: ArgumentHelp("Also write the chart (days vs GPUs, log–log) as SVG to FILE.", valueName: "FILE"))
    var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if sampling.wanted(fields, except: ["gpus"]) {
                let outcome = try sampling.budgeted {
                    try ScaleUncertainty.run(
                        fields, catalog: try catalog.catalog(), samples: sampling.samples, seed: sampling.seed,
                        sensitivity: sampling.sensitivity)
                }
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            let resolved = try ScaleRequest.resolve(fields, catalog: try catalog.catalog())
            let result = resolved.sweep.run()
            if let svg {
                try FileOutput.write(
                    ScaleReport.chart(result, title: "Time to train vs cluster size — \(resolved.modelName)"), to: svg,
                    force: output.force, field: "svg")
                FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
            }
            try output.emit(ScaleReport.render(resolved, result: result, format: output.format))
        }
    }
}
