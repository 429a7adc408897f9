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

    @Option(help: "Model ID from the catalog (see `reckon catalog list models`). Default: gpt-3.") var model: String?
    @Option(help: "Total parameters, e.g. 70B (a custom model; shape estimated unless --layers/--hidden/--heads).") var params: String?
    @Option(help: "Parameters active per token (mixtures of experts).") var activeParams: String?
    @Option(help: "Layers.") var layers: String?
    @Option(help: "Hidden size d_model.") var hidden: String?
    @Option(help: "Attention heads.") var heads: String?
    @Option(help: "Key/value heads (grouped-query attention).") var kvHeads: String?
    @Option(help: "Accelerator ID. Default: h100-sxm.") var gpu: String?
    @Option(help: "Accelerators. Default: the minimum that fits.") var gpus: String?
    @Option(help: "Tensor-parallel degree (power of two). Default: the smallest that fits.") var tp: String?
    @Option(help: "Sequences decoded together per replica. Default: the largest that fits.") var batch: String?
    @Option(help: "Prompt tokens per request. Default: 1000.") var inputTokens: String?
    @Option(help: "Output tokens per request. Default: 250.") var outputTokens: String?
    @Option(help: "Weight precision: bf16, fp16, fp8, int8, int4. Default: bf16.") var precision: Precision?
    @Option(help: "KV-cache precision. Default: the weight precision.") var kvPrecision: Precision?
    @Option(help: "Price per accelerator-hour in USD. Default: the catalog's, else $2.5.") var pricePerHour: String?
    @Option(help: "Fraction of paid time the accelerators are busy, in (0, 1]. Default: 1.") var utilization: String?
    @Option(help: "Keep the weights in host DRAM or on NVMe and stream them in.") var offload: InferRequest.Storage?
    @Option(help: "Link for --offload: pcie3, pcie4, pcie5, nvlink-c2c. Default: pcie4.") var link: InferRequest.Link?
    @Flag(help: "With --offload: load groups of layers, then compute (no prefetch).") var noPipeline = false
    @Option(help: "Fraction of dense peak FLOP/s reached. Default: 0.55.") var computeEfficiency: String?
    @Option(help: "Fraction of memory bandwidth reached. Default: 0.8.") var memoryEfficiency: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("model", model); c.add("params", params); c.add("active_params", activeParams); c.add("layers", layers)
        c.add("hidden", hidden); c.add("heads", heads); c.add("kv_heads", kvHeads); c.add("gpu", gpu); c.add("gpus", gpus)
        c.add("tp", tp); c.add("batch", batch); c.add("input_tokens", inputTokens); c.add("output_tokens", outputTokens)
        c.add("precision", precision); c.add("kv_precision", kvPrecision); c.add("price_per_hour", pricePerHour)
        c.add("utilization", utilization); c.add("offload", offload); c.add("link", link); c.add("no_pipeline", flag: noPipeline)
        c.add("compute_efficiency", computeEfficiency); c.add("memory_efficiency", memoryEfficiency)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if uncertainty.wanted(fields) {
                let outcome = try InferUncertainty.run(fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                                                       seed: uncertainty.seed, sensitivity: uncertainty.sensitivity)
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try InferRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(try InferReport.render(resolved, format: output.format))
        }
    }
}
