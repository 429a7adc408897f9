// Generated from the field registry (Sources/ReckonInput/Registry) by FieldOptionsSource. Do not edit:
// after changing a field, run `RECKON_REGENERATE=1 swift test --filter GeneratedOptionsTests`.
import ArgumentParser
import ReckonInput

/// The fields of `reckon train`.
struct TrainFields: ParsableArguments {
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.train, "model"),
        completion: FieldHelp.completion(CommandInputs.train, "model")
    )
    var model: String?
    @Option(
        name: .customLong("tokens"),
        help: FieldHelp.help(CommandInputs.train, "tokens"),
        completion: FieldHelp.completion(CommandInputs.train, "tokens")
    )
    var tokens: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.train, "gpu"),
        completion: FieldHelp.completion(CommandInputs.train, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.train, "gpus"),
        completion: FieldHelp.completion(CommandInputs.train, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("mfu"),
        help: FieldHelp.help(CommandInputs.train, "mfu"),
        completion: FieldHelp.completion(CommandInputs.train, "mfu")
    )
    var mfu: String?
    @Option(
        name: .customLong("precision"),
        help: FieldHelp.help(CommandInputs.train, "precision"),
        completion: FieldHelp.completion(CommandInputs.train, "precision")
    )
    var precision: String?
    @Option(
        name: .customLong("price-per-hour"),
        help: FieldHelp.help(CommandInputs.train, "price_per_hour"),
        completion: FieldHelp.completion(CommandInputs.train, "price_per_hour")
    )
    var pricePerHour: String?
    @Option(
        name: .customLong("model-config"),
        help: FieldHelp.help(CommandInputs.train, "model_config"),
        completion: FieldHelp.completion(CommandInputs.train, "model_config")
    )
    var modelConfig: String?
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.train, "params"),
        completion: FieldHelp.completion(CommandInputs.train, "params")
    )
    var params: String?
    @Option(
        name: .customLong("active-params"),
        help: FieldHelp.help(CommandInputs.train, "active_params"),
        completion: FieldHelp.completion(CommandInputs.train, "active_params")
    )
    var activeParams: String?
    @Option(
        name: .customLong("tokens-per-param"),
        help: FieldHelp.help(CommandInputs.train, "tokens_per_param"),
        completion: FieldHelp.completion(CommandInputs.train, "tokens_per_param")
    )
    var tokensPerParam: String?
    @Option(
        name: .customLong("compute-budget"),
        help: FieldHelp.help(CommandInputs.train, "compute_budget"),
        completion: FieldHelp.completion(CommandInputs.train, "compute_budget")
    )
    var computeBudget: String?
    @Option(
        name: .customLong("fit"),
        help: FieldHelp.help(CommandInputs.train, "fit"),
        completion: FieldHelp.completion(CommandInputs.train, "fit")
    )
    var fit: String?
    @Option(
        name: .customLong("rule"),
        help: FieldHelp.help(CommandInputs.train, "rule"),
        completion: FieldHelp.completion(CommandInputs.train, "rule")
    )
    var rule: String?
    @Option(
        name: .customLong("partitions"),
        help: FieldHelp.help(CommandInputs.train, "partitions"),
        completion: FieldHelp.completion(CommandInputs.train, "partitions")
    )
    var partitions: String?
    @Flag(
        name: .customLong("attention"),
        help: FieldHelp.help(CommandInputs.train, "attention")
    )
    var attention = false
    @Option(
        name: .customLong("layers"),
        help: FieldHelp.help(CommandInputs.train, "layers"),
        completion: FieldHelp.completion(CommandInputs.train, "layers")
    )
    var layers: String?
    @Option(
        name: .customLong("hidden"),
        help: FieldHelp.help(CommandInputs.train, "hidden"),
        completion: FieldHelp.completion(CommandInputs.train, "hidden")
    )
    var hidden: String?
    @Option(
        name: .customLong("heads"),
        help: FieldHelp.help(CommandInputs.train, "heads"),
        completion: FieldHelp.completion(CommandInputs.train, "heads")
    )
    var heads: String?
    @Option(
        name: .customLong("seq-len"),
        help: FieldHelp.help(CommandInputs.train, "seq_len"),
        completion: FieldHelp.completion(CommandInputs.train, "seq_len")
    )
    var seqLen: String?
    @Option(
        name: .customLong("experts"),
        help: FieldHelp.help(CommandInputs.train, "experts"),
        completion: FieldHelp.completion(CommandInputs.train, "experts")
    )
    var experts: String?
    @Option(
        name: .customLong("active-experts"),
        help: FieldHelp.help(CommandInputs.train, "active_experts"),
        completion: FieldHelp.completion(CommandInputs.train, "active_experts")
    )
    var activeExperts: String?
    @Option(
        name: .customLong("shared-experts"),
        help: FieldHelp.help(CommandInputs.train, "shared_experts"),
        completion: FieldHelp.completion(CommandInputs.train, "shared_experts")
    )
    var sharedExperts: String?
    @Option(
        name: .customLong("shared-expert-ffn"),
        help: FieldHelp.help(CommandInputs.train, "shared_expert_ffn"),
        completion: FieldHelp.completion(CommandInputs.train, "shared_expert_ffn")
    )
    var sharedExpertFfn: String?
    @Option(
        name: .customLong("dense-layers"),
        help: FieldHelp.help(CommandInputs.train, "dense_layers"),
        completion: FieldHelp.completion(CommandInputs.train, "dense_layers")
    )
    var denseLayers: String?
    @Option(
        name: .customLong("dense-ffn"),
        help: FieldHelp.help(CommandInputs.train, "dense_ffn"),
        completion: FieldHelp.completion(CommandInputs.train, "dense_ffn")
    )
    var denseFfn: String?
    @Option(
        name: .customLong("moe-layer-stride"),
        help: FieldHelp.help(CommandInputs.train, "moe_layer_stride"),
        completion: FieldHelp.completion(CommandInputs.train, "moe_layer_stride")
    )
    var moeLayerStride: String?
    @Option(
        name: .customLong("capacity-factor"),
        help: FieldHelp.help(CommandInputs.train, "capacity_factor"),
        completion: FieldHelp.completion(CommandInputs.train, "capacity_factor")
    )
    var capacityFactor: String?
    @Option(
        name: .customLong("node-limit"),
        help: FieldHelp.help(CommandInputs.train, "node_limit"),
        completion: FieldHelp.completion(CommandInputs.train, "node_limit")
    )
    var nodeLimit: String?
    @Option(
        name: .customLong("head-dim"),
        help: FieldHelp.help(CommandInputs.train, "head_dim"),
        completion: FieldHelp.completion(CommandInputs.train, "head_dim")
    )
    var headDim: String?
    @Option(
        name: .customLong("q-rank"),
        help: FieldHelp.help(CommandInputs.train, "q_rank"),
        completion: FieldHelp.completion(CommandInputs.train, "q_rank")
    )
    var qRank: String?
    @Option(
        name: .customLong("kv-rank"),
        help: FieldHelp.help(CommandInputs.train, "kv_rank"),
        completion: FieldHelp.completion(CommandInputs.train, "kv_rank")
    )
    var kvRank: String?
    @Option(
        name: .customLong("rope-dim"),
        help: FieldHelp.help(CommandInputs.train, "rope_dim"),
        completion: FieldHelp.completion(CommandInputs.train, "rope_dim")
    )
    var ropeDim: String?
    @Option(
        name: .customLong("nope-dim"),
        help: FieldHelp.help(CommandInputs.train, "nope_dim"),
        completion: FieldHelp.completion(CommandInputs.train, "nope_dim")
    )
    var nopeDim: String?
    @Option(
        name: .customLong("v-head-dim"),
        help: FieldHelp.help(CommandInputs.train, "v_head_dim"),
        completion: FieldHelp.completion(CommandInputs.train, "v_head_dim")
    )
    var vHeadDim: String?
    @Option(
        name: .customLong("mtp"),
        help: FieldHelp.help(CommandInputs.train, "mtp"),
        completion: FieldHelp.completion(CommandInputs.train, "mtp")
    )
    var mtp: String?
    @Option(
        name: .customLong("framework"),
        help: FieldHelp.help(CommandInputs.train, "framework"),
        completion: FieldHelp.completion(CommandInputs.train, "framework")
    )
    var framework: String?
    @Flag(
        name: .customLong("price-range"),
        help: FieldHelp.help(CommandInputs.train, "price_range")
    )
    var priceRange = false
    @Option(
        name: .customLong("purchase-price"),
        help: FieldHelp.help(CommandInputs.train, "purchase_price"),
        completion: FieldHelp.completion(CommandInputs.train, "purchase_price")
    )
    var purchasePrice: String?
    @Option(
        name: .customLong("amortization-years"),
        help: FieldHelp.help(CommandInputs.train, "amortization_years"),
        completion: FieldHelp.completion(CommandInputs.train, "amortization_years")
    )
    var amortizationYears: String?
    @Option(
        name: .customLong("pue"),
        help: FieldHelp.help(CommandInputs.train, "pue"),
        completion: FieldHelp.completion(CommandInputs.train, "pue")
    )
    var pue: String?
    @Option(
        name: .customLong("electricity-price"),
        help: FieldHelp.help(CommandInputs.train, "electricity_price"),
        completion: FieldHelp.completion(CommandInputs.train, "electricity_price")
    )
    var electricityPrice: String?
    @Option(
        name: .customLong("grid-intensity"),
        help: FieldHelp.help(CommandInputs.train, "grid_intensity"),
        completion: FieldHelp.completion(CommandInputs.train, "grid_intensity")
    )
    var gridIntensity: String?
    @Option(
        name: .customLong("power-fraction"),
        help: FieldHelp.help(CommandInputs.train, "power_fraction"),
        completion: FieldHelp.completion(CommandInputs.train, "power_fraction")
    )
    var powerFraction: String?
    @Option(
        name: .customLong("failures"),
        help: FieldHelp.help(CommandInputs.train, "failures"),
        completion: FieldHelp.completion(CommandInputs.train, "failures")
    )
    var failures: String?
    @Option(
        name: .customLong("optimizer"),
        help: FieldHelp.help(CommandInputs.train, "optimizer"),
        completion: FieldHelp.completion(CommandInputs.train, "optimizer")
    )
    var optimizer: String?
    @Option(
        name: .customLong("straggler-slowdown"),
        help: FieldHelp.help(CommandInputs.train, "straggler_slowdown"),
        completion: FieldHelp.completion(CommandInputs.train, "straggler_slowdown")
    )
    var stragglerSlowdown: String?
    @Flag(
        name: .customLong("no-failures"),
        help: FieldHelp.help(CommandInputs.train, "no_failures")
    )
    var noFailures = false

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("model", model)
        c.add("tokens", tokens)
        c.add("gpu", gpu)
        c.add("gpus", gpus)
        c.add("mfu", mfu)
        c.add("precision", precision)
        c.add("price_per_hour", pricePerHour)
        c.add("model_config", modelConfig)
        c.add("params", params)
        c.add("active_params", activeParams)
        c.add("tokens_per_param", tokensPerParam)
        c.add("compute_budget", computeBudget)
        c.add("fit", fit)
        c.add("rule", rule)
        c.add("partitions", partitions)
        c.add("attention", flag: attention)
        c.add("layers", layers)
        c.add("hidden", hidden)
        c.add("heads", heads)
        c.add("seq_len", seqLen)
        c.add("experts", experts)
        c.add("active_experts", activeExperts)
        c.add("shared_experts", sharedExperts)
        c.add("shared_expert_ffn", sharedExpertFfn)
        c.add("dense_layers", denseLayers)
        c.add("dense_ffn", denseFfn)
        c.add("moe_layer_stride", moeLayerStride)
        c.add("capacity_factor", capacityFactor)
        c.add("node_limit", nodeLimit)
        c.add("head_dim", headDim)
        c.add("q_rank", qRank)
        c.add("kv_rank", kvRank)
        c.add("rope_dim", ropeDim)
        c.add("nope_dim", nopeDim)
        c.add("v_head_dim", vHeadDim)
        c.add("mtp", mtp)
        c.add("framework", framework)
        c.add("price_range", flag: priceRange)
        c.add("purchase_price", purchasePrice)
        c.add("amortization_years", amortizationYears)
        c.add("pue", pue)
        c.add("electricity_price", electricityPrice)
        c.add("grid_intensity", gridIntensity)
        c.add("power_fraction", powerFraction)
        c.add("failures", failures)
        c.add("optimizer", optimizer)
        c.add("straggler_slowdown", stragglerSlowdown)
        c.add("no_failures", flag: noFailures)
        return c.fields
    }
}

