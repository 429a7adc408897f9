import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport

/// `reckon deploy`: the fleet a workload needs, its yearly cost and energy, and that cost against training.
struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Fleet size, GPU-hours, cost and energy for a workload — and serving cost against training cost.",
        discussion: """
            Traffic comes from a preset (twitter-1pct-year, million-developers-year; Cottier 2022's scenarios, each
            assumption printed with its source), from --output-tokens-per-day, or from --users × --requests-per-day.
            The fleet is sized for the peak (--peak-to-average) at the largest batch meeting --latency-target, runs
            all --period, and is compared with training the same model on the same accelerator.

            Examples:
              reckon deploy --preset twitter-1pct-year
              reckon deploy --preset million-developers-year --model llama-3.1-70b --precision fp8
              reckon deploy --users 1e6 --requests-per-day 20 --input-tokens 800 --output-tokens 300 --latency-target 0.05
              reckon deploy --preset twitter-1pct-year --ranges --samples 2000     90% interval of deployment ÷ development
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "Workload preset: twitter-1pct-year, million-developers-year. Default: twitter-1pct-year.") var preset: String?
    @Option(help: "Output tokens per day, e.g. 1e10.") var outputTokensPerDay: String?
    @Option(help: "Input tokens per day. Default: in proportion to the request lengths.") var inputTokensPerDay: String?
    @Option(help: "Users (with --requests-per-day).") var users: String?
    @Option(help: "Requests per user per day. Default: 10.") var requestsPerDay: String?
    @Option(help: "Prompt tokens per request.") var inputTokens: String?
    @Option(help: "Output tokens per request.") var outputTokens: String?
    @Option(help: "Peak traffic ÷ average traffic (≥ 1).") var peakToAverage: String?
    @Option(help: "Largest time per output token, e.g. 0.05 or 50ms.") var latencyTarget: String?
    @Option(help: "Serving period, e.g. 1y or 90d. Default: 1 year.") var period: String?
    @Option(help: "Model ID from the catalog. Default: gpt-3.") var model: String?
    @Option(help: "Total parameters of a custom model.") var params: String?
    @Option(help: "Parameters active per token.") var activeParams: String?
    @Option(help: "Layers.") var layers: String?
    @Option(help: "Hidden size.") var hidden: String?
    @Option(help: "Attention heads.") var heads: String?
    @Option(help: "Key/value heads.") var kvHeads: String?
    @Option(help: "Accelerator ID. Default: h100-sxm.") var gpu: String?
    @Option(help: "Weight precision. Default: bf16.") var precision: Precision?
    @Option(help: "KV-cache precision. Default: the weight precision.") var kvPrecision: Precision?
    @Option(help: "Price per accelerator-hour in USD (serving and training).") var pricePerHour: String?
    @Option(help: "Utilization used for the per-token price. Default: 1.") var utilization: String?
    @Option(help: "Stream weights from host or nvme.") var offload: InferRequest.Storage?
    @Option(help: "Link for --offload.") var link: InferRequest.Link?
    @Flag(help: "With --offload: no prefetch.") var noPipeline = false
    @Option(help: "Fraction of dense peak FLOP/s reached. Default: 0.55.") var computeEfficiency: String?
    @Option(help: "Fraction of memory bandwidth reached. Default: 0.8.") var memoryEfficiency: String?
    @Option(help: "Training tokens of the comparison run. Default: the catalog's, else 20 per parameter.") var trainingTokens: String?
    @Option(help: "Accelerators of the comparison training run. Default: 1024.") var trainingGpus: String?
    @Option(help: "MFU of the comparison training run. Default: 0.40.") var mfu: String?
    @Option(help: "Power usage effectiveness. Default: 1.1.") var pue: String?
    @Option(help: "Average draw as a fraction of TDP. Default: 1.") var powerFraction: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions
    @Flag(help: "Monte Carlo with seed 003's style of ranges on the workload, efficiencies, MFU and price (fields you set stay as given).")
    var ranges = false

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("preset", preset); c.add("output_tokens_per_day", outputTokensPerDay); c.add("input_tokens_per_day", inputTokensPerDay)
        c.add("users", users); c.add("requests_per_day", requestsPerDay); c.add("input_tokens", inputTokens)
        c.add("output_tokens", outputTokens); c.add("peak_to_average", peakToAverage); c.add("latency_target", latencyTarget)
        c.add("period", period); c.add("model", model); c.add("params", params); c.add("active_params", activeParams)
        c.add("layers", layers); c.add("hidden", hidden); c.add("heads", heads); c.add("kv_heads", kvHeads); c.add("gpu", gpu)
        c.add("precision", precision); c.add("kv_precision", kvPrecision); c.add("price_per_hour", pricePerHour)
        c.add("utilization", utilization); c.add("offload", offload); c.add("link", link); c.add("no_pipeline", flag: noPipeline)
        c.add("compute_efficiency", computeEfficiency); c.add("memory_efficiency", memoryEfficiency)
        c.add("training_tokens", trainingTokens); c.add("training_gpus", trainingGpus); c.add("mfu", mfu); c.add("pue", pue)
        c.add("power_fraction", powerFraction)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if ranges || uncertainty.wanted(fields) {
                let outcome = try DeployUncertainty.run(fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                                                        seed: uncertainty.seed, sensitivity: uncertainty.sensitivity, ranges: ranges)
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try DeployRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(try DeployReport.render(resolved, format: output.format))
        }
    }
}
