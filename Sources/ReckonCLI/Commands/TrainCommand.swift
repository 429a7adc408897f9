import ArgumentParser
import ReckonCore
import ReckonInput
import ReckonReport

extension Precision: ExpressibleByArgument {}
extension TrainRequest.Rule: ExpressibleByArgument {}
extension TrainRequest.Fit: ExpressibleByArgument {}

/// `reckon train`: compute, time, cost, energy and emissions of one training run.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Compute, time, cost, energy and emissions of one training run.",
        discussion: """
            C = 6·N·D (N active parameters, D tokens); time = C / (GPUs × peak × MFU) × failure overhead; cost = GPU-hours × price.
            The failure overhead (checkpoints, lost work, restarts) is the paper's Table 3 baseline at this GPU count, as in
            `reckon scale`; --no-failures drops it.
            Give a model by catalog ID (--model) or by size (--params, --active-params); tokens explicitly (--tokens),
            as a ratio (--tokens-per-param 20), or let Chinchilla's fit choose them for a budget (--compute-budget).
            Amounts take units: 175B, 1.8T, 7e9, 15T tokens, $2.5/h, 0.08 ($/kWh). A scenario file (YAML or JSON)
            with the same keys in snake_case may be given first; flags override it.

            Examples:
              reckon train --model gpt-3 --gpu v100 --gpus 10000 --mfu 0.21
              reckon train --params 70B --tokens 2T --gpu a100-80gb --gpus 2048 --mfu 0.43 --format json
              reckon train --compute-budget 1e24 --gpu h100-sxm --gpus 4096
              reckon train run.yaml --gpus 8192
              reckon train --mfu 0.35..0.55 --price-per-hour '$1.5..$3' --samples 100000 --seed 7
              reckon train --tokens 1.5T..3T --svg cost.svg --histogram-field cost_usd
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "Model ID from the catalog (see `reckon catalog list models`).") var model: String?
    @Option(help: "Total parameters, e.g. 175B or 7e9 (overrides the catalog).") var params: String?
    @Option(help: "Parameters active per token (mixtures of experts), e.g. 37B.") var activeParams: String?
    @Option(help: "Training tokens, e.g. 300B or 15T.") var tokens: String?
    @Option(help: "Training tokens per parameter (Chinchilla: 20).") var tokensPerParam: String?
    @Option(help: "A compute budget in FLOP: choose parameters and tokens by Chinchilla's fit, e.g. 1e24.") var computeBudget: String?
    @Option(help: "Loss fit for --compute-budget.") var fit: TrainRequest.Fit?
    @Option(help: "How compute is counted: 6nd, 6nd-attention (adds 6·L·n_ctx·d per token), 120p2 (the paper's 120·P²/K).") var rule: TrainRequest.Rule?
    @Option(help: "Partitions K for --rule 120p2.") var partitions: String?
    @Flag(help: "Count the attention-score FLOP (same as --rule 6nd-attention).") var attention = false
    @Option(help: "Layers (for the attention term).") var layers: String?
    @Option(help: "Hidden size d_model.") var hidden: String?
    @Option(help: "Attention heads.") var heads: String?
    @Option(help: "Context length in tokens.") var seqLen: String?
    @Option(help: "Accelerator ID (see `reckon catalog list accelerators`). Default: h100-sxm.") var gpu: String?
    @Option(help: "Number of accelerators. Default: 1024.") var gpus: String?
    @Option(help: "Model FLOPs utilization in (0, 1]. Default: predicted by the parallel-plan model (`reckon plan`) when the model has a shape, else 0.40.") var mfu: String?
    @Option(help: "Arithmetic precision whose peak applies. Default: bf16.") var precision: Precision?
    @Option(help: "Rental price per accelerator-hour in USD, e.g. 2.5. Default: the catalog's, else the paper's $2.5.") var pricePerHour: String?
    @Option(help: "Purchase price per accelerator in USD, for ownership cost.") var purchasePrice: String?
    @Option(help: "Amortization life of purchased hardware in years. Default: 4.") var amortizationYears: String?
    @Option(help: "Power usage effectiveness of the facility (≥ 1). Default: 1.1.") var pue: String?
    @Option(help: "Electricity price in USD per kWh. Default: 0.08.") var electricityPrice: String?
    @Option(help: "Grid intensity in kg CO2e per kWh. Default: 0.429.") var gridIntensity: String?
    @Option(help: "Average draw as a fraction of TDP. Default: 1.") var powerFraction: String?
    @Flag(help: "Do not count failures, checkpoints and restarts (by default: the paper's Table 3 baseline, as in `reckon scale`).") var noFailures = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("model", model); c.add("params", params); c.add("active_params", activeParams); c.add("tokens", tokens)
        c.add("tokens_per_param", tokensPerParam); c.add("compute_budget", computeBudget); c.add("fit", fit); c.add("rule", rule)
        c.add("partitions", partitions); c.add("attention", flag: attention); c.add("layers", layers); c.add("hidden", hidden)
        c.add("heads", heads); c.add("seq_len", seqLen); c.add("gpu", gpu); c.add("gpus", gpus); c.add("mfu", mfu)
        c.add("precision", precision); c.add("price_per_hour", pricePerHour); c.add("purchase_price", purchasePrice)
        c.add("amortization_years", amortizationYears); c.add("pue", pue); c.add("electricity_price", electricityPrice)
        c.add("grid_intensity", gridIntensity); c.add("power_fraction", powerFraction); c.add("no_failures", flag: noFailures)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if uncertainty.wanted(fields) {
                let outcome = try TrainUncertainty.run(fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                                                       seed: uncertainty.seed, sensitivity: uncertainty.sensitivity)
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try TrainRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(TrainReport.render(resolved, format: output.format))
        }
    }
}