/// The fields of `reckon scale`.
struct ScaleFields: ParsableArguments {
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.scale, "model"),
        completion: FieldHelp.completion(CommandInputs.scale, "model")
    )
    var model: String?
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.scale, "params"),
        completion: FieldHelp.completion(CommandInputs.scale, "params")
    )
    var params: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.scale, "gpus"),
        completion: FieldHelp.completion(CommandInputs.scale, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("points"),
        help: FieldHelp.help(CommandInputs.scale, "points"),
        completion: FieldHelp.completion(CommandInputs.scale, "points")
    )
    var points: String?
    @Option(
        name: .customLong("failures"),
        help: FieldHelp.help(CommandInputs.scale, "failures"),
        completion: FieldHelp.completion(CommandInputs.scale, "failures")
    )
    var failures: String?
    @Option(
        name: .customLong("partitions"),
        help: FieldHelp.help(CommandInputs.scale, "partitions"),
        completion: FieldHelp.completion(CommandInputs.scale, "partitions")
    )
    var partitions: String?
    @Flag(
        name: .customLong("moe-flop-only"),
        help: FieldHelp.help(CommandInputs.scale, "moe_flop_only")
    )
    var moeFlopOnly = false
    @Option(
        name: .customLong("interval"),
        help: FieldHelp.help(CommandInputs.scale, "interval"),
        completion: FieldHelp.completion(CommandInputs.scale, "interval")
    )
    var interval: String?
    @Option(
        name: .customLong("amdahl"),
        help: FieldHelp.help(CommandInputs.scale, "amdahl"),
        completion: FieldHelp.completion(CommandInputs.scale, "amdahl")
    )
    var amdahl: String?
    @Option(
        name: .customLong("gpu-mtbf-hours"),
        help: FieldHelp.help(CommandInputs.scale, "gpu_mtbf_hours"),
        completion: FieldHelp.completion(CommandInputs.scale, "gpu_mtbf_hours")
    )
    var gpuMtbfHours: String?
    @Option(
        name: .customLong("cpu-mtbf-hours"),
        help: FieldHelp.help(CommandInputs.scale, "cpu_mtbf_hours"),
        completion: FieldHelp.completion(CommandInputs.scale, "cpu_mtbf_hours")
    )
    var cpuMtbfHours: String?
    @Option(
        name: .customLong("gpus-per-cpu"),
        help: FieldHelp.help(CommandInputs.scale, "gpus_per_cpu"),
        completion: FieldHelp.completion(CommandInputs.scale, "gpus_per_cpu")
    )
    var gpusPerCpu: String?
    @Option(
        name: .customLong("gpu-memory"),
        help: FieldHelp.help(CommandInputs.scale, "gpu_memory"),
        completion: FieldHelp.completion(CommandInputs.scale, "gpu_memory")
    )
    var gpuMemory: String?
    @Option(
        name: .customLong("sustained-tflops"),
        help: FieldHelp.help(CommandInputs.scale, "sustained_tflops"),
        completion: FieldHelp.completion(CommandInputs.scale, "sustained_tflops")
    )
    var sustainedTflops: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.scale, "gpu"),
        completion: FieldHelp.completion(CommandInputs.scale, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("mfu"),
        help: FieldHelp.help(CommandInputs.scale, "mfu"),
        completion: FieldHelp.completion(CommandInputs.scale, "mfu")
    )
    var mfu: String?
    @Option(
        name: .customLong("token-scaling"),
        help: FieldHelp.help(CommandInputs.scale, "token_scaling"),
        completion: FieldHelp.completion(CommandInputs.scale, "token_scaling")
    )
    var tokenScaling: String?
    @Option(
        name: .customLong("tokens-per-param"),
        help: FieldHelp.help(CommandInputs.scale, "tokens_per_param"),
        completion: FieldHelp.completion(CommandInputs.scale, "tokens_per_param")
    )
    var tokensPerParam: String?
    @Option(
        name: .customLong("flop-per-token"),
        help: FieldHelp.help(CommandInputs.scale, "flop_per_token"),
        completion: FieldHelp.completion(CommandInputs.scale, "flop_per_token")
    )
    var flopPerToken: String?
    @Option(
        name: .customLong("sequential-fraction"),
        help: FieldHelp.help(CommandInputs.scale, "sequential_fraction"),
        completion: FieldHelp.completion(CommandInputs.scale, "sequential_fraction")
    )
    var sequentialFraction: String?
    @Option(
        name: .customLong("tolerate"),
        help: FieldHelp.help(CommandInputs.scale, "tolerate"),
        completion: FieldHelp.completion(CommandInputs.scale, "tolerate")
    )
    var tolerate: String?
    @Option(
        name: .customLong("repair-hours"),
        help: FieldHelp.help(CommandInputs.scale, "repair_hours"),
        completion: FieldHelp.completion(CommandInputs.scale, "repair_hours")
    )
    var repairHours: String?
    @Option(
        name: .customLong("restart-hours"),
        help: FieldHelp.help(CommandInputs.scale, "restart_hours"),
        completion: FieldHelp.completion(CommandInputs.scale, "restart_hours")
    )
    var restartHours: String?
    @Option(
        name: .customLong("checkpoint-bandwidth"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_bandwidth"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_bandwidth")
    )
    var checkpointBandwidth: String?
    @Option(
        name: .customLong("checkpoint-fraction"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_fraction"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_fraction")
    )
    var checkpointFraction: String?
    @Option(
        name: .customLong("optimized-checkpoint-bandwidth"),
        help: FieldHelp.help(CommandInputs.scale, "optimized_checkpoint_bandwidth"),
        completion: FieldHelp.completion(CommandInputs.scale, "optimized_checkpoint_bandwidth")
    )
    var optimizedCheckpointBandwidth: String?
    @Option(
        name: .customLong("optimized-checkpoint-fraction"),
        help: FieldHelp.help(CommandInputs.scale, "optimized_checkpoint_fraction"),
        completion: FieldHelp.completion(CommandInputs.scale, "optimized_checkpoint_fraction")
    )
    var optimizedCheckpointFraction: String?
    @Option(
        name: .customLong("checkpoint-basis"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_basis"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_basis")
    )
    var checkpointBasis: String?
    @Option(
        name: .customLong("checkpoint-bytes-per-param"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_bytes_per_param"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_bytes_per_param")
    )
    var checkpointBytesPerParam: String?
    @Option(
        name: .customLong("checkpoint-blocking-fraction"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_blocking_fraction"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_blocking_fraction")
    )
    var checkpointBlockingFraction: String?
    @Option(
        name: .customLong("node-storage-bandwidth"),
        help: FieldHelp.help(CommandInputs.scale, "node_storage_bandwidth"),
        completion: FieldHelp.completion(CommandInputs.scale, "node_storage_bandwidth")
    )
    var nodeStorageBandwidth: String?
    @Option(
        name: .customLong("checkpoint-strategy"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_strategy"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_strategy")
    )
    var checkpointStrategy: String?
    @Option(
        name: .customLong("optimized-checkpoint-strategy"),
        help: FieldHelp.help(CommandInputs.scale, "optimized_checkpoint_strategy"),
        completion: FieldHelp.completion(CommandInputs.scale, "optimized_checkpoint_strategy")
    )
    var optimizedCheckpointStrategy: String?
    @Option(
        name: .customLong("checkpoint-replicas"),
        help: FieldHelp.help(CommandInputs.scale, "checkpoint_replicas"),
        completion: FieldHelp.completion(CommandInputs.scale, "checkpoint_replicas")
    )
    var checkpointReplicas: String?
    @Option(
        name: .customLong("snapshot-bandwidth"),
        help: FieldHelp.help(CommandInputs.scale, "snapshot_bandwidth"),
        completion: FieldHelp.completion(CommandInputs.scale, "snapshot_bandwidth")
    )
    var snapshotBandwidth: String?
    @Option(
        name: .customLong("hot-spares"),
        help: FieldHelp.help(CommandInputs.scale, "hot_spares"),
        completion: FieldHelp.completion(CommandInputs.scale, "hot_spares")
    )
    var hotSpares: String?
    @Option(
        name: .customLong("hang-share"),
        help: FieldHelp.help(CommandInputs.scale, "hang_share"),
        completion: FieldHelp.completion(CommandInputs.scale, "hang_share")
    )
    var hangShare: String?
    @Option(
        name: .customLong("hang-timeout-minutes"),
        help: FieldHelp.help(CommandInputs.scale, "hang_timeout_minutes"),
        completion: FieldHelp.completion(CommandInputs.scale, "hang_timeout_minutes")
    )
    var hangTimeoutMinutes: String?
    @Option(
        name: .customLong("reschedule-minutes"),
        help: FieldHelp.help(CommandInputs.scale, "reschedule_minutes"),
        completion: FieldHelp.completion(CommandInputs.scale, "reschedule_minutes")
    )
    var rescheduleMinutes: String?
    @Option(
        name: .customLong("warmup-minutes"),
        help: FieldHelp.help(CommandInputs.scale, "warmup_minutes"),
        completion: FieldHelp.completion(CommandInputs.scale, "warmup_minutes")
    )
    var warmupMinutes: String?
    @Option(
        name: .customLong("straggler-slowdown"),
        help: FieldHelp.help(CommandInputs.scale, "straggler_slowdown"),
        completion: FieldHelp.completion(CommandInputs.scale, "straggler_slowdown")
    )
    var stragglerSlowdown: String?
    @Option(
        name: .customLong("price-per-gpu-hour"),
        help: FieldHelp.help(CommandInputs.scale, "price_per_gpu_hour"),
        completion: FieldHelp.completion(CommandInputs.scale, "price_per_gpu_hour")
    )
    var pricePerGpuHour: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("model", model)
        c.add("params", params)
        c.add("gpus", gpus)
        c.add("points", points)
        c.add("failures", failures)
        c.add("partitions", partitions)
        c.add("moe_flop_only", flag: moeFlopOnly)
        c.add("interval", interval)
        c.add("amdahl", amdahl)
        c.add("gpu_mtbf_hours", gpuMtbfHours)
        c.add("cpu_mtbf_hours", cpuMtbfHours)
        c.add("gpus_per_cpu", gpusPerCpu)
        c.add("gpu_memory", gpuMemory)
        c.add("sustained_tflops", sustainedTflops)
        c.add("gpu", gpu)
        c.add("mfu", mfu)
        c.add("token_scaling", tokenScaling)
        c.add("tokens_per_param", tokensPerParam)
        c.add("flop_per_token", flopPerToken)
        c.add("sequential_fraction", sequentialFraction)
        c.add("tolerate", tolerate)
        c.add("repair_hours", repairHours)
        c.add("restart_hours", restartHours)
        c.add("checkpoint_bandwidth", checkpointBandwidth)
        c.add("checkpoint_fraction", checkpointFraction)
        c.add("optimized_checkpoint_bandwidth", optimizedCheckpointBandwidth)
        c.add("optimized_checkpoint_fraction", optimizedCheckpointFraction)
        c.add("checkpoint_basis", checkpointBasis)
        c.add("checkpoint_bytes_per_param", checkpointBytesPerParam)
        c.add("checkpoint_blocking_fraction", checkpointBlockingFraction)
        c.add("node_storage_bandwidth", nodeStorageBandwidth)
        c.add("checkpoint_strategy", checkpointStrategy)
        c.add("optimized_checkpoint_strategy", optimizedCheckpointStrategy)
        c.add("checkpoint_replicas", checkpointReplicas)
        c.add("snapshot_bandwidth", snapshotBandwidth)
        c.add("hot_spares", hotSpares)
        c.add("hang_share", hangShare)
        c.add("hang_timeout_minutes", hangTimeoutMinutes)
        c.add("reschedule_minutes", rescheduleMinutes)
        c.add("warmup_minutes", warmupMinutes)
        c.add("straggler_slowdown", stragglerSlowdown)
        c.add("price_per_gpu_hour", pricePerGpuHour)
        return c.fields
    }
}

