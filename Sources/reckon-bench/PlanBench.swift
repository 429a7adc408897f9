import ReckonAnalysis
import ReckonCatalog
import ReckonCore

/// `plan`: exhaustive parallel-plan search for the Megatron 1T shape on 4,096 A100 (issue 5), then the
/// single-core evaluation rate of the search and of the raw step-time model.
func benchPlan() throws {
    // Megatron 1T shape (Narayanan et al. 2021 Table 1) on 4,096 A100 80GB, global batch 4,096.
    let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)
    let problem = try PlanProblem(
        shape: shape, hardware: .a100SXM80GB, gpus: 4096, globalBatch: 4096,
        framework: FrameworkProfiles.megatronCore)

    _ = PlanSearch.run(problem: problem, top: 10, threads: 2)  // warm-up
    var result = PlanSearch.run(problem: problem, top: 10, threads: 2)
    var wall = Double.infinity
    for _ in 0..<5 {
        let t = seconds { result = PlanSearch.run(problem: problem, top: 10, threads: 2) }
        wall = min(wall, t)
    }
    print(
        "1T / 4,096 A100 / batch 4,096 exhaustive search (2 threads): \(result.evaluated) plans evaluated, "
            + "\(result.feasible) fit in memory, best of 5 wall \(String(format: "%.4f", wall)) s")
    if let best = result.plans.first {
        print(
            "  best: \(best.plan.summary)  step \(String(format: "%.2f", best.estimate.stepSeconds)) s  "
                + "MFU \(String(format: "%.1f", best.estimate.mfu * 100))%  HFU "
                + "\(String(format: "%.1f", best.estimate.hfu * 100))%"
        )
    }

    // Evaluations per second per core: the same search on one thread, repeated for ≥ 1 s.
    var evaluations = 0
    var elapsed = 0.0
    while elapsed < 1.0 {
        elapsed += seconds { evaluations += PlanSearch.run(problem: problem, top: 10, threads: 1).evaluated }
    }
    print(
        "single-thread: \(String(format: "%.2f", Double(evaluations) / elapsed / 1e6)) million plan evaluations/s per "
            + "core "
            + "(search included: enumeration, memory check, top-k)")

    // Raw model evaluations per second on one core (no enumeration).
    let layer = LayerCost(tp: 8, microbatch: 1, precision: .bf16, problem: problem)
    var plan = ParallelPlan(tp: 8, pp: 64, interleave: 2, dp: 8, microbatch: 1, recompute: .full)
    var sink = 0.0
    let n = 20_000_000
    let raw = seconds {
        for i in 0..<n {
            plan.zeroStage = i & 3
            sink += StepTimeModel.estimate(plan: plan, problem: problem, layer: layer).stepSeconds
        }
    }
    print(
        "raw StepTimeModel.estimate: \(String(format: "%.2f", Double(n) / raw / 1e6)) million/s per core (checksum "
            + "\(sink > 0))"
    )

    try benchMoEPlan()
}

/// `plan` (issue 14): the exhaustive search for DeepSeek-V3 (671B, 256 experts, MLA) on 2,048 H800 with DeepSeek's
/// batch of 15,360 sequences, over EP × expert-TP × the overlapped all-to-all schedule; target < 100 ms wall on 2
/// cores.
func benchMoEPlan() throws {
    let catalog = Catalog.builtin
    let shape = try TransformerShape(model: try catalog.model("deepseek-v3"))
    let hardware = try BuiltinPlanDetails.hardware(for: try catalog.accelerator("h800"))
    for framework in [FrameworkProfiles.megatronCore, FrameworkProfiles.haiLLM] {
        let problem = try PlanProblem(
            shape: shape, hardware: hardware, gpus: 2048, globalBatch: 15_360,
            framework: framework)
        let constraints = PlanConstraints(precision: .fp8)
        _ = PlanSearch.run(problem: problem, constraints: constraints, top: 10, threads: 2)  // warm-up
        var result = PlanSearch.run(problem: problem, constraints: constraints, top: 10, threads: 2)
        var wall = Double.infinity
        for _ in 0..<5 {
            let t = seconds { result = PlanSearch.run(problem: problem, constraints: constraints, top: 10, threads: 2) }
            wall = min(wall, t)
        }
        var single = Double.infinity
        for _ in 0..<3 {
            let t = seconds { _ = PlanSearch.run(problem: problem, constraints: constraints, top: 10, threads: 1) }
            single = min(single, t)
        }
        print(
            "DeepSeek-V3 / 2,048 H800 / batch 15,360 / FP8, \(framework.id), exhaustive search (2 threads): "
                + "\(result.evaluated) plans evaluated, \(result.feasible) fit in memory, best of 5 wall "
                + String(format: "%.4f", wall) + " s (one thread " + String(format: "%.4f", single) + " s)")
        if let best = result.plans.first {
            let fp8 = best.estimate.mfuAgainstFP8Peak ?? 0
            print(
                "  best: \(best.plan.summary)  step \(String(format: "%.2f", best.estimate.stepSeconds)) s  MFU "
                    + String(format: "%.1f", best.estimate.mfu * 100) + "% of BF16 peak, "
                    + String(format: "%.1f", fp8 * 100) + "% of FP8 peak")
        }
    }
}
