import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders a serving estimate in every output format.
public enum InferReport {
    /// The stable JSON document of `reckon infer --format json`.
    ///
    /// Fields: `model`, `gpu`, `precision`, `kv_precision`, `compute_precision`, `input_tokens`, `output_tokens`,
    /// `expert_precision` (null: as the weights), `fp4_format`, `accelerators`, `tensor_parallel`,
    /// `data_parallel_attention`, `expert_parallel`, `pipeline_parallel`, `redundant_experts`, `plan`, `replicas`,
    /// `spans_nodes`, `batch`, `max_batch`, `max_context_tokens`,
    /// `memory_bytes` {total, weights, kv_cache, activations, reserve} per accelerator, `memory_capacity_bytes`,
    /// `kv_capacity`
    /// {tokens, sequences, budget_bytes_per_gpu, bytes_per_token_per_gpu, weights/activations/reserve_bytes_per_gpu,
    /// kv_cache_fraction}, `ttft_seconds` (one prompt on an idle replica), `ttft_under_load_seconds` (null when
    /// streaming), `tpot_seconds` (continuous batching at `batch`), `decode_step_seconds` (the batch decoding alone),
    /// `tokens_per_second` (output, all replicas, prefill included),
    /// `tokens_per_second_per_gpu`, `tokens_per_second_per_sequence`, `decode_tokens_per_second`, `bound`
    /// ("compute"|"memory"), `compute_bound_batch` (null: never), `usd_per_million_tokens` {input, output},
    /// `usd_per_million_input_tokens`, `usd_per_million_output_tokens`, `usd_per_750_words`, `price_per_hour_usd`,
    /// `utilization`, `efficiency` {compute, memory, expert_compute, attention, weight_streaming, kv_streaming, link,
    /// collective_latency_seconds, layer_overhead_seconds, expert_imbalance, expert_overlap}, `offload` (null or
    /// {storage, link, bandwidth_bytes_per_second,
    /// resident_layers, pipelined, pipelined_seconds, sequential_seconds}), `api_prices` [..],
    /// `throughput_curve` [{batch, tpot_seconds, tokens_per_second_per_sequence, decode_tokens_per_second_per_gpu,
    /// bound}],
    /// `rental_yardstick_usd_per_million_tokens`, `assumptions`, `notes`, `derivation`.
    public static func json(_ e: InferenceEstimate, assumptions: [Assumption] = [], notes: [String] = []) -> JSONValue {
        let s = e.scenario
        // Without a published or given price, costs are unknown: null, not a guess.
        func cost(_ x: Double) -> JSONValue { s.priceKnown ? .number(x) : .null }
        let m = e.memory
        var offload: JSONValue = .null
        if let st = e.streaming, let o = s.offload {
            offload = .object([
                ("storage", .string(o.tier.id)), ("link", .string(o.link.id)),
                ("bandwidth_bytes_per_second", .number(st.bandwidth.value)),
                ("bytes_per_layer", .number(st.bytesPerLayer.value)),
                ("resident_layers", .number(Double(st.residentLayers))), ("pipelined", .bool(o.pipelined)),
                ("pipelined_seconds", .number(st.pipelinedTime.value)),
                ("sequential_seconds", .number(st.sequentialTime.value)),
            ])
        }
        let c = e.kvCapacity
        let kvCapacity: JSONValue = .object([
            ("tokens", .number(Double(c.tokens))), ("sequences", .number(Double(c.sequences))),
            ("budget_bytes_per_gpu", .number(c.kvBudget.value)),
            ("bytes_per_token_per_gpu", .number(c.bytesPerTokenPerAccelerator.value)),
            ("weights_bytes_per_gpu", .number(c.weights.value)),
            ("activations_bytes_per_gpu", .number(c.activations.value)),
            ("reserve_bytes_per_gpu", .number(c.reserve.value)), ("kv_cache_fraction", .number(c.kvCacheFraction)),
        ])
        let f = s.efficiency
        let efficiency: JSONValue = .object([
            ("compute", .number(f.compute)), ("memory", .number(f.memory)),
            ("expert_compute", .number(f.expertCompute ?? f.compute)),
            ("attention", .number(f.attentionCompute ?? f.compute)),
            ("weight_streaming", .number(f.weightStreaming)), ("kv_streaming", .number(f.kvStreaming)),
            ("link", .number(f.link)),
            ("collective_latency_seconds", .number(f.collectiveLatency.value)),
            ("layer_overhead_seconds", .number(f.layerOverhead.value)),
            ("expert_imbalance", .number(f.expertImbalance)), ("expert_overlap", .number(f.expertCommunicationOverlap)),
        ])
        let plan: [(String, JSONValue)] = [
            ("tensor_parallel", .number(Double(e.plan.tensorParallel))),
            ("data_parallel_attention", .number(Double(e.plan.serving.dataParallelAttention))),
            ("expert_parallel", .number(Double(e.plan.serving.expertParallel))),
            ("pipeline_parallel", .number(Double(e.plan.serving.pipelineParallel))),
            ("redundant_experts", .number(Double(e.plan.serving.redundantExperts))),
            ("plan", .string(e.plan.serving.summary)),
        ]
        let yardstick = RentalYardstick.seed002.cost(
            perToken: InferenceCompute.linearFLOPPerToken(active: s.model.activeParameters), tokens: 1e6)
        let head: [(String, JSONValue)] = [
            ("model", .string(s.model.id)),
            ("model_name", .string(s.model.name)),
            ("params", .number(s.model.totalParameters.value)),
            ("active_params", .number(s.model.activeParameters.value)),
            ("shape_estimated", .bool(e.shape.isEstimated)),
            ("gpu", .string(s.accelerator.id)),
            ("precision", .string(s.quantization.weights.rawValue)),
            ("kv_precision", .string(s.quantization.kvCache.rawValue)),
            ("compute_precision", .string(e.computePrecision.rawValue)),
            ("expert_precision", s.quantization.experts.map { .string($0.rawValue) } ?? .null),
            ("fp4_format", .string(s.quantization.fp4Format.rawValue)),
            ("input_tokens", .number(Double(s.inputTokens))),
            ("output_tokens", .number(Double(s.outputTokens))),
            ("accelerators", .number(Double(e.plan.accelerators))),
        ]
        let tail: [(String, JSONValue)] = [
            ("replicas", .number(Double(e.plan.replicas))),
            ("spans_nodes", .bool(e.spansNodes)),
            ("batch", .number(Double(e.batch))),
            ("max_batch", .number(Double(e.maxBatch))),
            ("max_context_tokens", .number(Double(e.maxContext))),
            (
                "memory_bytes",
                .object([
                    ("total", .number(m.total.value)), ("weights", .number(m.weights.value)),
                    ("kv_cache", .number(m.kvCache.value)), ("activations", .number(m.activations.value)),
                    ("reserve", .number(m.reserve.value)),
                ])
            ),
            ("memory_capacity_bytes", .number(s.accelerator.memory!.value)),
            ("kv_capacity", kvCapacity),
            ("ttft_seconds", .number(e.timeToFirstToken.value)),
            ("ttft_under_load_seconds", .optional(e.timeToFirstTokenUnderLoad?.value)),
            ("tpot_seconds", .number(e.timePerOutputToken.value)),
            ("decode_step_seconds", .number(e.decodeStep.total.value)),
            ("tokens_per_second", .number(e.tokensPerSecond.value)),
            ("tokens_per_second_per_gpu", .number(e.tokensPerSecondPerAccelerator.value)),
            ("tokens_per_second_per_sequence", .number(e.tokensPerSecondPerSequence.value)),
            ("decode_tokens_per_second", .number(e.decodeTokensPerSecond.value)),
            ("bound", .string(e.bound.rawValue)),
            ("compute_bound_batch", .optional(e.computeBoundBatch.map(Double.init))),
            (
                "usd_per_million_tokens",
                .object([
                    ("input", cost(e.cost.usdPerMillionInputTokens.value)),
                    ("output", cost(e.cost.usdPerMillionOutputTokens.value)),
                ])
            ),
            ("usd_per_million_input_tokens", cost(e.cost.usdPerMillionInputTokens.value)),
            ("usd_per_million_output_tokens", cost(e.cost.usdPerMillionOutputTokens.value)),
            ("usd_per_750_words", cost(e.cost.usdPer750Words.value)),
            ("price_per_hour_usd", cost(s.pricePerHour.inDollarsPerHour)),
            ("utilization", .number(s.utilization)),
            ("efficiency", efficiency),
            ("offload", offload),
            (
                "throughput_curve",
                .array(
                    curve(e).map { p in
                        .object([
                            ("batch", .number(Double(p.batch))), ("tpot_seconds", .number(1 / p.perSequence.value)),
                            ("tokens_per_second_per_sequence", .number(p.perSequence.value)),
                            ("decode_tokens_per_second_per_gpu", .number(p.perAccelerator.value)),
                            ("bound", .string(p.bound.rawValue)),
                        ])
                    })
            ),
            (
                "api_prices",
                .array(
                    APIPrice.references.map { p in
                        .object([
                            ("name", .string(p.name)), ("date", .string(p.date)),
                            ("usd_per_million_input_tokens", .number(p.usdPerMillionInput.value)),
                            ("usd_per_million_output_tokens", .number(p.usdPerMillionOutput.value)),
                            ("source", .string(p.source)),
                        ])
                    })
            ),
            ("rental_yardstick_usd_per_million_tokens", .number(yardstick.value)),
            (
                "assumptions",
                .object(
                    assumptions.map {
                        ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))]))
                    })
            ),
            ("notes", .array(notes.map { .string($0) })),
            (
                "derivation",
                .array(
                    e.derivation.map { step in
                        .object([
                            ("name", .string(step.name)), ("formula", .string(step.formula)),
                            ("value", .number(step.value)),
                            ("unit", .string(step.unit)), ("source", .string(step.source)),
                        ])
                    })
            ),
        ]
        return .object(head + plan + tail)
    }

    /// Decode at batch 1, 2, 4, … up to the largest batch that fits (and the batch used).
    static func curve(_ e: InferenceEstimate) -> [(
        batch: Int, perSequence: TokensPerSecond, perAccelerator: TokensPerSecond, bound: Bound
    )] {
        guard e.streaming == nil, e.maxBatch >= 1 else { return [] }
        var batches: [Int] = []
        var b = 1
        while b < e.maxBatch {
            batches.append(b)
            b *= 2
        }
        batches.append(e.maxBatch)
        if !batches.contains(e.batch) { batches.append(e.batch) }
        return (try? e.scenario.throughputCurve(batches: batches.sorted())) ?? []
    }

    static func curveTable(_ e: InferenceEstimate) -> Table {
        Table(
            header: ["batch", "time/token", "tokens/s per sequence", "decode tokens/s per GPU", "bound"],
            rows: curve(e).map { p in
                [
                    String(p.batch), seconds(Tokens(1) / p.perSequence), NumberFormat.significant(p.perSequence.value),
                    NumberFormat.significant(p.perAccelerator.value), p.bound.rawValue,
                ]
            }, numericColumns: [0, 1, 2, 3])
    }

    static func seconds(_ t: Seconds) -> String {
        t.value < 1
            ? NumberFormat.significant(t.value * 1000, digits: 3) + " ms"
            : NumberFormat.significant(t.value, digits: 3) + " s"
    }

    static func dollars(_ x: USD) -> String {
        x.value < 0.01
            ? "$" + NumberFormat.significant(x.value, digits: 2) : "$" + NumberFormat.significant(x.value, digits: 3)
    }

    static func rows(_ e: InferenceEstimate) -> [(String, String)] {
        let s = e.scenario
        let m = e.memory
        var rows: [(String, String)] = [
            (
                "model",
                s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "")
                    + (e.shape.isEstimated ? " (shape estimated)" : "")
            ),
            (
                "parameters",
                s.model.isMixtureOfExperts
                    ? "\(s.model.totalParameters.formatted) total, \(s.model.activeParameters.formatted) active"
                    : s.model.totalParameters.formatted
            ),
            (
                "precision",
                "weights \(label(s.quantization.weights, s.quantization))"
                    + (s.quantization.experts.map { ", experts " + label($0, s.quantization) } ?? "")
                    + ", KV cache \(label(s.quantization.kvCache, s.quantization)), "
                    + "math at \(e.computePrecision.label)"
            ),
            ("request", "\(s.inputTokens) prompt + \(s.outputTokens) output tokens"),
            (
                "accelerators",
                "\(e.plan.accelerators) × \(s.accelerator.name) (\(e.plan.replicas) "
                    + "replica\(e.plan.replicas == 1 ? "" : "s") of "
                    + "\(e.plan.serving.summary)\(e.spansNodes ? ", spans nodes" : ""))"
            ),
            (
                "memory per accelerator",
                "\(m.total.formatted) of \(s.accelerator.memory!.formatted): weights \(m.weights.formatted), KV cache "
                    + "\(m.kvCache.formatted), activations \(m.activations.formatted), reserve \(m.reserve.formatted)"
            ),
            (
                "KV capacity",
                "\(NumberFormat.grouped(Double(e.kvCapacity.tokens))) tokens per replica "
                    + "(\(NumberFormat.significant(e.kvCapacity.kvCacheFraction * 100))% of "
                    + "\(e.kvCapacity.memory.formatted) − weights \(e.kvCapacity.weights.formatted) − activations "
                    + "\(e.kvCapacity.activations.formatted) − reserve \(e.kvCapacity.reserve.formatted) per "
                    + "GPU, \(e.kvCapacity.bytesPerTokenPerAccelerator.formatted) a token per GPU)"
            ),
            (
                "batch",
                "\(e.batch) sequence\(e.batch == 1 ? "" : "s") (largest that fits: \(e.maxBatch); one sequence alone: "
                    + "\(NumberFormat.grouped(Double(e.maxContext))) tokens)"
            ),
            (
                "time to first token",
                seconds(e.timeToFirstToken) + " (one prompt, idle replica)"
                    + (e.timeToFirstTokenUnderLoad.map { "; " + seconds($0) + " under load" } ?? "")
            ),
            (
                "time per output token",
                seconds(e.timePerOutputToken)
                    + " under continuous batching (\(e.bound.rawValue)-bound); decoding alone "
                    + seconds(e.decodeStep.total)
            ),
            ("per sequence", e.tokensPerSecondPerSequence.formatted),
            (
                "throughput",
                "\(e.tokensPerSecond.formatted) output, \(e.tokensPerSecondPerAccelerator.formatted) per accelerator "
                    + "(prefill included)"
            ),
            (
                "decode turns compute-bound at",
                e.computeBoundBatch.map { "batch \($0)" } ?? "never at this context (KV reads grow with the batch)"
            ),
        ]
        if let st = e.streaming, let o = s.offload {
            rows.append(
                (
                    "weight streaming",
                    "\(o.tier.id) over \(o.link.name) at "
                        + "\(NumberFormat.significant(st.bandwidth.inGigabytesPerSecond)) GB/s, \(st.residentLayers) "
                        + "layers resident; pipelined \(seconds(st.pipelinedTime)), not pipelined "
                        + "\(seconds(st.sequentialTime)) per step"
                ))
        }
        guard s.priceKnown else {
            rows += [("cost per million tokens", "— (no published price; give --price-per-hour)")]
            return rows
        }
        let utilization = NumberFormat.significant(s.utilization * 100)
        rows += [
            (
                "cost per million tokens",
                "\(dollars(e.cost.usdPerMillionInputTokens)) input, "
                    + "\(dollars(e.cost.usdPerMillionOutputTokens)) output at \(s.pricePerHour.formatted) per "
                    + "accelerator, "
                    + "utilization \(utilization)%"
            ),
            ("cost per 750 words", dollars(e.cost.usdPer750Words)),
        ]
        return rows
    }

    /// "NVFP4" for FP4 in its block format, the precision's label otherwise.
    static func label(_ p: Precision, _ q: Quantization) -> String { p == .fp4 ? q.fp4Format.label : p.label }

    static func comparison(_ e: InferenceEstimate) -> Table {
        let yardstick = RentalYardstick.seed002.cost(
            perToken: InferenceCompute.linearFLOPPerToken(active: e.scenario.model.activeParameters), tokens: 1e6)
        var rows = [
            ["this estimate", "-", dollars(e.cost.usdPerMillionInputTokens), dollars(e.cost.usdPerMillionOutputTokens)]
        ]
        rows += APIPrice.references.map {
            [$0.name + " API", $0.date, dollars($0.usdPerMillionInput), dollars($0.usdPerMillionOutput)]
        }
        rows.append([
            "2N FLOP at $1/h per 100 TFLOP/s (LessWrong 2021)", "2021", dollars(yardstick),
            dollars(yardstick),
        ])
        return Table(header: ["per million tokens", "date", "input", "output"], rows: rows, numericColumns: [2, 3])
    }

    public static func render(_ r: InferRequest.Resolved, format: OutputFormat) throws -> String {
        let e = try r.scenario.estimate()
        switch format {
        case .json: return json(e, assumptions: r.assumptions, notes: r.notes).rendered() + "\n"
        case .csv:
            let j = json(e, assumptions: r.assumptions, notes: r.notes)
            guard case .object(let pairs) = j else { return "" }
            let scalars = pairs.filter {
                if case .object = $0.1 { return false }
                if case .array = $0.1 { return false }
                return true
            }
            return Table(header: scalars.map(\.0), rows: [scalars.map { TrainReport.cellText($0.1) }]).csv()
        case .markdown:
            var out =
                "## Serving estimate\n\n"
                + Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).markdown()
            out += "\n\n### Published prices\n\n" + comparison(e).markdown()
            if !curve(e).isEmpty { out += "\n\n### Decode vs batch\n\n" + curveTable(e).markdown() }
            out += AssumptionList.markdown(r.assumptions)
            out += AssumptionList.derivationMarkdown(e.derivation)
            if !r.notes.isEmpty { out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .text:
            var out = Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).text() + "\n\n"
            out += comparison(e).text() + "\n"
            if !curve(e).isEmpty {
                out +=
                    "\nDecode vs batch (one replica, tensor-parallel \(e.plan.tensorParallel)):\n"
                    + curveTable(e).text(indent: "  ") + "\n"
            }
            out += AssumptionList.text(r.assumptions)
            out += "\nDerivation:\n"
            for d in e.derivation { out += "  \(d.name): \(d.formula) = \(NumberFormat.compact(d.value)) \(d.unit)\n" }
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}

