import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders the result of `reckon plan` in every output format.
public enum PlanReport {
    /// The stable JSON document of `reckon plan --format json`.
    ///
    /// Fields: `model`, `gpu`, `gpus`, `global_batch`, `seq_len`, `evaluated`, `feasible`, `plans` (best first)
    /// [{`tp`, `cp`, `pp`, `dp`, `ep`, `etp`, `expert_overlap`, `interleave`, `microbatch`, `sequence_parallel`,
    /// `recompute`, `zero_stage`, `precision`, `step_seconds`, `tokens_per_second`, `tflops_per_gpu` (model FLOP),
    /// `hardware_tflops_per_gpu`, `mfu` (against the BF16 peak), `mfu_fp8_peak` (against the FP8 peak, null without
    /// one), `hfu`, `mfu_interval` {`p5`, `p95`}, `step_seconds_interval` {`p5`, `p95`},
    /// `recompute_layers` (null = all),
    /// `memory_per_gpu_bytes`, `memory` {weights/gradients/optimizer/activations `_bytes`},
    /// `breakdown` {`*_seconds`}}], `framework`, `interval_source` (which residuals the intervals come from, or null),
    /// `assumptions` {key: {value, source}}.
    public static func json(_ r: PlanRequest.Resolved, _ result: PlanSearchResult) -> JSONValue {
        .object([
            ("model", .string(r.modelName)),
            ("gpu", .string(r.gpuName)),
            ("gpus", .number(Double(r.problem.gpus))),
            ("global_batch", .number(Double(r.problem.globalBatch))),
            ("seq_len", .number(Double(r.problem.shape.sequenceLength))),
            ("evaluated", .number(Double(result.evaluated))),
            ("feasible", .number(Double(result.feasible))),
            ("plans", .array(result.plans.map { planJSON($0, interval: Validation.interval(for: r.problem.shape)) })),
            ("framework", .string(r.problem.framework.id)),
            ("interval_source", Validation.interval(for: r.problem.shape).map { .string($0.description) } ?? .null),
            (
                "assumptions",
                .object(
                    r.assumptions.map {
                        ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))]))
                    })
            ),
        ])
    }

    /// One plan as a JSON object.
    public static func planJSON(
        _ ranked: RankedPlan,
        interval residuals: ResidualInterval? = Validation.defaultInterval
    ) -> JSONValue {
        let p = ranked.plan
        let e = ranked.estimate
        let b = e.breakdown
        let m = e.memory
        return .object([
            ("tp", .number(Double(p.tp))), ("cp", .number(Double(p.cp))), ("pp", .number(Double(p.pp))),
            ("dp", .number(Double(p.dp))),
            ("ep", .number(Double(p.ep))), ("etp", .number(Double(p.etp))), ("expert_overlap", .bool(p.expertOverlap)),
            ("interleave", .number(Double(p.interleave))),
            ("microbatch", .number(Double(p.microbatch))), ("sequence_parallel", .bool(p.sequenceParallel)),
            ("recompute", .string(p.recompute.label)), ("zero_stage", .number(Double(p.zeroStage))),
            ("precision", .string(p.precision.label)),
            ("step_seconds", .number(e.stepSeconds)), ("tokens_per_second", .number(e.tokensPerSecond)),
            ("tflops_per_gpu", .number(e.modelFLOPPerSecondPerGPU / 1e12)),
            ("hardware_tflops_per_gpu", .number(e.hardwareFLOPPerSecondPerGPU / 1e12)),
            ("mfu", .number(e.mfu)), ("mfu_fp8_peak", e.mfuAgainstFP8Peak.map { .number($0) } ?? .null),
            ("hfu", .number(e.hfu)),
            ("mfu_interval", interval(residuals?.throughput(e.mfu))),
            ("step_seconds_interval", interval(residuals?.duration(e.stepSeconds))),
            ("recompute_layers", p.recomputeLayers.map { .number(Double($0)) } ?? .null),
            ("memory_per_gpu_bytes", .number(m.total)),
            (
                "memory",
                .object([
                    ("weights_bytes", .number(m.weights)), ("gradients_bytes", .number(m.gradients)),
                    ("optimizer_bytes", .number(m.optimizer)), ("activations_bytes", .number(m.activations)),
                ])
            ),
            ("breakdown", .object(breakdownParts(b).map { ($0.key + "_seconds", .number($0.seconds)) })),
        ])
    }

    /// `{p5, p95}`, or null when there is no interval.
    static func interval(_ i: PredictionInterval?) -> JSONValue {
        i.map { .object([("p5", .number($0.p5)), ("p95", .number($0.p95))]) } ?? .null
    }

    /// "38.2% MFU (30.8–43.6%, residuals of 45 published runs …)" for the best plan, or nil without an interval.
    static func intervalLine(_ e: PlanEstimate, interval: ResidualInterval? = Validation.defaultInterval) -> String? {
        guard let i = interval else { return nil }
        let mfu = i.throughput(e.mfu)
        let step = i.duration(e.stepSeconds)
        func seconds(_ x: Double, _ digits: Int) -> String { NumberFormat.significant(x, digits: digits) }
        return "\(percent(e.mfu)) MFU (\(percent(mfu.p5))–\(percent(mfu.p95))), step \(seconds(e.stepSeconds, 4)) s "
            + "(\(seconds(step.p5, 3))–\(seconds(step.p95, 3)) s): p5–p95 of the \(i.description)"
    }

    /// The step-time parts in a fixed order, with stable snake_case keys.
    static func breakdownParts(_ b: StepTimeBreakdown) -> [(key: String, seconds: Double)] {
        [
            ("gemm", b.gemm), ("attention", b.attention), ("elementwise", b.elementwise),
            ("tensor_parallel_comm", b.tensorParallelComm), ("pipeline_comm", b.pipelineComm),
            ("expert_comm", b.expertComm), ("bubble", b.bubble), ("data_parallel_comm", b.dataParallelComm),
            ("optimizer", b.optimizer), ("context_parallel_comm", b.contextParallelComm), ("host_bound", b.hostBound),
        ]
    }

    /// The table's columns: ETP and the all-to-all overlap only for a mixture of experts, the MFU against the FP8
    /// peak beside the BF16 one only for FP8 plans (both labelled).
    struct Columns {
        var moe: Bool
        var fp8: Bool

        init(_ r: PlanRequest.Resolved) {
            moe = r.problem.shape.isMixtureOfExperts
            fp8 = r.constraints.precision == .fp8
        }

        var header: [String] {
            var h = ["#", "TP", "CP", "PP", "v", "DP", "EP"]
            if moe { h += ["ETP", "a2a overlap"] }
            h += ["SP", "mb", "recompute", "ZeRO", "step s", "tokens/s", "TFLOP/s/GPU"]
            h += fp8 ? ["MFU (BF16 peak)", "MFU (FP8 peak)"] : ["MFU"]
            return h + ["HFU", "mem/GPU"]
        }

        func row(_ i: Int, _ ranked: RankedPlan) -> [String] {
            let p = ranked.plan
            let e = ranked.estimate
            var r = ["\(i + 1)", "\(p.tp)", "\(p.cp)", "\(p.pp)", "\(p.interleave)", "\(p.dp)", "\(p.ep)"]
            if moe { r += ["\(p.etp)", p.expertOverlap ? "on" : "off"] }
            r += [
                p.sequenceParallel ? "on" : "off", "\(p.microbatch)", p.recompute.label, "\(p.zeroStage)",
                NumberFormat.significant(e.stepSeconds, digits: 4), NumberFormat.grouped(e.tokensPerSecond.rounded()),
                NumberFormat.significant(e.modelFLOPPerSecondPerGPU / 1e12, digits: 4), percent(e.mfu),
            ]
            if fp8 { r.append(e.mfuAgainstFP8Peak.map(percent) ?? "—") }
            return r + [percent(e.hfu), Bytes(e.memory.total).formatted]
        }

        /// The CSV header: one column per table column, numbers as numbers.
        var csvHeader: [String] {
            var h = ["rank", "tp", "cp", "pp", "interleave", "dp", "ep"]
            if moe { h += ["etp", "expert_overlap"] }
            h += [
                "sequence_parallel", "microbatch", "recompute", "zero_stage", "step_seconds", "tokens_per_second",
                "tflops_per_gpu", "mfu",
            ]
            if fp8 { h.append("mfu_fp8_peak") }
            return h + ["hfu"]
        }

        /// A plan's CSV row: numbers as numbers (MFU and HFU as fractions, switches as true/false).
        func csvRow(_ i: Int, _ ranked: RankedPlan) -> [String] {
            let p = ranked.plan
            let e = ranked.estimate
            var r = ["\(i + 1)", "\(p.tp)", "\(p.cp)", "\(p.pp)", "\(p.interleave)", "\(p.dp)", "\(p.ep)"]
            if moe { r += ["\(p.etp)", p.expertOverlap ? "true" : "false"] }
            r += [
                p.sequenceParallel ? "true" : "false", "\(p.microbatch)", p.recompute.label, "\(p.zeroStage)",
                JSONValue.number(e.stepSeconds), JSONValue.number(e.tokensPerSecond),
                JSONValue.number(e.modelFLOPPerSecondPerGPU / 1e12), JSONValue.number(e.mfu),
            ]
            if fp8 { r.append(e.mfuAgainstFP8Peak.map(JSONValue.number) ?? "") }
            return r + [JSONValue.number(e.hfu)]
        }

        /// Right-aligned (numeric) columns.
        var numeric: Set<Int> {
            let text: Set<String> = ["SP", "recompute", "a2a overlap"]
            return Set(header.enumerated().filter { !text.contains($0.element) }.map(\.offset))
        }
    }

    static func percent(_ x: Double) -> String { NumberFormat.significant(x * 100, digits: 3) + "%" }

    /// The step breakdown of one plan as "part share" text.
    static func breakdownLine(_ e: PlanEstimate) -> String {
        breakdownParts(e.breakdown).filter { $0.seconds > 0 }
            .map { "\($0.key.replacingOccurrences(of: "_", with: " ")) \(percent($0.seconds / e.stepSeconds))" }
            .joined(separator: ", ")
    }

    /// Renders in `format`.
    public static func render(_ r: PlanRequest.Resolved, _ result: PlanSearchResult, format: OutputFormat) -> String {
        let columns = Columns(r)
        let header = columns.header
        let rows = result.plans.enumerated().map { columns.row($0.offset, $0.element) }
        let numeric = columns.numeric
        switch format {
        case .json: return json(r, result).rendered() + "\n"
        case .csv:
            let extra =
                ["memory_per_gpu_bytes"]
                + breakdownParts(
                    StepTimeBreakdown(
                        gemm: 0, attention: 0, elementwise: 0,
                        tensorParallelComm: 0, pipelineComm: 0, expertComm: 0, bubble: 0, dataParallelComm: 0,
                        optimizer: 0)
                ).map { $0.key + "_seconds" }
            let csvRows = result.plans.enumerated().map { i, ranked in
                columns.csvRow(i, ranked) + [JSONValue.number(ranked.estimate.memory.total)]
                    + breakdownParts(ranked.estimate.breakdown).map { JSONValue.number($0.seconds) }
            }
            return Table(header: columns.csvHeader + extra, rows: csvRows).csv()
        case .markdown:
            var out =
                "## Parallel plans: \(r.modelName) on \(NumberFormat.grouped(Double(r.problem.gpus))) × "
                + "\(r.gpuName)\n\n"
            out += Table(header: header, rows: rows, numericColumns: numeric).markdown() + "\n\n"
            out +=
                "\(NumberFormat.grouped(Double(result.evaluated))) plans evaluated, "
                + "\(NumberFormat.grouped(Double(result.feasible))) fit in memory.\n"
            return out
        case .text:
            var out =
                "\(r.modelName) on \(NumberFormat.grouped(Double(r.problem.gpus))) × \(r.gpuName), global batch "
                + "\(NumberFormat.grouped(Double(r.problem.globalBatch))) × \(r.problem.shape.sequenceLength) tokens\n"
            out +=
                "\(NumberFormat.grouped(Double(result.evaluated))) plans evaluated, "
                + "\(NumberFormat.grouped(Double(result.feasible))) fit in memory; best first:\n\n"
            out += Table(header: header, rows: rows, numericColumns: numeric).text() + "\n"
            if let best = result.plans.first,
                let line = intervalLine(best.estimate, interval: Validation.interval(for: r.problem.shape))
            {
                out += "\nBest plan: \(line)\n"
                if let fp8 = best.estimate.mfuAgainstFP8Peak, r.constraints.precision == .fp8 {
                    out +=
                        "MFU of the best plan: \(percent(best.estimate.mfu)) of the BF16 peak, \(percent(fp8)) of "
                        + "the FP8 peak (model FLOP per second ÷ each dense peak).\n"
                }
            }
            if !result.plans.isEmpty { out += "\nStep-time breakdown:\n" }
            for (i, ranked) in result.plans.enumerated() { out += "  #\(i + 1): \(breakdownLine(ranked.estimate))\n" }
            out += AssumptionList.text(r.assumptions)
            out +=
                "\nModel: framework profile '\(r.problem.framework.id)'; Narayanan et al. 2021 (pipeline schedules), "
                + "Korthikanti "
                + "et al. 2022 (activations), ZeRO/FSDP (sharding), α–β collectives; four constants fitted once on the "
                + "development set (`reckon validate`). Memory per GPU against the driver-visible memory less "
                + "\(NumberFormat.significant(StepTimeConstants.default.contextBytes / 1e9)) GB of CUDA context and a "
                + "\(percent(StepTimeConstants.default.allocatorReserveFraction)) allocator reserve (stated "
                + "assumptions).\n"
            out +=
                "Context parallelism (ring attention, Liu et al. 2023) is searched from "
                + "\(NumberFormat.grouped(Double(PlanConstraints.contextParallelMinimumSequence)))-token sequences on; "
                + "fix it at any length with --cp.\n"
            return out
        }
    }
}