/// The fields of `reckon plan`.
struct PlanFields: ParsableArguments {
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.plan, "model"),
        completion: FieldHelp.completion(CommandInputs.plan, "model")
    )
    var model: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.plan, "gpu"),
        completion: FieldHelp.completion(CommandInputs.plan, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.plan, "gpus"),
        completion: FieldHelp.completion(CommandInputs.plan, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("global-batch"),
        help: FieldHelp.help(CommandInputs.plan, "global_batch"),
        completion: FieldHelp.completion(CommandInputs.plan, "global_batch")
    )
    var globalBatch: String?
    @Option(
        name: .customLong("precision"),
        help: FieldHelp.help(CommandInputs.plan, "precision"),
        completion: FieldHelp.completion(CommandInputs.plan, "precision")
    )
    var precision: String?
    @Option(
        name: .customLong("framework"),
        help: FieldHelp.help(CommandInputs.plan, "framework"),
        completion: FieldHelp.completion(CommandInputs.plan, "framework")
    )
    var framework: String?
    @Option(
        name: .customLong("model-config"),
        help: FieldHelp.help(CommandInputs.plan, "model_config"),
        completion: FieldHelp.completion(CommandInputs.plan, "model_config")
    )
    var modelConfig: String?
    @Option(
        name: .customLong("layers"),
        help: FieldHelp.help(CommandInputs.plan, "layers"),
        completion: FieldHelp.completion(CommandInputs.plan, "layers")
    )
    var layers: String?
    @Option(
        name: .customLong("hidden"),
        help: FieldHelp.help(CommandInputs.plan, "hidden"),
        completion: FieldHelp.completion(CommandInputs.plan, "hidden")
    )
    var hidden: String?
    @Option(
        name: .customLong("heads"),
        help: FieldHelp.help(CommandInputs.plan, "heads"),
        completion: FieldHelp.completion(CommandInputs.plan, "heads")
    )
    var heads: String?
    @Option(
        name: .customLong("kv-heads"),
        help: FieldHelp.help(CommandInputs.plan, "kv_heads"),
        completion: FieldHelp.completion(CommandInputs.plan, "kv_heads")
    )
    var kvHeads: String?
    @Option(
        name: .customLong("ffn"),
        help: FieldHelp.help(CommandInputs.plan, "ffn"),
        completion: FieldHelp.completion(CommandInputs.plan, "ffn")
    )
    var ffn: String?
    @Option(
        name: .customLong("ffn-matrices"),
        help: FieldHelp.help(CommandInputs.plan, "ffn_matrices"),
        completion: FieldHelp.completion(CommandInputs.plan, "ffn_matrices")
    )
    var ffnMatrices: String?
    @Option(
        name: .customLong("vocab"),
        help: FieldHelp.help(CommandInputs.plan, "vocab"),
        completion: FieldHelp.completion(CommandInputs.plan, "vocab")
    )
    var vocab: String?
    @Option(
        name: .customLong("seq-len"),
        help: FieldHelp.help(CommandInputs.plan, "seq_len"),
        completion: FieldHelp.completion(CommandInputs.plan, "seq_len")
    )
    var seqLen: String?
    @Option(
        name: .customLong("experts"),
        help: FieldHelp.help(CommandInputs.plan, "experts"),
        completion: FieldHelp.completion(CommandInputs.plan, "experts")
    )
    var experts: String?
    @Option(
        name: .customLong("active-experts"),
        help: FieldHelp.help(CommandInputs.plan, "active_experts"),
        completion: FieldHelp.completion(CommandInputs.plan, "active_experts")
    )
    var activeExperts: String?
    @Option(
        name: .customLong("shared-experts"),
        help: FieldHelp.help(CommandInputs.plan, "shared_experts"),
        completion: FieldHelp.completion(CommandInputs.plan, "shared_experts")
    )
    var sharedExperts: String?
    @Option(
        name: .customLong("shared-expert-ffn"),
        help: FieldHelp.help(CommandInputs.plan, "shared_expert_ffn"),
        completion: FieldHelp.completion(CommandInputs.plan, "shared_expert_ffn")
    )
    var sharedExpertFfn: String?
    @Option(
        name: .customLong("dense-layers"),
        help: FieldHelp.help(CommandInputs.plan, "dense_layers"),
        completion: FieldHelp.completion(CommandInputs.plan, "dense_layers")
    )
    var denseLayers: String?
    @Option(
        name: .customLong("dense-ffn"),
        help: FieldHelp.help(CommandInputs.plan, "dense_ffn"),
        completion: FieldHelp.completion(CommandInputs.plan, "dense_ffn")
    )
    var denseFfn: String?
    @Option(
        name: .customLong("moe-layer-stride"),
        help: FieldHelp.help(CommandInputs.plan, "moe_layer_stride"),
        completion: FieldHelp.completion(CommandInputs.plan, "moe_layer_stride")
    )
    var moeLayerStride: String?
    @Option(
        name: .customLong("capacity-factor"),
        help: FieldHelp.help(CommandInputs.plan, "capacity_factor"),
        completion: FieldHelp.completion(CommandInputs.plan, "capacity_factor")
    )
    var capacityFactor: String?
    @Option(
        name: .customLong("node-limit"),
        help: FieldHelp.help(CommandInputs.plan, "node_limit"),
        completion: FieldHelp.completion(CommandInputs.plan, "node_limit")
    )
    var nodeLimit: String?
    @Option(
        name: .customLong("head-dim"),
        help: FieldHelp.help(CommandInputs.plan, "head_dim"),
        completion: FieldHelp.completion(CommandInputs.plan, "head_dim")
    )
    var headDim: String?
    @Option(
        name: .customLong("q-rank"),
        help: FieldHelp.help(CommandInputs.plan, "q_rank"),
        completion: FieldHelp.completion(CommandInputs.plan, "q_rank")
    )
    var qRank: String?
    @Option(
        name: .customLong("kv-rank"),
        help: FieldHelp.help(CommandInputs.plan, "kv_rank"),
        completion: FieldHelp.completion(CommandInputs.plan, "kv_rank")
    )
    var kvRank: String?
    @Option(
        name: .customLong("rope-dim"),
        help: FieldHelp.help(CommandInputs.plan, "rope_dim"),
        completion: FieldHelp.completion(CommandInputs.plan, "rope_dim")
    )
    var ropeDim: String?
    @Option(
        name: .customLong("nope-dim"),
        help: FieldHelp.help(CommandInputs.plan, "nope_dim"),
        completion: FieldHelp.completion(CommandInputs.plan, "nope_dim")
    )
    var nopeDim: String?
    @Option(
        name: .customLong("v-head-dim"),
        help: FieldHelp.help(CommandInputs.plan, "v_head_dim"),
        completion: FieldHelp.completion(CommandInputs.plan, "v_head_dim")
    )
    var vHeadDim: String?
    @Option(
        name: .customLong("mtp"),
        help: FieldHelp.help(CommandInputs.plan, "mtp"),
        completion: FieldHelp.completion(CommandInputs.plan, "mtp")
    )
    var mtp: String?
    @Option(
        name: .customLong("top"),
        help: FieldHelp.help(CommandInputs.plan, "top"),
        completion: FieldHelp.completion(CommandInputs.plan, "top")
    )
    var top: String?
    @Option(
        name: .customLong("tp"),
        help: FieldHelp.help(CommandInputs.plan, "tp"),
        completion: FieldHelp.completion(CommandInputs.plan, "tp")
    )
    var tp: String?
    @Option(
        name: .customLong("cp"),
        help: FieldHelp.help(CommandInputs.plan, "cp"),
        completion: FieldHelp.completion(CommandInputs.plan, "cp")
    )
    var cp: String?
    @Option(
        name: .customLong("pp"),
        help: FieldHelp.help(CommandInputs.plan, "pp"),
        completion: FieldHelp.completion(CommandInputs.plan, "pp")
    )
    var pp: String?
    @Option(
        name: .customLong("interleave"),
        help: FieldHelp.help(CommandInputs.plan, "interleave"),
        completion: FieldHelp.completion(CommandInputs.plan, "interleave")
    )
    var interleave: String?
    @Option(
        name: .customLong("ep"),
        help: FieldHelp.help(CommandInputs.plan, "ep"),
        completion: FieldHelp.completion(CommandInputs.plan, "ep")
    )
    var ep: String?
    @Option(
        name: .customLong("microbatch"),
        help: FieldHelp.help(CommandInputs.plan, "microbatch"),
        completion: FieldHelp.completion(CommandInputs.plan, "microbatch")
    )
    var microbatch: String?
    @Option(
        name: .customLong("recompute"),
        help: FieldHelp.help(CommandInputs.plan, "recompute"),
        completion: FieldHelp.completion(CommandInputs.plan, "recompute")
    )
    var recompute: String?
    @Option(
        name: .customLong("zero"),
        help: FieldHelp.help(CommandInputs.plan, "zero"),
        completion: FieldHelp.completion(CommandInputs.plan, "zero")
    )
    var zero: String?
    @Option(
        name: .customLong("sequence-parallel"),
        help: FieldHelp.help(CommandInputs.plan, "sequence_parallel"),
        completion: FieldHelp.completion(CommandInputs.plan, "sequence_parallel")
    )
    var sequenceParallel: String?
    @Option(
        name: .customLong("recompute-layers"),
        help: FieldHelp.help(CommandInputs.plan, "recompute_layers"),
        completion: FieldHelp.completion(CommandInputs.plan, "recompute_layers")
    )
    var recomputeLayers: String?
    @Option(
        name: .customLong("dp-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "dp_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "dp_overlap")
    )
    var dpOverlap: String?
    @Option(
        name: .customLong("tp-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "tp_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "tp_overlap")
    )
    var tpOverlap: String?
    @Option(
        name: .customLong("param-gather-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "param_gather_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "param_gather_overlap")
    )
    var paramGatherOverlap: String?
    @Option(
        name: .customLong("pp-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "pp_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "pp_overlap")
    )
    var ppOverlap: String?
    @Option(
        name: .customLong("a2a-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "a2a_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "a2a_overlap")
    )
    var a2aOverlap: String?
    @Option(
        name: .customLong("fused-attention"),
        help: FieldHelp.help(CommandInputs.plan, "fused_attention"),
        completion: FieldHelp.completion(CommandInputs.plan, "fused_attention")
    )
    var fusedAttention: String?
    @Option(
        name: .customLong("etp"),
        help: FieldHelp.help(CommandInputs.plan, "etp"),
        completion: FieldHelp.completion(CommandInputs.plan, "etp")
    )
    var etp: String?
    @Option(
        name: .customLong("expert-overlap"),
        help: FieldHelp.help(CommandInputs.plan, "expert_overlap"),
        completion: FieldHelp.completion(CommandInputs.plan, "expert_overlap")
    )
    var expertOverlap: String?
    @Option(
        name: .customLong("expert-imbalance"),
        help: FieldHelp.help(CommandInputs.plan, "expert_imbalance"),
        completion: FieldHelp.completion(CommandInputs.plan, "expert_imbalance")
    )
    var expertImbalance: String?
    @Option(
        name: .customLong("fp8-recipe"),
        help: FieldHelp.help(CommandInputs.plan, "fp8_recipe"),
        completion: FieldHelp.completion(CommandInputs.plan, "fp8_recipe")
    )
    var fp8Recipe: String?
    @Option(
        name: .customLong("fp8-param-gather"),
        help: FieldHelp.help(CommandInputs.plan, "fp8_param_gather"),
        completion: FieldHelp.completion(CommandInputs.plan, "fp8_param_gather")
    )
    var fp8ParamGather: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("model", model)
        c.add("gpu", gpu)
        c.add("gpus", gpus)
        c.add("global_batch", globalBatch)
        c.add("precision", precision)
        c.add("framework", framework)
        c.add("model_config", modelConfig)
        c.add("layers", layers)
        c.add("hidden", hidden)
        c.add("heads", heads)
        c.add("kv_heads", kvHeads)
        c.add("ffn", ffn)
        c.add("ffn_matrices", ffnMatrices)
        c.add("vocab", vocab)
        c.add("seq_len", seqLen)
        c.add("experts", experts)
        c.add("active_experts", activeExperts)
        c.add("shared_experts", sharedExperts)
        c.add("shared_expert_ffn", sharedExpertFfn)
        c.add("dense_layers", denseLayers)
        c.add("dense_ffn", denseFfn)
        c.add("moe_layer_stride", moeLayerStride)
        c.add("capacity_factor", capacityFactor)
        c.add("node_limit", nodeLimit)
        c.add("head_dim", headDim)
        c.add("q_rank", qRank)
        c.add("kv_rank", kvRank)
        c.add("rope_dim", ropeDim)
        c.add("nope_dim", nopeDim)
        c.add("v_head_dim", vHeadDim)
        c.add("mtp", mtp)
        c.add("top", top)
        c.add("tp", tp)
        c.add("cp", cp)
        c.add("pp", pp)
        c.add("interleave", interleave)
        c.add("ep", ep)
        c.add("microbatch", microbatch)
        c.add("recompute", recompute)
        c.add("zero", zero)
        c.add("sequence_parallel", sequenceParallel)
        c.add("recompute_layers", recomputeLayers)
        c.add("dp_overlap", dpOverlap)
        c.add("tp_overlap", tpOverlap)
        c.add("param_gather_overlap", paramGatherOverlap)
        c.add("pp_overlap", ppOverlap)
        c.add("a2a_overlap", a2aOverlap)
        c.add("fused_attention", fusedAttention)
        c.add("etp", etp)
        c.add("expert_overlap", expertOverlap)
        c.add("expert_imbalance", expertImbalance)
        c.add("fp8_recipe", fp8Recipe)
        c.add("fp8_param_gather", fp8ParamGather)
        return c.fields
    }
}

