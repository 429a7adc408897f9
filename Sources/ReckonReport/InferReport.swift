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