// MARK: - The latency-target search (`infer --ttft … --tpot … [--gpu all]`)

extension InferReport {
    /// The stable JSON document of a search.
    ///
    /// Fields: `model`, `input_tokens`, `output_tokens`, `targets` {ttft_seconds, tpot_seconds, concurrency} (null when
    /// not set), `best` (a point or null), `best_disaggregated` (a point with `pools`, or null), `frontier` [points],
    /// `best_total_tokens_per_second` (within the GPU budget, or null), `evaluated`, `feasible`, `notes`. A point:
    /// {gpu, gpu_name, precision, weight_precision, kv_precision, math_precision, expert_precision, plan,
    /// tensor_parallel, data_parallel_attention, expert_parallel, pipeline_parallel, batch, replicas, gpus,
    /// ttft_seconds, tpot_seconds, tokens_per_second_per_user, tokens_per_second_per_gpu, output_tokens_per_second,
    /// price_per_hour_usd, usd_per_million_output_tokens, output_tokens_per_dollar, meets_targets}; `pools`:
    /// {prefill_plan, decode_plan, decode_batch, prefill_tokens_per_second_per_gpu, decode_tokens_per_second_per_gpu,
    /// prefill_gpus_per_decode_gpu, kv_transfer_seconds}.
    public static func searchJSON(_ r: ServingSearchResult, targets: ServingTargets, space: ServingSearchSpace)
        -> JSONValue
    {
        let t: JSONValue = .object([
            ("ttft_seconds", .optional(targets.timeToFirstToken?.value)),
            ("tpot_seconds", .optional(targets.timePerOutputToken?.value)),
            ("concurrency", .optional(targets.concurrency.map(Double.init))),
        ])
        let body: [(String, JSONValue)] = [
            ("model", .string(space.model.id)),
            ("input_tokens", .number(Double(space.inputTokens))),
            ("output_tokens", .number(Double(space.outputTokens))),
            ("targets", t),
            ("best", r.best.map(pointJSON) ?? .null),
            ("best_disaggregated", r.bestDisaggregated.map(pointJSON) ?? .null),
            ("frontier", .array(r.frontier.map(pointJSON))),
            ("best_total_tokens_per_second", .optional(r.bestTotalThroughput)),
            ("evaluated", .number(Double(r.evaluated))),
            ("feasible", .number(Double(r.feasible))),
            ("notes", .array(r.notes.map { .string($0) })),
        ]
        return .object(body)
    }