/// The fields of `reckon choose`.
struct ChooseFields: ParsableArguments {
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.choose, "model"),
        completion: FieldHelp.completion(CommandInputs.choose, "model")
    )
    var model: String?
    @Option(
        name: .customLong("tokens"),
        help: FieldHelp.help(CommandInputs.choose, "tokens"),
        completion: FieldHelp.completion(CommandInputs.choose, "tokens")
    )
    var tokens: String?
    @Option(
        name: .customLong("deadline"),
        help: FieldHelp.help(CommandInputs.choose, "deadline"),
        completion: FieldHelp.completion(CommandInputs.choose, "deadline")
    )
    var deadline: String?
    @Option(
        name: .customLong("budget"),
        help: FieldHelp.help(CommandInputs.choose, "budget"),
        completion: FieldHelp.completion(CommandInputs.choose, "budget")
    )
    var budget: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.choose, "gpu"),
        completion: FieldHelp.completion(CommandInputs.choose, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.choose, "gpus"),
        completion: FieldHelp.completion(CommandInputs.choose, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("price"),
        help: FieldHelp.help(CommandInputs.choose, "price"),
        completion: FieldHelp.completion(CommandInputs.choose, "price")
    )
    var price: String?
    @Option(
        name: .customLong("framework"),
        help: FieldHelp.help(CommandInputs.choose, "framework"),
        completion: FieldHelp.completion(CommandInputs.choose, "framework")
    )
    var framework: String?
    @Option(
        name: .customLong("model-config"),
        help: FieldHelp.help(CommandInputs.choose, "model_config"),
        completion: FieldHelp.completion(CommandInputs.choose, "model_config")
    )
    var modelConfig: String?
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.choose, "params"),
        completion: FieldHelp.completion(CommandInputs.choose, "params")
    )
    var params: String?
    @Option(
        name: .customLong("active-params"),
        help: FieldHelp.help(CommandInputs.choose, "active_params"),
        completion: FieldHelp.completion(CommandInputs.choose, "active_params")
    )
    var activeParams: String?
    @Option(
        name: .customLong("tokens-per-param"),
        help: FieldHelp.help(CommandInputs.choose, "tokens_per_param"),
        completion: FieldHelp.completion(CommandInputs.choose, "tokens_per_param")
    )
    var tokensPerParam: String?
    @Option(
        name: .customLong("layers"),
        help: FieldHelp.help(CommandInputs.choose, "layers"),
        completion: FieldHelp.completion(CommandInputs.choose, "layers")
    )
    var layers: String?
    @Option(
        name: .customLong("hidden"),
        help: FieldHelp.help(CommandInputs.choose, "hidden"),
        completion: FieldHelp.completion(CommandInputs.choose, "hidden")
    )
    var hidden: String?
    @Option(
        name: .customLong("heads"),
        help: FieldHelp.help(CommandInputs.choose, "heads"),
        completion: FieldHelp.completion(CommandInputs.choose, "heads")
    )
    var heads: String?
    @Option(
        name: .customLong("kv-heads"),
        help: FieldHelp.help(CommandInputs.choose, "kv_heads"),
        completion: FieldHelp.completion(CommandInputs.choose, "kv_heads")
    )
    var kvHeads: String?
    @Option(
        name: .customLong("ffn"),
        help: FieldHelp.help(CommandInputs.choose, "ffn"),
        completion: FieldHelp.completion(CommandInputs.choose, "ffn")
    )
    var ffn: String?
    @Option(
        name: .customLong("vocab"),
        help: FieldHelp.help(CommandInputs.choose, "vocab"),
        completion: FieldHelp.completion(CommandInputs.choose, "vocab")
    )
    var vocab: String?
    @Option(
        name: .customLong("seq-len"),
        help: FieldHelp.help(CommandInputs.choose, "seq_len"),
        completion: FieldHelp.completion(CommandInputs.choose, "seq_len")
    )
    var seqLen: String?
    @Option(
        name: .customLong("precision"),
        help: FieldHelp.help(CommandInputs.choose, "precision"),
        completion: FieldHelp.completion(CommandInputs.choose, "precision")
    )
    var precision: String?
    @Option(
        name: .customLong("amortization-years"),
        help: FieldHelp.help(CommandInputs.choose, "amortization_years"),
        completion: FieldHelp.completion(CommandInputs.choose, "amortization_years")
    )
    var amortizationYears: String?
    @Option(
        name: .customLong("pue"),
        help: FieldHelp.help(CommandInputs.choose, "pue"),
        completion: FieldHelp.completion(CommandInputs.choose, "pue")
    )
    var pue: String?
    @Option(
        name: .customLong("electricity-price"),
        help: FieldHelp.help(CommandInputs.choose, "electricity_price"),
        completion: FieldHelp.completion(CommandInputs.choose, "electricity_price")
    )
    var electricityPrice: String?
    @Option(
        name: .customLong("grid-intensity"),
        help: FieldHelp.help(CommandInputs.choose, "grid_intensity"),
        completion: FieldHelp.completion(CommandInputs.choose, "grid_intensity")
    )
    var gridIntensity: String?
    @Option(
        name: .customLong("power-fraction"),
        help: FieldHelp.help(CommandInputs.choose, "power_fraction"),
        completion: FieldHelp.completion(CommandInputs.choose, "power_fraction")
    )
    var powerFraction: String?
    @Option(
        name: .customLong("failures"),
        help: FieldHelp.help(CommandInputs.choose, "failures"),
        completion: FieldHelp.completion(CommandInputs.choose, "failures")
    )
    var failures: String?
    @Option(
        name: .customLong("optimizer"),
        help: FieldHelp.help(CommandInputs.choose, "optimizer"),
        completion: FieldHelp.completion(CommandInputs.choose, "optimizer")
    )
    var optimizer: String?
    @Option(
        name: .customLong("straggler-slowdown"),
        help: FieldHelp.help(CommandInputs.choose, "straggler_slowdown"),
        completion: FieldHelp.completion(CommandInputs.choose, "straggler_slowdown")
    )
    var stragglerSlowdown: String?
    @Flag(
        name: .customLong("no-failures"),
        help: FieldHelp.help(CommandInputs.choose, "no_failures")
    )
    var noFailures = false
    @Option(
        name: .customLong("samples"),
        help: FieldHelp.help(CommandInputs.choose, "samples"),
        completion: FieldHelp.completion(CommandInputs.choose, "samples")
    )
    var samples: String?
    @Option(
        name: .customLong("seed"),
        help: FieldHelp.help(CommandInputs.choose, "seed"),
        completion: FieldHelp.completion(CommandInputs.choose, "seed")
    )
    var seed: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("model", model)
        c.add("tokens", tokens)
        c.add("deadline", deadline)
        c.add("budget", budget)
        c.add("gpu", gpu)
        c.add("gpus", gpus)
        c.add("price", price)
        c.add("framework", framework)
        c.add("model_config", modelConfig)
        c.add("params", params)
        c.add("active_params", activeParams)
        c.add("tokens_per_param", tokensPerParam)
        c.add("layers", layers)
        c.add("hidden", hidden)
        c.add("heads", heads)
        c.add("kv_heads", kvHeads)
        c.add("ffn", ffn)
        c.add("vocab", vocab)
        c.add("seq_len", seqLen)
        c.add("precision", precision)
        c.add("amortization_years", amortizationYears)
        c.add("pue", pue)
        c.add("electricity_price", electricityPrice)
        c.add("grid_intensity", gridIntensity)
        c.add("power_fraction", powerFraction)
        c.add("failures", failures)
        c.add("optimizer", optimizer)
        c.add("straggler_slowdown", stragglerSlowdown)
        c.add("no_failures", flag: noFailures)
        c.add("samples", samples)
        c.add("seed", seed)
        return c.fields
    }
}

