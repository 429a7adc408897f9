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
            Evaluates every valid combination of tensor (TP), context (CP, ring attention; tried from 8,192-token
            sequences on, or fixed with --cp), pipeline (PP, interleave v), data (DP) and expert (EP) parallelism, micro-batch size, sequence parallelism, activation recomputation and ZeRO stage, and prints
            the k fastest that fit in memory. Fix any part with its flag; fix all of them to evaluate one plan (an
            infeasible plan is rejected with the reason). Models by catalog ID or by shape.

            Examples:
              reckon plan --model megatron-1t --gpu a100-80gb --gpus 3072 --global-batch 3072
              reckon plan --model llama-2-70b --gpu h100-sxm --gpus 1024 --top 10 --format json
              reckon plan --model llama-3.1-405b --gpu h100-sxm --gpus 16384 --seq-len 131072 --global-batch 128 --tp 8 --cp 16 --pp 16
              reckon plan --layers 128 --hidden 25600 --heads 160 --vocab 51200 --seq-len 2048 --gpus 4096 --global-batch 4096
              reckon plan --model megatron-1t --gpus 3072 --global-batch 3072 --tp 8 --pp 64 --microbatch 1 --recompute full --zero 0 --interleave 2 --sequence-parallel false
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "Model ID from the catalog (see `reckon catalog list models`).") var model: String?
    @Option(help: "Layers (overrides the catalog, or gives a shape-only model).") var layers: String?
    @Option(help: "Hidden size d_model.") var hidden: String?
    @Option(help: "Attention heads.") var heads: String?
    @Option(help: "Key/value heads (grouped-query attention). Default: --heads.") var kvHeads: String?
    @Option(help: "Feed-forward size. Default: 4 × hidden.") var ffn: String?
    @Option(help: "MLP weight matrices: 2 (GPT) or 3 (gated, SwiGLU).") var ffnMatrices: String?
    @Option(help: "Vocabulary size.") var vocab: String?
    @Option(help: "Sequence length in tokens. Default: the model's context length.") var seqLen: String?
    @Option(help: "Experts per MoE layer.") var experts: String?
    @Option(help: "Experts routed per token.") var activeExperts: String?
    @Option(help: "Accelerator ID. Default: a100-80gb.") var gpu: String?
    @Option(help: "Number of accelerators.") var gpus: String?
    @Option(help: "Sequences per optimizer step. Default: 4M tokens rounded up to a multiple of --gpus.") var globalBatch: String?
    @Option(help: "How many plans to print. Default: 5.") var top: String?
    @Option(help: "Fix tensor-parallel ways.") var tp: String?
    @Option(help: "Fix context-parallel ways (ring attention; 2·CP must divide --seq-len).") var cp: String?
    @Option(help: "Fix pipeline stages.") var pp: String?
    @Option(help: "Fix interleaved model chunks per stage.") var interleave: String?
    @Option(help: "Fix expert-parallel ways.") var ep: String?
    @Option(help: "Fix the micro-batch size in sequences.") var microbatch: String?
    @Option(help: "Fix activation recomputation: none, selective or full.") var recompute: String?
    @Option(help: "Fix the ZeRO stage, 0–3.") var zero: String?
    @Option(help: "Fix sequence parallelism: true or false.") var sequenceParallel: String?
    @Option(help: "Training precision: bf16 or fp8. Default: bf16.") var precision: String?
    @Option(help: "Fraction of data-parallel communication hidden behind the backward pass. Default: 0.") var dpOverlap: String?
    @Option(help: "Fused (Flash) attention kernel: true or false. Default: true.") var fusedAttention: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalog: CatalogOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("model", model); c.add("layers", layers); c.add("hidden", hidden); c.add("heads", heads)
        c.add("kv_heads", kvHeads); c.add("ffn", ffn); c.add("ffn_matrices", ffnMatrices); c.add("vocab", vocab)
        c.add("seq_len", seqLen); c.add("experts", experts); c.add("active_experts", activeExperts); c.add("gpu", gpu)
        c.add("gpus", gpus); c.add("global_batch", globalBatch); c.add("top", top); c.add("tp", tp); c.add("cp", cp); c.add("pp", pp)
        c.add("interleave", interleave); c.add("ep", ep); c.add("microbatch", microbatch); c.add("recompute", recompute)
        c.add("zero", zero); c.add("sequence_parallel", sequenceParallel); c.add("precision", precision)
        c.add("dp_overlap", dpOverlap); c.add("fused_attention", fusedAttention)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let resolved = try PlanRequest.resolve(try mergedFields(file: scenario, flags: flags()), catalog: try catalog.catalog())
            let start = Date()
            let result = try PlanRequest.search(resolved) { done, total in
                // Progress only on long searches (most finish in milliseconds).
                if Date().timeIntervalSince(start) > 1 {
                    FileHandle.standardError.write(Data("\rsearching: \(done)/\(total) (TP, CP, PP, EP) combinations".utf8))
                    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
                }
            }
            try output.emit(PlanReport.render(resolved, result, format: output.format))
        }
    }
}