    static func pointJSON(_ p: ServingPoint) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("gpu", .string(p.acceleratorID)), ("gpu_name", .string(p.acceleratorName)),
            ("precision", .string(p.precisionLabel)), ("weight_precision", .string(p.quantization.weights.rawValue)),
            ("kv_precision", .string(p.quantization.kvCache.rawValue)),
            ("math_precision", p.quantization.math.map { .string($0.rawValue) } ?? .null),
            ("expert_precision", p.quantization.experts.map { .string($0.rawValue) } ?? .null),
            ("plan", .string(p.plan.summary)), ("tensor_parallel", .number(Double(p.plan.tensorParallel))),
            ("data_parallel_attention", .number(Double(p.plan.dataParallelAttention))),
            ("expert_parallel", .number(Double(p.plan.expertParallel))),
            ("pipeline_parallel", .number(Double(p.plan.pipelineParallel))),
            ("batch", .number(Double(p.batch))), ("replicas", .number(Double(p.replicas))),
            ("gpus", .number(Double(p.gpus))),
            ("ttft_seconds", .number(p.timeToFirstToken.value)), ("tpot_seconds", .number(p.timePerOutputToken.value)),
            ("tokens_per_second_per_user", .number(p.tokensPerSecondPerUser)),
            ("tokens_per_second_per_gpu", .number(p.tokensPerSecondPerGPU)),
            ("output_tokens_per_second", .number(p.outputTokensPerSecond)),
        ]
        fields += [
            ("price_per_hour_usd", .optional(p.pricePerHour?.inDollarsPerHour)),
            ("usd_per_million_output_tokens", .optional(p.usdPerMillionOutputTokens?.value)),
            ("output_tokens_per_dollar", .optional(p.outputTokensPerDollar)),
            ("meets_targets", .bool(p.meetsTargets)),
        ]
        if let d = p.disaggregation {
            fields.append(
                (
                    "pools",
                    .object([
                        ("prefill_plan", .string(d.prefillPlan.summary)),
                        ("decode_plan", .string(d.decodePlan.summary)),
                        ("decode_batch", .number(Double(d.decodeBatch))),
                        ("prefill_tokens_per_second_per_gpu", .number(d.prefillTokensPerSecondPerGPU)),
                        ("decode_tokens_per_second_per_gpu", .number(d.decodeTokensPerSecondPerGPU)),
                        ("prefill_gpus_per_decode_gpu", .number(d.prefillToDecodeGPUs)),
                        ("kv_transfer_seconds", .number(d.kvTransfer.value)),
                    ])
                ))
        }
        return .object(fields)
    }

    /// The Pareto frontier as a table, slowest per user first.
    public static func frontierTable(_ r: ServingSearchResult) -> Table {
        Table(
            header: [
                "tok/s per user", "tok/s per GPU", "TPOT", "TTFT", "GPU", "precision", "plan", "batch", "$/M out",
            ],
            rows: r.frontier.map { p in
                [
                    NumberFormat.significant(p.tokensPerSecondPerUser, digits: 3),
                    NumberFormat.significant(p.tokensPerSecondPerGPU, digits: 3),
                    seconds(p.timePerOutputToken), seconds(p.timeToFirstToken), p.acceleratorID, p.precisionLabel,
                    p.plan.summary,
                    String(p.batch), p.usdPerMillionOutputTokens.map(dollars) ?? "—",
                ]
            }, numericColumns: [0, 1, 2, 3, 7, 8])
    }

    /// The frontier for CSV: the scalar fields of each point's JSON, numbers as numbers.
    static func frontierCSV(_ r: ServingSearchResult) -> String {
        let points = r.frontier.map { p -> [(String, JSONValue)] in
            guard case .object(let pairs) = pointJSON(p) else { return [] }
            return pairs.filter {
                if case .object = $0.1 { return false }
                return true
            }
        }
        let header = points.first?.map(\.0) ?? ["tokens_per_second_per_user"]
        return Table(header: header, rows: points.map { $0.map { TrainReport.cellText($0.1) } }).csv()
    }

    /// The frontier as an SVG chart (aiconfigurator-style): tokens/s per GPU against tokens/s per user, one marker
    /// series per accelerator, the frontier as a line, the TPOT target as a vertical reference.
    public static func frontierChart(_ r: ServingSearchResult, targets: ServingTargets, model: String) -> String {
        frontierLineChart(r, targets: targets, model: model).svg()
    }

    static func frontierLineChart(_ r: ServingSearchResult, targets: ServingTargets, model: String) -> LineChart {
        var byGPU: [String: [(x: Double, y: Double)]] = [:]
        var order: [String] = []
        for p in r.frontier {
            if byGPU[p.acceleratorID] == nil { order.append(p.acceleratorID) }
            byGPU[p.acceleratorID, default: []].append((p.tokensPerSecondPerUser, p.tokensPerSecondPerGPU))
        }
        var series = [
            LineChart.Series(
                name: "Pareto frontier",
                points: r.frontier.map { ($0.tokensPerSecondPerUser, $0.tokensPerSecondPerGPU) })
        ]
        series += order.map { LineChart.Series(name: $0, points: byGPU[$0]!, markers: true) }
        if let b = r.best {
            series.append(
                .init(
                    name: "best meeting targets", points: [(b.tokensPerSecondPerUser, b.tokensPerSecondPerGPU)],
                    markers: true))
        }
        var references: [LineChart.Reference] = []
        if let tpot = targets.timePerOutputToken {
            let ys = r.frontier.map(\.tokensPerSecondPerGPU)
            references.append(
                .init(
                    name: "TPOT target (\(seconds(tpot)))",
                    points: [(1 / tpot.value, ys.min() ?? 1), (1 / tpot.value, ys.max() ?? 10)]))
        }
        return LineChart(
            title: "\(model): throughput per GPU vs speed per user",
            x: Axis(label: "output tokens/s per user", scale: .log, format: Axis.plainFormat),
            y: Axis(label: "output tokens/s per GPU", scale: .log, format: Axis.countFormat),
            series: series, references: references)
    }

    static func pointRows(_ p: ServingPoint) -> [(String, String)] {
        var rows: [(String, String)] = [
            ("configuration", "\(p.acceleratorName), \(p.precisionLabel), \(p.plan.summary)"),
            (
                "deployment",
                "\(p.replicas) replica\(p.replicas == 1 ? "" : "s") × \(p.plan.gpus) GPUs = \(p.gpus) GPUs, "
                    + "\(p.batch) sequences per replica"
            ),
            (
                "latency",
                "TTFT \(seconds(p.timeToFirstToken)), TPOT \(seconds(p.timePerOutputToken)) "
                    + "(\(NumberFormat.significant(p.tokensPerSecondPerUser, digits: 3)) tokens/s per user)"
            ),
            (
                "throughput",
                "\(NumberFormat.significant(p.outputTokensPerSecond, digits: 3)) output tokens/s, "
                    + "\(NumberFormat.significant(p.tokensPerSecondPerGPU, digits: 3)) per GPU"
            ),
            (
                "cost",
                p.usdPerMillionOutputTokens.map {
                    "\(dollars($0)) per million output tokens at \(p.pricePerHour!.formatted) per GPU"
                } ?? "no price for this accelerator"
            ),
        ]
        if let d = p.disaggregation {
            rows.append(
                (
                    "pools",
                    "prefill \(d.prefillPlan.summary) at "
                        + "\(NumberFormat.significant(d.prefillTokensPerSecondPerGPU, digits: 3)) prompt tok/s/GPU; "
                        + "decode \(d.decodePlan.summary), batch \(d.decodeBatch), "
                        + "\(NumberFormat.significant(d.decodeTokensPerSecondPerGPU, digits: 3)) tok/s/GPU; "
                        + "\(NumberFormat.significant(d.prefillToDecodeGPUs, digits: 3)) prefill GPU per "
                        + "decode GPU; KV transfer \(seconds(d.kvTransfer))"
                ))
        }
        return rows
    }

    /// A search in every output format (the SVG chart is written separately by ``frontierChart(_:targets:model:)``).
    public static func renderSearch(
        _ r: ServingSearchResult, targets: ServingTargets, space: ServingSearchSpace,
        format: OutputFormat, assumptions: [Assumption] = [], notes: [String] = []
    ) -> String {
        var r = r
        r.notes += notes
        switch format {
        case .json:
            guard case .object(var pairs) = searchJSON(r, targets: targets, space: space) else { return "" }
            pairs.append(
                (
                    "assumptions",
                    .object(
                        assumptions.map {
                            ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))]))
                        })
                ))
            return JSONValue.object(pairs).rendered() + "\n"
        case .csv: return frontierCSV(r)
        case .markdown:
            var out = "## Serving configurations meeting the targets\n\n"
            if let b = r.best {
                out +=
                    "### Best per dollar\n\n"
                    + Table(header: ["quantity", "value"], rows: pointRows(b).map { [$0.0, $0.1] }).markdown() + "\n\n"
            }
            if let b = r.bestDisaggregated {
                out +=
                    "### Best disaggregated\n\n"
                    + Table(header: ["quantity", "value"], rows: pointRows(b).map { [$0.0, $0.1] }).markdown() + "\n\n"
            }
            out += "### Pareto frontier\n\n" + frontierTable(r).markdown() + "\n"
            for n in r.notes { out += "\n- " + n }
            return out + "\n"
        case .text:
            var out = ""
            if let b = r.best {
                out +=
                    "Best per dollar meeting the targets:\n"
                    + Table(header: ["quantity", "value"], rows: pointRows(b).map { [$0.0, $0.1] }).text(indent: "  ")
                    + "\n\n"
            }
            if let b = r.bestDisaggregated {
                out +=
                    "Best disaggregated:\n"
                    + Table(header: ["quantity", "value"], rows: pointRows(b).map { [$0.0, $0.1] }).text(indent: "  ")
                    + "\n\n"
            }
            out +=
                "Pareto frontier (\(r.evaluated) configurations, \(r.feasible) fit):\n"
                + frontierTable(r).text(indent: "  ") + "\n"
            out += AssumptionList.text(assumptions)
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}