/// The fields of `reckon infer`.
struct InferFields: ParsableArguments {
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.infer, "model"),
        completion: FieldHelp.completion(CommandInputs.infer, "model")
    )
    var model: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.infer, "gpu"),
        completion: FieldHelp.completion(CommandInputs.infer, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("precision"),
        help: FieldHelp.help(CommandInputs.infer, "precision"),
        completion: FieldHelp.completion(CommandInputs.infer, "precision")
    )
    var precision: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.infer, "gpus"),
        completion: FieldHelp.completion(CommandInputs.infer, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("ttft"),
        help: FieldHelp.help(CommandInputs.infer, "ttft"),
        completion: FieldHelp.completion(CommandInputs.infer, "ttft")
    )
    var ttft: String?
    @Option(
        name: .customLong("tpot"),
        help: FieldHelp.help(CommandInputs.infer, "tpot"),
        completion: FieldHelp.completion(CommandInputs.infer, "tpot")
    )
    var tpot: String?
    @Option(
        name: .customLong("input-tokens"),
        help: FieldHelp.help(CommandInputs.infer, "input_tokens"),
        completion: FieldHelp.completion(CommandInputs.infer, "input_tokens")
    )
    var inputTokens: String?
    @Option(
        name: .customLong("output-tokens"),
        help: FieldHelp.help(CommandInputs.infer, "output_tokens"),
        completion: FieldHelp.completion(CommandInputs.infer, "output_tokens")
    )
    var outputTokens: String?
    @Option(
        name: .customLong("model-config"),
        help: FieldHelp.help(CommandInputs.infer, "model_config"),
        completion: FieldHelp.completion(CommandInputs.infer, "model_config")
    )
    var modelConfig: String?
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.infer, "params"),
        completion: FieldHelp.completion(CommandInputs.infer, "params")
    )
    var params: String?
    @Option(
        name: .customLong("active-params"),
        help: FieldHelp.help(CommandInputs.infer, "active_params"),
        completion: FieldHelp.completion(CommandInputs.infer, "active_params")
    )
    var activeParams: String?
    @Option(
        name: .customLong("layers"),
        help: FieldHelp.help(CommandInputs.infer, "layers"),
        completion: FieldHelp.completion(CommandInputs.infer, "layers")
    )
    var layers: String?
    @Option(
        name: .customLong("hidden"),
        help: FieldHelp.help(CommandInputs.infer, "hidden"),
        completion: FieldHelp.completion(CommandInputs.infer, "hidden")
    )
    var hidden: String?
    @Option(
        name: .customLong("heads"),
        help: FieldHelp.help(CommandInputs.infer, "heads"),
        completion: FieldHelp.completion(CommandInputs.infer, "heads")
    )
    var heads: String?
    @Option(
        name: .customLong("kv-heads"),
        help: FieldHelp.help(CommandInputs.infer, "kv_heads"),
        completion: FieldHelp.completion(CommandInputs.infer, "kv_heads")
    )
    var kvHeads: String?
    @Option(
        name: .customLong("kv-precision"),
        help: FieldHelp.help(CommandInputs.infer, "kv_precision"),
        completion: FieldHelp.completion(CommandInputs.infer, "kv_precision")
    )
    var kvPrecision: String?
    @Option(
        name: .customLong("math-precision"),
        help: FieldHelp.help(CommandInputs.infer, "math_precision"),
        completion: FieldHelp.completion(CommandInputs.infer, "math_precision")
    )
    var mathPrecision: String?
    @Option(
        name: .customLong("expert-precision"),
        help: FieldHelp.help(CommandInputs.infer, "expert_precision"),
        completion: FieldHelp.completion(CommandInputs.infer, "expert_precision")
    )
    var expertPrecision: String?
    @Option(
        name: .customLong("fp4-format"),
        help: FieldHelp.help(CommandInputs.infer, "fp4_format"),
        completion: FieldHelp.completion(CommandInputs.infer, "fp4_format")
    )
    var fp4Format: String?
    @Option(
        name: .customLong("experts"),
        help: FieldHelp.help(CommandInputs.infer, "experts"),
        completion: FieldHelp.completion(CommandInputs.infer, "experts")
    )
    var experts: String?
    @Option(
        name: .customLong("active-experts"),
        help: FieldHelp.help(CommandInputs.infer, "active_experts"),
        completion: FieldHelp.completion(CommandInputs.infer, "active_experts")
    )
    var activeExperts: String?
    @Option(
        name: .customLong("price-per-hour"),
        help: FieldHelp.help(CommandInputs.infer, "price_per_hour"),
        completion: FieldHelp.completion(CommandInputs.infer, "price_per_hour")
    )
    var pricePerHour: String?
    @Flag(
        name: .customLong("price-range"),
        help: FieldHelp.help(CommandInputs.infer, "price_range")
    )
    var priceRange = false
    @Option(
        name: .customLong("utilization"),
        help: FieldHelp.help(CommandInputs.infer, "utilization"),
        completion: FieldHelp.completion(CommandInputs.infer, "utilization")
    )
    var utilization: String?
    @Option(
        name: .customLong("offload"),
        help: FieldHelp.help(CommandInputs.infer, "offload"),
        completion: FieldHelp.completion(CommandInputs.infer, "offload")
    )
    var offload: String?
    @Option(
        name: .customLong("link"),
        help: FieldHelp.help(CommandInputs.infer, "link"),
        completion: FieldHelp.completion(CommandInputs.infer, "link")
    )
    var link: String?
    @Flag(
        name: .customLong("no-pipeline"),
        help: FieldHelp.help(CommandInputs.infer, "no_pipeline")
    )
    var noPipeline = false
    @Option(
        name: .customLong("compute-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "compute_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "compute_efficiency")
    )
    var computeEfficiency: String?
    @Option(
        name: .customLong("memory-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "memory_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "memory_efficiency")
    )
    var memoryEfficiency: String?
    @Option(
        name: .customLong("weight-streaming-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "weight_streaming_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "weight_streaming_efficiency")
    )
    var weightStreamingEfficiency: String?
    @Option(
        name: .customLong("kv-streaming-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "kv_streaming_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "kv_streaming_efficiency")
    )
    var kvStreamingEfficiency: String?
    @Option(
        name: .customLong("attention-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "attention_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "attention_efficiency")
    )
    var attentionEfficiency: String?
    @Option(
        name: .customLong("expert-efficiency"),
        help: FieldHelp.help(CommandInputs.infer, "expert_efficiency"),
        completion: FieldHelp.completion(CommandInputs.infer, "expert_efficiency")
    )
    var expertEfficiency: String?
    @Option(
        name: .customLong("tp"),
        help: FieldHelp.help(CommandInputs.infer, "tp"),
        completion: FieldHelp.completion(CommandInputs.infer, "tp")
    )
    var tp: String?
    @Option(
        name: .customLong("ep"),
        help: FieldHelp.help(CommandInputs.infer, "ep"),
        completion: FieldHelp.completion(CommandInputs.infer, "ep")
    )
    var ep: String?
    @Option(
        name: .customLong("dp-attention"),
        help: FieldHelp.help(CommandInputs.infer, "dp_attention"),
        completion: FieldHelp.completion(CommandInputs.infer, "dp_attention")
    )
    var dpAttention: String?
    @Option(
        name: .customLong("pp"),
        help: FieldHelp.help(CommandInputs.infer, "pp"),
        completion: FieldHelp.completion(CommandInputs.infer, "pp")
    )
    var pp: String?
    @Option(
        name: .customLong("redundant-experts"),
        help: FieldHelp.help(CommandInputs.infer, "redundant_experts"),
        completion: FieldHelp.completion(CommandInputs.infer, "redundant_experts")
    )
    var redundantExperts: String?
    @Option(
        name: .customLong("batch"),
        help: FieldHelp.help(CommandInputs.infer, "batch"),
        completion: FieldHelp.completion(CommandInputs.infer, "batch")
    )
    var batch: String?
    @Option(
        name: .customLong("concurrency"),
        help: FieldHelp.help(CommandInputs.infer, "concurrency"),
        completion: FieldHelp.completion(CommandInputs.infer, "concurrency")
    )
    var concurrency: String?
    @Flag(
        name: .customLong("disaggregate"),
        help: FieldHelp.help(CommandInputs.infer, "disaggregate")
    )
    var disaggregate = false

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("model", model)
        c.add("gpu", gpu)
        c.add("precision", precision)
        c.add("gpus", gpus)
        c.add("ttft", ttft)
        c.add("tpot", tpot)
        c.add("input_tokens", inputTokens)
        c.add("output_tokens", outputTokens)
        c.add("model_config", modelConfig)
        c.add("params", params)
        c.add("active_params", activeParams)
        c.add("layers", layers)
        c.add("hidden", hidden)
        c.add("heads", heads)
        c.add("kv_heads", kvHeads)
        c.add("kv_precision", kvPrecision)
        c.add("math_precision", mathPrecision)
        c.add("expert_precision", expertPrecision)
        c.add("fp4_format", fp4Format)
        c.add("experts", experts)
        c.add("active_experts", activeExperts)
        c.add("price_per_hour", pricePerHour)
        c.add("price_range", flag: priceRange)
        c.add("utilization", utilization)
        c.add("offload", offload)
        c.add("link", link)
        c.add("no_pipeline", flag: noPipeline)
        c.add("compute_efficiency", computeEfficiency)
        c.add("memory_efficiency", memoryEfficiency)
        c.add("weight_streaming_efficiency", weightStreamingEfficiency)
        c.add("kv_streaming_efficiency", kvStreamingEfficiency)
        c.add("attention_efficiency", attentionEfficiency)
        c.add("expert_efficiency", expertEfficiency)
        c.add("tp", tp)
        c.add("ep", ep)
        c.add("dp_attention", dpAttention)
        c.add("pp", pp)
        c.add("redundant_experts", redundantExperts)
        c.add("batch", batch)
        c.add("concurrency", concurrency)
        c.add("disaggregate", flag: disaggregate)
        return c.fields
    }
}

