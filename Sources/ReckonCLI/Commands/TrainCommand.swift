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
            C = 6·N·D (N active parameters, D tokens); time = C / (GPUs × peak × MFU) ×
            failure overhead; cost = GPU-hours × price. The failure overhead (checkpoints,
            lost work, restarts) is the paper's Table 3 baseline at this GPU count, as in
            `reckon scale`; --no-failures drops it. Give a model by catalog ID (--model)
            or by size (--params, --active-params); tokens explicitly (--tokens), as a
            ratio (--tokens-per-param 20), or let Chinchilla's fit choose them for a
            budget (--compute-budget). Amounts take units: 175B, 1.8T, 7e9, 15T tokens,
            $2.5/h, 0.08 ($/kWh). A scenario file (YAML or JSON) with the same keys in
            snake_case may be given first; flags override it.

            Examples:
              reckon train --model gpt-3 --gpu v100 --gpus 10000 --mfu 0.21
              reckon train --params 70B --tokens 2T --gpu a100-80gb --gpus 2048 \\
                --mfu 0.43 --format json
              reckon train --compute-budget 1e24 --gpu h100-sxm --gpus 4096
              reckon train run.yaml --gpus 8192
              reckon train --mfu 0.35..0.55 --price-per-hour '$1.5..$3' \\
                --samples 100000 \\
                --seed 7
              reckon train --tokens 1.5T..3T --svg cost.svg --histogram-field cost_usd
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: TrainFields

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions
    @OptionGroup var uncertainty: UncertaintyOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight(svg: uncertainty.svg)
            let fields = try mergedFields(file: scenario, flags: self.fields.given)
            if uncertainty.wanted(fields) {
                let outcome = try uncertainty.budgeted {
                    try TrainUncertainty.run(
                        fields, catalog: try catalog.catalog(), samples: uncertainty.samples,
                        seed: uncertainty.seed, sensitivity: uncertainty.sensitivity)
                }
                try uncertainty.emit(outcome, output: output)
                return
            }
            let resolved = try TrainRequest.resolve(fields, catalog: try catalog.catalog())
            try output.emit(TrainReport.render(resolved, format: output.format))
        }
    }
}
