import ArgumentParser
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
            Decode costs 2·N_active + 2·L·n_ctx·d FLOP per token and reads the weights once per step plus each
            sequence's KV cache; a step takes max(FLOP ÷ achievable FLOP/s, bytes ÷ achievable bandwidth) per phase
            plus tensor-parallel all-reduces. The batch defaults to the largest that fits in memory. Asking for
            fewer accelerators than the weights need is refused with the minimum, unless --offload streams them.

            Examples:
              reckon infer --model gpt-3 --gpu h100-sxm
              reckon infer --model llama-3.1-8b --gpu h100-sxm --gpus 1 --precision fp8 --input-tokens 128 --output-tokens 2048
              reckon infer --params 70B --gpu a100-80gb --batch 16 --format json
              reckon infer --model gpt-3 --gpu h100-sxm --gpus 1 --offload host --link pcie4
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: InferFields

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: uncertainty.svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if uncertainty.wanted(fields) {
                let outcome = try uncertainty.budgeted { try InferUncertainty.run(fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                                                       seed: uncertainty.seed, sensitivity: uncertainty.sensitivity) }
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try InferRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(try InferReport.render(resolved, format: output.format))
        }
    }
}
