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
            per-component failure rates (default: llama3-observed, the 419
            interruptions of Llama 3 405B); the checkpoint (default: model
            state, 14 B per parameter) written at min(node link x nodes, file
            system); the optimal checkpoint interval (Daly 2006 or Young
            1974); Daly's expected wall time with restarts (detection,
            rescheduling, load, warm-up); K-of-N tolerance of failed
            data-parallel groups; and the goodput with its parts. Four curves:
            a monolithic model and its K-partition MoE (compute K·C(P/K)), each
            on a "baseline" and an "optimized" system (observed presets:
            in-memory checkpoints, hot spares, tolerate 5 of 100 groups).
            The paper's Fig. 7: --failures paper-2024 --checkpoint-basis
            gpu-memory (Table 3: 500 GB/s, 2 h restarts; optimized 2 TB/s,
            half the checkpoint).

            Examples:
              reckon scale
              reckon scale --failures paper-2024 --checkpoint-basis gpu-memory --svg fig7.svg
              reckon scale --failures rsc-a100-observed --points 25
              reckon scale --params 1T --gpus 50k --format json
              reckon scale --checkpoint-bandwidth 2TB/s --tolerate 3/100
              reckon scale --checkpoint-bytes-per-param 12 --interval young
            """)

    @Argument(help: ArgumentHelp("A scenario file (YAML or JSON) with the same keys as the flags.", valueName: "scenario-file"))
    var scenario: String?

    @Option(help: "Model ID from the catalog; its total parameters are used. Default: 1.8T (GPT-4 class).") var model: String?
    @Option(help: "Total parameters, e.g. 1.8T (overrides --model).") var params: String?
    @Option(help: "Sparsely activated partitions of the MoE curves. Default: 8.") var partitions: String?
    @Option(help: "GPU counts: 50k, a list 1k,4k,16k, or a log-spaced range 1k...100k. Default: 1k...100k.") var gpus: String?
    @Option(help: "Points of a --gpus range, log-spaced. Default: 13.") var points: String?
    @Option(help: "Failure preset: llama3-observed (default; 419 interruptions / 54 days / 16,384 H100), rsc-a100-observed, or paper-2024 (Table 3).") var failures: String?
    @Option(help: "Checkpoint interval rule: daly (default) or young.") var interval: String?
    @Option(help: "Amdahl reading of the 1% sequential fraction: none, dp100 (default), dpmem.") var amdahl: String?
    @Option(help: "GPU MTBF in hours. Default: 950000 (Table 3, A100 datasheet).") var gpuMtbfHours: String?
    @Option(help: "CPU MTBF in hours. Default: 1500000 (Table 3).") var cpuMtbfHours: String?
    @Option(help: "GPUs per CPU, for counting CPUs. Default: 4 (Table 3).") var gpusPerCpu: String?
    @Option(help: "GPU memory, checkpointed per GPU in the paper's reading. Default: 80 GB (Table 3).") var gpuMemory: String?
    @Option(help: "Sustained FLOP/s per GPU. Default: 150 TFLOP/s (Table 3, TF32 on A100); or from --gpu and --mfu.") var sustainedTflops: String?
    @Option(help: "Accelerator ID: sustained FLOP/s = its BF16 peak × MFU, and its memory is what gets checkpointed.") var gpu: String?
    @Option(help: "MFU with --gpu. Default: predicted by the plan model for --model (a catalog model with a shape) at 16,384 GPUs.") var mfu: String?
    @Option(help: "Exponent of parameters in C = 6·20·P^s. Default: 1.91 (Table 3).") var tokenScaling: String?
    @Option(help: "Tokens per parameter. Default: 20 (Table 3).") var tokensPerParam: String?
    @Option(help: "Training FLOP per parameter per token. Default: 6 (Table 3).") var flopPerToken: String?
    @Option(help: "Sequential fraction of the computation. Default: 0.01 (Table 3).") var sequentialFraction: String?
    @Option(help: "Tolerated failed data-parallel groups, K/N. Default: 5/100 (Table 3).") var tolerate: String?
    @Option(help: "Hours to repair one failed group. Default: 2 (Table 3 TTR_h).") var repairHours: String?
    @Option(help: "Hours lost per job restart. Default: detection + rescheduling + load + warm-up (~10 min); with paper-2024 the repair time, 2.") var restartHours: String?
    @Option(help: "Baseline checkpoint write bandwidth (file system). Default: 2 TB/s (Llama 3 Tectonic); 500 GB/s with paper-2024 (Table 3).") var checkpointBandwidth: String?
    @Option(help: "Fraction of GPU memory the baseline checkpoints. Default: 1.") var checkpointFraction: String?
    @Option(help: "Optimized checkpoint write bandwidth. Default: the baseline's; 2 TB/s with paper-2024 (Sec. 3.1).") var optimizedCheckpointBandwidth: String?
    @Option(help: "Fraction of the checkpoint the optimized system saves. Default: 1; 0.5 with paper-2024 (Sec. 3.1).") var optimizedCheckpointFraction: String?
    @Option(help: "What a checkpoint holds: model-state (default; weights + optimizer state) or gpu-memory (the paper's reading).") var checkpointBasis: String?
    @Option(help: "Bytes per parameter of a model-state checkpoint. Default: 14 (BF16 weights + fp32 Adam state).") var checkpointBytesPerParam: String?
    @Option(help: "Fraction of a checkpoint write that blocks training (asynchronous writes < 1). Default: 1.") var checkpointBlockingFraction: String?
    @Option(help: "Price per GPU-hour in USD. Default: 2.5 (Table 3).") var pricePerGpuHour: String?
    @Option(help: ArgumentHelp("Also write the chart (days vs GPUs, log–log) as SVG to FILE.", valueName: "FILE")) var svg: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var sampling: SamplingOptions
    @OptionGroup var catalog: CatalogOptions

    func flags() -> InputFields {
        var c = FieldCollector()
        c.add("model", model); c.add("params", params); c.add("partitions", partitions); c.add("gpus", gpus); c.add("points", points)
        c.add("failures", failures); c.add("interval", interval); c.add("amdahl", amdahl)
        c.add("gpu_mtbf_hours", gpuMtbfHours); c.add("cpu_mtbf_hours", cpuMtbfHours); c.add("gpus_per_cpu", gpusPerCpu)
        c.add("gpu_memory", gpuMemory); c.add("sustained_tflops", sustainedTflops); c.add("gpu", gpu); c.add("mfu", mfu); c.add("token_scaling", tokenScaling)
        c.add("tokens_per_param", tokensPerParam); c.add("flop_per_token", flopPerToken); c.add("sequential_fraction", sequentialFraction)
        c.add("tolerate", tolerate); c.add("repair_hours", repairHours); c.add("restart_hours", restartHours)
        c.add("checkpoint_bandwidth", checkpointBandwidth); c.add("checkpoint_fraction", checkpointFraction)
        c.add("optimized_checkpoint_bandwidth", optimizedCheckpointBandwidth); c.add("optimized_checkpoint_fraction", optimizedCheckpointFraction)
        c.add("checkpoint_basis", checkpointBasis); c.add("checkpoint_bytes_per_param", checkpointBytesPerParam)
        c.add("checkpoint_blocking_fraction", checkpointBlockingFraction); c.add("price_per_gpu_hour", pricePerGpuHour)
        return c.fields
    }

    func run() throws {
        try reportingUserErrors {
            let fields = try mergedFields(file: scenario, flags: flags())
            if sampling.wanted(fields, except: ["gpus"]) {
                let outcome = try ScaleUncertainty.run(fields, catalog: try catalog.catalog(), samples: sampling.samples, seed: sampling.seed,
                                                       sensitivity: sampling.sensitivity)
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
