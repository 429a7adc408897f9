import ArgumentParser
import Foundation
import ReckonInput
import ReckonReport

/// `reckon plan`: the fastest parallel plans (TP, CP, PP, DP, EP, micro-batch, recompute, ZeRO) for a training job.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Search every parallel plan and print the fastest, with MFU, memory per GPU and the step breakdown.",
        discussion: """
            Evaluates every valid combination of tensor (TP), context (CP, ring attention;
            tried from 8,192-token sequences on, or fixed with --cp), pipeline (PP,
            interleave v), data (DP) and expert (EP) parallelism, micro-batch size,
            sequence parallelism, activation recomputation and ZeRO stage, and prints the
            k fastest that fit in memory. Fix any part with its flag; fix all of them to
            evaluate one plan (an infeasible plan is rejected with the reason). Models by
            catalog ID or by shape.

            Examples:
              reckon plan --model megatron-1t --gpu a100-80gb --gpus 3072 \\
                --global-batch 3072
              reckon plan --model llama-2-70b --gpu h100-sxm --gpus 1024 --top 10 \\
                --format json
              reckon plan --model llama-3.1-405b --gpu h100-sxm --gpus 16384 \\
                --seq-len 131072 --global-batch 128 --tp 8 --cp 16 --pp 16
              reckon plan --layers 128 --hidden 25600 --heads 160 --vocab 51200 \\
                --seq-len 2048 --gpus 4096 --global-batch 4096
              reckon plan --model megatron-1t --gpus 3072 --global-batch 3072 --tp 8 \\
                --pp 64 --microbatch 1 --recompute full --zero 0 --interleave 2 \\
                --sequence-parallel false
            """)

    @Argument(
        help: ArgumentHelp(
            "A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @OptionGroup(title: "Fields (scenario-file keys: the same words joined by _)") var fields: PlanFields

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        try reportingUserErrors {
            try output.preflight()
            let resolved = try PlanRequest.resolve(
                try mergedFields(file: scenario, flags: self.fields.given), catalog: try catalog.catalog())
            let start = Date()
            let result = try PlanRequest.search(resolved) { done, total in
                // Progress only on long searches (most finish in milliseconds).
                if Date().timeIntervalSince(start) > 1 {
                    FileHandle.standardError.write(
                        Data("\rsearching: \(done)/\(total) (TP, CP, PP, EP) combinations".utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
            try output.emit(PlanReport.render(resolved, result, format: output.format))
        }
    }
}