/// The fields of `reckon deploy`.
struct DeployFields: ParsableArguments {
    @Option(
        name: .customLong("preset"),
        help: FieldHelp.help(CommandInputs.deploy, "preset"),
        completion: FieldHelp.completion(CommandInputs.deploy, "preset")
    )
    var preset: String?
    @Option(
        name: .customLong("output-tokens-per-day"),
        help: FieldHelp.help(CommandInputs.deploy, "output_tokens_per_day"),
        completion: FieldHelp.completion(CommandInputs.deploy, "output_tokens_per_day")
    )
    var outputTokensPerDay: String?
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.deploy, "model"),
        completion: FieldHelp.completion(CommandInputs.deploy, "model")
    )
    var model: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.deploy, "gpu"),
        completion: FieldHelp.completion(CommandInputs.deploy, "gpu")
    )
    var gpu: String?
    @Option(
        name: .customLong("precision"),
        help: FieldHelp.help(CommandInputs.deploy, "precision"),
        completion: FieldHelp.completion(CommandInputs.deploy, "precision")
    )
    var precision: String?
    @Option(
        name: .customLong("input-tokens-per-day"),
        help: FieldHelp.help(CommandInputs.deploy, "input_tokens_per_day"),
        completion: FieldHelp.completion(CommandInputs.deploy, "input_tokens_per_day")
    )
    var inputTokensPerDay: String?
    @Option(
        name: .customLong("users"),
        help: FieldHelp.help(CommandInputs.deploy, "users"),
        completion: FieldHelp.completion(CommandInputs.deploy, "users")
    )
    var users: String?
    @Option(
        name: .customLong("requests-per-day"),
        help: FieldHelp.help(CommandInputs.deploy, "requests_per_day"),
        completion: FieldHelp.completion(CommandInputs.deploy, "requests_per_day")
    )
    var requestsPerDay: String?
    @Option(
        name: .customLong("input-tokens"),
        help: FieldHelp.help(CommandInputs.deploy, "input_tokens"),
        completion: FieldHelp.completion(CommandInputs.deploy, "input_tokens")
    )
    var inputTokens: String?
    @Option(
        name: .customLong("output-tokens"),
        help: FieldHelp.help(CommandInputs.deploy, "output_tokens"),
        completion: FieldHelp.completion(CommandInputs.deploy, "output_tokens")
    )
    var outputTokens: String?
    @Option(
        name: .customLong("peak-to-average"),
        help: FieldHelp.help(CommandInputs.deploy, "peak_to_average"),
        completion: FieldHelp.completion(CommandInputs.deploy, "peak_to_average")
    )
    var peakToAverage: String?
    @Option(
        name: .customLong("latency-target"),
        help: FieldHelp.help(CommandInputs.deploy, "latency_target"),
        completion: FieldHelp.completion(CommandInputs.deploy, "latency_target")
    )
    var latencyTarget: String?
    @Option(
        name: .customLong("ttft-target"),
        help: FieldHelp.help(CommandInputs.deploy, "ttft_target"),
        completion: FieldHelp.completion(CommandInputs.deploy, "ttft_target")
    )
    var ttftTarget: String?
    @Option(
        name: .customLong("period"),
        help: FieldHelp.help(CommandInputs.deploy, "period"),
        completion: FieldHelp.completion(CommandInputs.deploy, "period")
    )
    var period: String?
    @Option(
        name: .customLong("traffic-growth"),
        help: FieldHelp.help(CommandInputs.deploy, "traffic_growth"),
        completion: FieldHelp.completion(CommandInputs.deploy, "traffic_growth")
    )
    var trafficGrowth: String?
    @Option(
        name: .customLong("price-decline"),
        help: FieldHelp.help(CommandInputs.deploy, "price_decline"),
        completion: FieldHelp.completion(CommandInputs.deploy, "price_decline")
    )
    var priceDecline: String?
    @Option(
        name: .customLong("model-config"),
        help: FieldHelp.help(CommandInputs.deploy, "model_config"),
        completion: FieldHelp.completion(CommandInputs.deploy, "model_config")
    )
    var modelConfig: String?
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.deploy, "params"),
        completion: FieldHelp.completion(CommandInputs.deploy, "params")
    )
    var params: String?
    @Option(
        name: .customLong("active-params"),
        help: FieldHelp.help(CommandInputs.deploy, "active_params"),
        completion: FieldHelp.completion(CommandInputs.deploy, "active_params")
    )
    var activeParams: String?
    @Option(
        name: .customLong("layers"),
        help: FieldHelp.help(CommandInputs.deploy, "layers"),
        completion: FieldHelp.completion(CommandInputs.deploy, "layers")
    )
    var layers: String?
    @Option(
        name: .customLong("hidden"),
        help: FieldHelp.help(CommandInputs.deploy, "hidden"),
        completion: FieldHelp.completion(CommandInputs.deploy, "hidden")
    )
    var hidden: String?
    @Option(
        name: .customLong("heads"),
        help: FieldHelp.help(CommandInputs.deploy, "heads"),
        completion: FieldHelp.completion(CommandInputs.deploy, "heads")
    )
    var heads: String?
    @Option(
        name: .customLong("kv-heads"),
        help: FieldHelp.help(CommandInputs.deploy, "kv_heads"),
        completion: FieldHelp.completion(CommandInputs.deploy, "kv_heads")
    )
    var kvHeads: String?
    @Option(
        name: .customLong("kv-precision"),
        help: FieldHelp.help(CommandInputs.deploy, "kv_precision"),
        completion: FieldHelp.completion(CommandInputs.deploy, "kv_precision")
    )
    var kvPrecision: String?
    @Option(
        name: .customLong("math-precision"),
        help: FieldHelp.help(CommandInputs.deploy, "math_precision"),
        completion: FieldHelp.completion(CommandInputs.deploy, "math_precision")
    )
    var mathPrecision: String?
    @Option(
        name: .customLong("expert-precision"),
        help: FieldHelp.help(CommandInputs.deploy, "expert_precision"),
        completion: FieldHelp.completion(CommandInputs.deploy, "expert_precision")
    )
    var expertPrecision: String?
    @Option(
        name: .customLong("fp4-format"),
        help: FieldHelp.help(CommandInputs.deploy, "fp4_format"),
        completion: FieldHelp.completion(CommandInputs.deploy, "fp4_format")
    )
    var fp4Format: String?
    @Option(
        name: .customLong("experts"),
        help: FieldHelp.help(CommandInputs.deploy, "experts"),
        completion: FieldHelp.completion(CommandInputs.deploy, "experts")
    )
    var experts: String?
    @Option(
        name: .customLong("active-experts"),
        help: FieldHelp.help(CommandInputs.deploy, "active_experts"),
        completion: FieldHelp.completion(CommandInputs.deploy, "active_experts")
    )
    var activeExperts: String?
    @Option(
        name: .customLong("price-per-hour"),
        help: FieldHelp.help(CommandInputs.deploy, "price_per_hour"),
        completion: FieldHelp.completion(CommandInputs.deploy, "price_per_hour")
    )
    var pricePerHour: String?
    @Flag(
        name: .customLong("price-range"),
        help: FieldHelp.help(CommandInputs.deploy, "price_range")
    )
    var priceRange = false
    @Option(
        name: .customLong("utilization"),
        help: FieldHelp.help(CommandInputs.deploy, "utilization"),
        completion: FieldHelp.completion(CommandInputs.deploy, "utilization")
    )
    var utilization: String?
    @Option(
        name: .customLong("offload"),
        help: FieldHelp.help(CommandInputs.deploy, "offload"),
        completion: FieldHelp.completion(CommandInputs.deploy, "offload")
    )
    var offload: String?
    @Option(
        name: .customLong("link"),
        help: FieldHelp.help(CommandInputs.deploy, "link"),
        completion: FieldHelp.completion(CommandInputs.deploy, "link")
    )
    var link: String?
    @Flag(
        name: .customLong("no-pipeline"),
        help: FieldHelp.help(CommandInputs.deploy, "no_pipeline")
    )
    var noPipeline = false
    @Option(
        name: .customLong("compute-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "compute_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "compute_efficiency")
    )
    var computeEfficiency: String?
    @Option(
        name: .customLong("memory-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "memory_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "memory_efficiency")
    )
    var memoryEfficiency: String?
    @Option(
        name: .customLong("weight-streaming-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "weight_streaming_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "weight_streaming_efficiency")
    )
    var weightStreamingEfficiency: String?
    @Option(
        name: .customLong("kv-streaming-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "kv_streaming_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "kv_streaming_efficiency")
    )
    var kvStreamingEfficiency: String?
    @Option(
        name: .customLong("attention-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "attention_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "attention_efficiency")
    )
    var attentionEfficiency: String?
    @Option(
        name: .customLong("expert-efficiency"),
        help: FieldHelp.help(CommandInputs.deploy, "expert_efficiency"),
        completion: FieldHelp.completion(CommandInputs.deploy, "expert_efficiency")
    )
    var expertEfficiency: String?
    @Option(
        name: .customLong("training-tokens"),
        help: FieldHelp.help(CommandInputs.deploy, "training_tokens"),
        completion: FieldHelp.completion(CommandInputs.deploy, "training_tokens")
    )
    var trainingTokens: String?
    @Option(
        name: .customLong("training-gpus"),
        help: FieldHelp.help(CommandInputs.deploy, "training_gpus"),
        completion: FieldHelp.completion(CommandInputs.deploy, "training_gpus")
    )
    var trainingGpus: String?
    @Option(
        name: .customLong("mfu"),
        help: FieldHelp.help(CommandInputs.deploy, "mfu"),
        completion: FieldHelp.completion(CommandInputs.deploy, "mfu")
    )
    var mfu: String?
    @Option(
        name: .customLong("pue"),
        help: FieldHelp.help(CommandInputs.deploy, "pue"),
        completion: FieldHelp.completion(CommandInputs.deploy, "pue")
    )
    var pue: String?
    @Option(
        name: .customLong("power-fraction"),
        help: FieldHelp.help(CommandInputs.deploy, "power_fraction"),
        completion: FieldHelp.completion(CommandInputs.deploy, "power_fraction")
    )
    var powerFraction: String?
    @Option(
        name: .customLong("instance-words-per-day"),
        help: FieldHelp.help(CommandInputs.deploy, "instance_words_per_day"),
        completion: FieldHelp.completion(CommandInputs.deploy, "instance_words_per_day")
    )
    var instanceWordsPerDay: String?
    @Option(
        name: .customLong("instance-gpus"),
        help: FieldHelp.help(CommandInputs.deploy, "instance_gpus"),
        completion: FieldHelp.completion(CommandInputs.deploy, "instance_gpus")
    )
    var instanceGpus: String?
    @Option(
        name: .customLong("development-gpu-hours"),
        help: FieldHelp.help(CommandInputs.deploy, "development_gpu_hours"),
        completion: FieldHelp.completion(CommandInputs.deploy, "development_gpu_hours")
    )
    var developmentGpuHours: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("preset", preset)
        c.add("output_tokens_per_day", outputTokensPerDay)
        c.add("model", model)
        c.add("gpu", gpu)
        c.add("precision", precision)
        c.add("input_tokens_per_day", inputTokensPerDay)
        c.add("users", users)
        c.add("requests_per_day", requestsPerDay)
        c.add("input_tokens", inputTokens)
        c.add("output_tokens", outputTokens)
        c.add("peak_to_average", peakToAverage)
        c.add("latency_target", latencyTarget)
        c.add("ttft_target", ttftTarget)
        c.add("period", period)
        c.add("traffic_growth", trafficGrowth)
        c.add("price_decline", priceDecline)
        c.add("model_config", modelConfig)
        c.add("params", params)
        c.add("active_params", activeParams)
        c.add("layers", layers)
        c.add("hidden", hidden)
        c.add("heads", heads)
        c.add("kv_heads", kvHeads)
        c.add("kv_precision", kvPrecision)
        c.add("math_precision", mathPrecision)
        c.add("expert_precision", expertPrecision)
        c.add("fp4_format", fp4Format)
        c.add("experts", experts)
        c.add("active_experts", activeExperts)
        c.add("price_per_hour", pricePerHour)
        c.add("price_range", flag: priceRange)
        c.add("utilization", utilization)
        c.add("offload", offload)
        c.add("link", link)
        c.add("no_pipeline", flag: noPipeline)
        c.add("compute_efficiency", computeEfficiency)
        c.add("memory_efficiency", memoryEfficiency)
        c.add("weight_streaming_efficiency", weightStreamingEfficiency)
        c.add("kv_streaming_efficiency", kvStreamingEfficiency)
        c.add("attention_efficiency", attentionEfficiency)
        c.add("expert_efficiency", expertEfficiency)
        c.add("training_tokens", trainingTokens)
        c.add("training_gpus", trainingGpus)
        c.add("mfu", mfu)
        c.add("pue", pue)
        c.add("power_fraction", powerFraction)
        c.add("instance_words_per_day", instanceWordsPerDay)
        c.add("instance_gpus", instanceGpus)
        c.add("development_gpu_hours", developmentGpuHours)
        return c.fields
    }
}

