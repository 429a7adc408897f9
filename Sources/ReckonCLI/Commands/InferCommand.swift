import ArgumentParser
import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonReport

extension InferRequest.Storage: ExpressibleByArgument {}
extension InferRequest.Link: ExpressibleByArgument {}

/// `reckon infer`: latency, throughput, memory and cost of serving one model on one kind of accelerator.
struct InferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infer",
        abstract: "Latency, throughput, memory fit and cost of serving one model.",
        discussion: """
            A step takes max(FLOP ÷ achievable FLOP/s, bytes ÷ achievable bandwidth) per
            phase (dense GEMMs, attention against the KV cache, the routed experts a batch
            touches) plus all-reduces and expert all-to-alls; continuous batching carries
            the replacements' prompt tokens in the decode steps (chunked prefill). The
            batch defaults to the largest that fits in memory. Asking for fewer
            accelerators than the weights need is refused with the minimum, unless
            --offload streams them. With --ttft or --tpot (or --gpu all) it searches
            plans, batch and precision for the most output tokens per dollar meeting the
            targets and prints the Pareto frontier (--svg writes it as a chart).

            Examples:
              reckon infer --model gpt-3 --gpu h100-sxm
              reckon infer --model llama-3.1-8b --gpu h100-sxm --gpus 1 --precision fp8 \\
                --input-tokens 128 --output-tokens 2048
              reckon infer --params 70B --gpu a100-80gb --batch 16 --format json
              reckon infer --model gpt-3 --gpu h100-sxm --gpus 1 --offload host \\
                --link pcie4
              reckon infer --model llama-3.1-70b --gpu all --ttft 2s --tpot 50ms \\
                --concurrency 256 --svg frontier.svg
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: InferFields

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var sampling: SamplingOptions

    @Option(
        help: ArgumentHelp(
            "Also write a chart as SVG to FILE: with a search the Pareto frontier (tokens/s per GPU vs per user), "
                + "with --samples the histogram (or the tornado with --sensitivity).", valueName: "FILE")) var svg:
        String?

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if sampling.wanted(fields) {
                let outcome = try sampling.budgeted {
                    try InferUncertainty.run(
                        fields, catalog: try catalog.catalog(), samples: sampling.samples,
                        seed: sampling.seed, sensitivity: sampling.sensitivity)
                }
                try sampling.emit(outcome, svg: svg, output: output)
                return
            }
            if let search = try InferRequest.resolveSearch(fields, catalog: try catalog.catalog()) {
                let result = try ServingSearch.run(search.space, targets: search.targets)
                try output.emit(
                    InferReport.renderSearch(
                        result, targets: search.targets, space: search.space, format: output.format,
                        assumptions: search.assumptions, notes: search.notes))
                if let svg {
                    try FileOutput.write(
                        InferReport.frontierChart(result, targets: search.targets, model: search.space.model.name),
                        to: svg, force: output.force, field: "svg")
                    FileHandle.standardError.write(Data("wrote \(svg)\n".utf8))
                }
                return
            }
            if let svg {
                throw InputError(
                    field: "svg", value: svg, allowed: "used only with --ttft, --tpot, --disaggregate or --gpu all")
            }
            let resolved = try InferRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(try InferReport.render(resolved, format: output.format))
        }
    }
}
