import ArgumentParser
import Foundation
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon scale`: time and cost to train versus cluster size once failures, checkpoints and restarts count.
struct ScaleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract: "Time to train vs cluster size with failures, checkpoints, restarts and K-of-N tolerance (the paper's Fig. 7).",
        discussion: """
            For each GPU count: the job's mean time to interrupt (MTTI) from
            per-component MTBFs; the checkpoint time (all GPU memory over the
            file-system bandwidth, the paper's reading); the optimal checkpoint
            interval (Daly 2006 or Young 1974); Daly's expected wall time with
            restarts; and K-of-N tolerance of failed data-parallel groups.
            Four curves: a monolithic model and its K-partition MoE (compute
            K·C(P/K)), each on the paper's "baseline" and "optimized" systems
            (optimized: 2 TB/s, half the checkpoint memory, tolerate 5 of 100
            groups). Defaults are the paper's Table 3. With no flags: Fig. 7,
            1.8T parameters from 1k to 100k GPUs.

            Examples:
              reckon scale
              reckon scale --svg fig7.svg
              reckon scale --failures llama3-observed --points 25
              reckon scale --params 1T --gpus 50k --format json
              reckon scale --checkpoint-bandwidth 2TB/s --tolerate 3/100
              reckon scale --checkpoint-basis model-state --interval young
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: ScaleFields
    @Option(help: ArgumentHelp("Also write the chart (days vs GPUs, log–log) as SVG to FILE.", valueName: "FILE")) var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if sampling.wanted(fields, except: ["gpus"]) {
                let outcome = try sampling.budgeted { try ScaleUncertainty.run(fields, catalog: try catalog.catalog(), samples: sampling.samples, seed: sampling.seed,
                                                       sensitivity: sampling.sensitivity) }
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            let resolved = try ScaleRequest.resolve(fields, catalog: try catalog.catalog())
            let result = resolved.sweep.run()
            if let svg {
                try FileOutput.write(ScaleReport.chart(result, title: "Time to train vs cluster size — \(resolved.modelName)"), to: svg, force: output.force, field: "svg")
                FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
            }
            try output.emit(ScaleReport.render(resolved, result: result, format: output.format))
        }
    }
}