/// The fields of `reckon project`.
struct ProjectFields: ParsableArguments {
    @Option(
        name: .customLong("preset"),
        help: FieldHelp.help(CommandInputs.project, "preset"),
        completion: FieldHelp.completion(CommandInputs.project, "preset")
    )
    var preset: String?
    @Option(
        name: .customLong("from"),
        help: FieldHelp.help(CommandInputs.project, "from"),
        completion: FieldHelp.completion(CommandInputs.project, "from")
    )
    var from: String?
    @Option(
        name: .customLong("to"),
        help: FieldHelp.help(CommandInputs.project, "to"),
        completion: FieldHelp.completion(CommandInputs.project, "to")
    )
    var to: String?
    @Option(
        name: .customLong("basis"),
        help: FieldHelp.help(CommandInputs.project, "basis"),
        completion: FieldHelp.completion(CommandInputs.project, "basis")
    )
    var basis: String?
    @Option(
        name: .customLong("anchor-year-gpt3"),
        help: FieldHelp.help(CommandInputs.project, "anchor_year_gpt3"),
        completion: FieldHelp.completion(CommandInputs.project, "anchor_year_gpt3")
    )
    var anchorYearGpt3: String?
    @Option(
        name: .customLong("params-gpt3"),
        help: FieldHelp.help(CommandInputs.project, "params_gpt3"),
        completion: FieldHelp.completion(CommandInputs.project, "params_gpt3")
    )
    var paramsGpt3: String?
    @Option(
        name: .customLong("experts-gpt3"),
        help: FieldHelp.help(CommandInputs.project, "experts_gpt3"),
        completion: FieldHelp.completion(CommandInputs.project, "experts_gpt3")
    )
    var expertsGpt3: String?
    @Option(
        name: .customLong("anchor-year"),
        help: FieldHelp.help(CommandInputs.project, "anchor_year"),
        completion: FieldHelp.completion(CommandInputs.project, "anchor_year")
    )
    var anchorYear: String?
    @Option(
        name: .customLong("params-anchor"),
        help: FieldHelp.help(CommandInputs.project, "params_anchor"),
        completion: FieldHelp.completion(CommandInputs.project, "params_anchor")
    )
    var paramsAnchor: String?
    @Option(
        name: .customLong("experts-anchor"),
        help: FieldHelp.help(CommandInputs.project, "experts_anchor"),
        completion: FieldHelp.completion(CommandInputs.project, "experts_anchor")
    )
    var expertsAnchor: String?
    @Option(
        name: .customLong("flop-per-param-anchor"),
        help: FieldHelp.help(CommandInputs.project, "flop_per_param_anchor"),
        completion: FieldHelp.completion(CommandInputs.project, "flop_per_param_anchor")
    )
    var flopPerParamAnchor: String?
    @Option(
        name: .customLong("anchor-gpu-cost-usd"),
        help: FieldHelp.help(CommandInputs.project, "anchor_gpu_cost_usd"),
        completion: FieldHelp.completion(CommandInputs.project, "anchor_gpu_cost_usd")
    )
    var anchorGpuCostUsd: String?
    @Option(
        name: .customLong("param-growth"),
        help: FieldHelp.help(CommandInputs.project, "param_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "param_growth")
    )
    var paramGrowth: String?
    @Option(
        name: .customLong("price-perf-doubling-years-hist"),
        help: FieldHelp.help(CommandInputs.project, "price_perf_doubling_years_hist"),
        completion: FieldHelp.completion(CommandInputs.project, "price_perf_doubling_years_hist")
    )
    var pricePerfDoublingYearsHist: String?
    @Option(
        name: .customLong("price-perf-doubling-years"),
        help: FieldHelp.help(CommandInputs.project, "price_perf_doubling_years"),
        completion: FieldHelp.completion(CommandInputs.project, "price_perf_doubling_years")
    )
    var pricePerfDoublingYears: String?
    @Option(
        name: .customLong("cloud-ratio"),
        help: FieldHelp.help(CommandInputs.project, "cloud_ratio"),
        completion: FieldHelp.completion(CommandInputs.project, "cloud_ratio")
    )
    var cloudRatio: String?
    @Option(
        name: .customLong("gpu-flops-anchor"),
        help: FieldHelp.help(CommandInputs.project, "gpu_flops_anchor"),
        completion: FieldHelp.completion(CommandInputs.project, "gpu_flops_anchor")
    )
    var gpuFlopsAnchor: String?
    @Option(
        name: .customLong("gpu-perf-growth"),
        help: FieldHelp.help(CommandInputs.project, "gpu_perf_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "gpu_perf_growth")
    )
    var gpuPerfGrowth: String?
    @Option(
        name: .customLong("compute-doubling-months"),
        help: FieldHelp.help(CommandInputs.project, "compute_doubling_months"),
        completion: FieldHelp.completion(CommandInputs.project, "compute_doubling_months")
    )
    var computeDoublingMonths: String?
    @Option(
        name: .customLong("large-scale-compute-doubling-months"),
        help: FieldHelp.help(CommandInputs.project, "large_scale_compute_doubling_months"),
        completion: FieldHelp.completion(CommandInputs.project, "large_scale_compute_doubling_months")
    )
    var largeScaleComputeDoublingMonths: String?
    @Option(
        name: .customLong("best-experts-per-year"),
        help: FieldHelp.help(CommandInputs.project, "best_experts_per_year"),
        completion: FieldHelp.completion(CommandInputs.project, "best_experts_per_year")
    )
    var bestExpertsPerYear: String?
    @Option(
        name: .customLong("guess-experts-per-year"),
        help: FieldHelp.help(CommandInputs.project, "guess_experts_per_year"),
        completion: FieldHelp.completion(CommandInputs.project, "guess_experts_per_year")
    )
    var guessExpertsPerYear: String?
    @Option(
        name: .customLong("worst-experts-per-year"),
        help: FieldHelp.help(CommandInputs.project, "worst_experts_per_year"),
        completion: FieldHelp.completion(CommandInputs.project, "worst_experts_per_year")
    )
    var worstExpertsPerYear: String?
    @Option(
        name: .customLong("best-flop-per-param"),
        help: FieldHelp.help(CommandInputs.project, "best_flop_per_param"),
        completion: FieldHelp.completion(CommandInputs.project, "best_flop_per_param")
    )
    var bestFlopPerParam: String?
    @Option(
        name: .customLong("guess-flop-per-param"),
        help: FieldHelp.help(CommandInputs.project, "guess_flop_per_param"),
        completion: FieldHelp.completion(CommandInputs.project, "guess_flop_per_param")
    )
    var guessFlopPerParam: String?
    @Option(
        name: .customLong("worst-flop-per-param"),
        help: FieldHelp.help(CommandInputs.project, "worst_flop_per_param"),
        completion: FieldHelp.completion(CommandInputs.project, "worst_flop_per_param")
    )
    var worstFlopPerParam: String?
    @Option(
        name: .customLong("supercomputer-growth"),
        help: FieldHelp.help(CommandInputs.project, "supercomputer_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "supercomputer_growth")
    )
    var supercomputerGrowth: String?
    @Option(
        name: .customLong("pre-era-growth"),
        help: FieldHelp.help(CommandInputs.project, "pre_era_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "pre_era_growth")
    )
    var preEraGrowth: String?
    @Option(
        name: .customLong("installed-base-usd"),
        help: FieldHelp.help(CommandInputs.project, "installed_base_usd"),
        completion: FieldHelp.completion(CommandInputs.project, "installed_base_usd")
    )
    var installedBaseUsd: String?
    @Option(
        name: .customLong("installed-base-year"),
        help: FieldHelp.help(CommandInputs.project, "installed_base_year"),
        completion: FieldHelp.completion(CommandInputs.project, "installed_base_year")
    )
    var installedBaseYear: String?
    @Option(
        name: .customLong("installed-base-growth"),
        help: FieldHelp.help(CommandInputs.project, "installed_base_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "installed_base_growth")
    )
    var installedBaseGrowth: String?
    @Option(
        name: .customLong("it-spending-usd"),
        help: FieldHelp.help(CommandInputs.project, "it_spending_usd"),
        completion: FieldHelp.completion(CommandInputs.project, "it_spending_usd")
    )
    var itSpendingUsd: String?
    @Option(
        name: .customLong("it-spending-year"),
        help: FieldHelp.help(CommandInputs.project, "it_spending_year"),
        completion: FieldHelp.completion(CommandInputs.project, "it_spending_year")
    )
    var itSpendingYear: String?
    @Option(
        name: .customLong("it-spending-growth"),
        help: FieldHelp.help(CommandInputs.project, "it_spending_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "it_spending_growth")
    )
    var itSpendingGrowth: String?
    @Option(
        name: .customLong("us-gdp-1pct-usd"),
        help: FieldHelp.help(CommandInputs.project, "us_gdp_1pct_usd"),
        completion: FieldHelp.completion(CommandInputs.project, "us_gdp_1pct_usd")
    )
    var usGdp1pctUsd: String?
    @Option(
        name: .customLong("us-gdp-1pct-year"),
        help: FieldHelp.help(CommandInputs.project, "us_gdp_1pct_year"),
        completion: FieldHelp.completion(CommandInputs.project, "us_gdp_1pct_year")
    )
    var usGdp1pctYear: String?
    @Option(
        name: .customLong("us-gdp-1pct-growth"),
        help: FieldHelp.help(CommandInputs.project, "us_gdp_1pct_growth"),
        completion: FieldHelp.completion(CommandInputs.project, "us_gdp_1pct_growth")
    )
    var usGdp1pctGrowth: String?
    @Option(
        name: .customLong("large-model-era-start"),
        help: FieldHelp.help(CommandInputs.project, "large_model_era_start"),
        completion: FieldHelp.completion(CommandInputs.project, "large_model_era_start")
    )
    var largeModelEraStart: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("preset", preset)
        c.add("from", from)
        c.add("to", to)
        c.add("basis", basis)
        c.add("anchor_year_gpt3", anchorYearGpt3)
        c.add("params_gpt3", paramsGpt3)
        c.add("experts_gpt3", expertsGpt3)
        c.add("anchor_year", anchorYear)
        c.add("params_anchor", paramsAnchor)
        c.add("experts_anchor", expertsAnchor)
        c.add("flop_per_param_anchor", flopPerParamAnchor)
        c.add("anchor_gpu_cost_usd", anchorGpuCostUsd)
        c.add("param_growth", paramGrowth)
        c.add("price_perf_doubling_years_hist", pricePerfDoublingYearsHist)
        c.add("price_perf_doubling_years", pricePerfDoublingYears)
        c.add("cloud_ratio", cloudRatio)
        c.add("gpu_flops_anchor", gpuFlopsAnchor)
        c.add("gpu_perf_growth", gpuPerfGrowth)
        c.add("compute_doubling_months", computeDoublingMonths)
        c.add("large_scale_compute_doubling_months", largeScaleComputeDoublingMonths)
        c.add("best_experts_per_year", bestExpertsPerYear)
        c.add("guess_experts_per_year", guessExpertsPerYear)
        c.add("worst_experts_per_year", worstExpertsPerYear)
        c.add("best_flop_per_param", bestFlopPerParam)
        c.add("guess_flop_per_param", guessFlopPerParam)
        c.add("worst_flop_per_param", worstFlopPerParam)
        c.add("supercomputer_growth", supercomputerGrowth)
        c.add("pre_era_growth", preEraGrowth)
        c.add("installed_base_usd", installedBaseUsd)
        c.add("installed_base_year", installedBaseYear)
        c.add("installed_base_growth", installedBaseGrowth)
        c.add("it_spending_usd", itSpendingUsd)
        c.add("it_spending_year", itSpendingYear)
        c.add("it_spending_growth", itSpendingGrowth)
        c.add("us_gdp_1pct_usd", usGdp1pctUsd)
        c.add("us_gdp_1pct_year", usGdp1pctYear)
        c.add("us_gdp_1pct_growth", usGdp1pctGrowth)
        c.add("large_model_era_start", largeModelEraStart)
        return c.fields
    }
}

/// The fields of `reckon roadmap`.
struct RoadmapFields: ParsableArguments {
    @Option(
        name: .customLong("params"),
        help: FieldHelp.help(CommandInputs.roadmap, "params"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "params")
    )
    var params: String?
    @Option(
        name: .customLong("year"),
        help: FieldHelp.help(CommandInputs.roadmap, "year"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "year")
    )
    var year: String?
    @Option(
        name: .customLong("gpus"),
        help: FieldHelp.help(CommandInputs.roadmap, "gpus"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "gpus")
    )
    var gpus: String?
    @Option(
        name: .customLong("moe-law"),
        help: FieldHelp.help(CommandInputs.roadmap, "moe_law"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "moe_law")
    )
    var moeLaw: String?
    @Option(
        name: .customLong("target-usd"),
        help: FieldHelp.help(CommandInputs.roadmap, "target_usd"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "target_usd")
    )
    var targetUsd: String?
    @Option(
        name: .customLong("distributed-systems"),
        help: FieldHelp.help(CommandInputs.roadmap, "distributed_systems"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "distributed_systems")
    )
    var distributedSystems: String?
    @Option(
        name: .customLong("data-reduction"),
        help: FieldHelp.help(CommandInputs.roadmap, "data_reduction"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "data_reduction")
    )
    var dataReduction: String?
    @Option(
        name: .customLong("model-partitioning"),
        help: FieldHelp.help(CommandInputs.roadmap, "model_partitioning"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "model_partitioning")
    )
    var modelPartitioning: String?
    @Option(
        name: .customLong("training-algorithms"),
        help: FieldHelp.help(CommandInputs.roadmap, "training_algorithms"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "training_algorithms")
    )
    var trainingAlgorithms: String?
    @Option(
        name: .customLong("data-formats"),
        help: FieldHelp.help(CommandInputs.roadmap, "data_formats"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "data_formats")
    )
    var dataFormats: String?
    @Option(
        name: .customLong("efficient-hardware"),
        help: FieldHelp.help(CommandInputs.roadmap, "efficient_hardware"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "efficient_hardware")
    )
    var efficientHardware: String?
    @Option(
        name: .customLong("competitive-accelerators"),
        help: FieldHelp.help(CommandInputs.roadmap, "competitive_accelerators"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "competitive_accelerators")
    )
    var competitiveAccelerators: String?
    @Option(
        name: .customLong("preset"),
        help: FieldHelp.help(CommandInputs.roadmap, "preset"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "preset")
    )
    var preset: String?
    @Option(
        name: .customLong("model"),
        help: FieldHelp.help(CommandInputs.roadmap, "model"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "model")
    )
    var model: String?
    @Option(
        name: .customLong("baseline-cost-usd"),
        help: FieldHelp.help(CommandInputs.roadmap, "baseline_cost_usd"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "baseline_cost_usd")
    )
    var baselineCostUsd: String?
    @Option(
        name: .customLong("baseline-tokens-per-param"),
        help: FieldHelp.help(CommandInputs.roadmap, "baseline_tokens_per_param"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "baseline_tokens_per_param")
    )
    var baselineTokensPerParam: String?
    @Option(
        name: .customLong("gpu"),
        help: FieldHelp.help(CommandInputs.roadmap, "gpu"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "gpu")
    )
    var gpu: String?
    @Flag(
        name: .customLong("moe-flop-only"),
        help: FieldHelp.help(CommandInputs.roadmap, "moe_flop_only")
    )
    var moeFlopOnly = false
    @Option(
        name: .customLong("gpt3-gpus"),
        help: FieldHelp.help(CommandInputs.roadmap, "gpt3_gpus"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "gpt3_gpus")
    )
    var gpt3Gpus: String?
    @Option(
        name: .customLong("failures"),
        help: FieldHelp.help(CommandInputs.roadmap, "failures"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "failures")
    )
    var failures: String?
    @Option(
        name: .customLong("gpt3-cost-usd"),
        help: FieldHelp.help(CommandInputs.roadmap, "gpt3_cost_usd"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "gpt3_cost_usd")
    )
    var gpt3CostUsd: String?
    @Option(
        name: .customLong("gpt3-year"),
        help: FieldHelp.help(CommandInputs.roadmap, "gpt3_year"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "gpt3_year")
    )
    var gpt3Year: String?
    @Option(
        name: .customLong("price-perf-doubling-years"),
        help: FieldHelp.help(CommandInputs.roadmap, "price_perf_doubling_years"),
        completion: FieldHelp.completion(CommandInputs.roadmap, "price_perf_doubling_years")
    )
    var pricePerfDoublingYears: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("params", params)
        c.add("year", year)
        c.add("gpus", gpus)
        c.add("moe_law", moeLaw)
        c.add("target_usd", targetUsd)
        c.add("distributed_systems", distributedSystems)
        c.add("data_reduction", dataReduction)
        c.add("model_partitioning", modelPartitioning)
        c.add("training_algorithms", trainingAlgorithms)
        c.add("data_formats", dataFormats)
        c.add("efficient_hardware", efficientHardware)
        c.add("competitive_accelerators", competitiveAccelerators)
        c.add("preset", preset)
        c.add("model", model)
        c.add("baseline_cost_usd", baselineCostUsd)
        c.add("baseline_tokens_per_param", baselineTokensPerParam)
        c.add("gpu", gpu)
        c.add("moe_flop_only", flag: moeFlopOnly)
        c.add("gpt3_gpus", gpt3Gpus)
        c.add("failures", failures)
        c.add("gpt3_cost_usd", gpt3CostUsd)
        c.add("gpt3_year", gpt3Year)
        c.add("price_perf_doubling_years", pricePerfDoublingYears)
        return c.fields
    }
}

/// The fields of `reckon validate`.
struct ValidateFields: ParsableArguments {
    @Option(
        name: .customLong("framework"),
        help: FieldHelp.help(CommandInputs.validate, "framework"),
        completion: FieldHelp.completion(CommandInputs.validate, "framework")
    )
    var framework: String?

    /// The fields given on the command line, keyed as in scenario files and the API.
    var given: InputFields {
        var c = FieldCollector()
        c.add("framework", framework)
        return c.fields
    }
}
