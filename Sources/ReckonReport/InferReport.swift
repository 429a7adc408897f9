import Foundation
import ReckonCore
import ReckonInput
import ReckonUnits

/// Renders a serving estimate in every output format.
public enum InferReport {
    /// The stable JSON document of `reckon infer --format json`.
    ///
    /// Fields: `model`, `gpu`, `precision`, `kv_precision`, `compute_precision`, `input_tokens`, `output_tokens`,
    /// `accelerators`, `tensor_parallel`, `replicas`, `spans_nodes`, `batch`, `max_batch`, `max_context_tokens`,
    /// `memory_bytes` {total, weights, kv_cache, activations, reserve} per accelerator, `memory_capacity_bytes`,
    /// `ttft_seconds` (one prompt on an idle replica), `tpot_seconds` (at `batch`), `tokens_per_second` (output, all replicas, prefill included),
    /// `tokens_per_second_per_gpu`, `tokens_per_second_per_sequence`, `decode_tokens_per_second`, `bound`
    /// ("compute"|"memory"), `compute_bound_batch` (null: never), `usd_per_million_tokens` {input, output},
    /// `usd_per_million_input_tokens`, `usd_per_million_output_tokens`, `usd_per_750_words`, `price_per_hour_usd`,
    /// `utilization`, `efficiency` {compute, memory, link}, `offload` (null or {storage, link, bandwidth_bytes_per_second,
    /// resident_layers, pipelined, pipelined_seconds, sequential_seconds}), `api_prices` [..],
    /// `throughput_curve` [{batch, tpot_seconds, tokens_per_second_per_sequence, decode_tokens_per_second_per_gpu, bound}],
    /// `rental_yardstick_usd_per_million_tokens`, `assumptions`, `notes`, `derivation`.
    public static func json(_ e: InferenceEstimate, assumptions: [Assumption] = [], notes: [String] = []) -> JSONValue {
        let s = e.scenario
        let m = e.memory
        var offload: JSONValue = .null
        if let st = e.streaming, let o = s.offload {
            offload = .object([
                ("storage", .string(o.tier.id)), ("link", .string(o.link.id)),
                ("bandwidth_bytes_per_second", .number(st.bandwidth.value)), ("bytes_per_layer", .number(st.bytesPerLayer.value)),
                ("resident_layers", .number(Double(st.residentLayers))), ("pipelined", .bool(o.pipelined)),
                ("pipelined_seconds", .number(st.pipelinedTime.value)), ("sequential_seconds", .number(st.sequentialTime.value)),
            ])
        }
        let yardstick = RentalYardstick.seed002.cost(perToken: InferenceCompute.linearFLOPPerToken(active: s.model.activeParameters), tokens: 1e6)
        return .object([
            ("model", .string(s.model.id)),
            ("model_name", .string(s.model.name)),
            ("params", .number(s.model.totalParameters.value)),
            ("active_params", .number(s.model.activeParameters.value)),
            ("shape_estimated", .bool(e.shape.isEstimated)),
            ("gpu", .string(s.accelerator.id)),
            ("precision", .string(s.quantization.weights.rawValue)),
            ("kv_precision", .string(s.quantization.kvCache.rawValue)),
            ("compute_precision", .string(e.computePrecision.rawValue)),
            ("input_tokens", .number(Double(s.inputTokens))),
            ("output_tokens", .number(Double(s.outputTokens))),
            ("accelerators", .number(Double(e.plan.accelerators))),
            ("tensor_parallel", .number(Double(e.plan.tensorParallel))),
            ("replicas", .number(Double(e.plan.replicas))),
            ("spans_nodes", .bool(e.spansNodes)),
            ("batch", .number(Double(e.batch))),
            ("max_batch", .number(Double(e.maxBatch))),
            ("max_context_tokens", .number(Double(e.maxContext))),
            ("memory_bytes", .object([("total", .number(m.total.value)), ("weights", .number(m.weights.value)),
                                      ("kv_cache", .number(m.kvCache.value)), ("activations", .number(m.activations.value)),
                                      ("reserve", .number(m.reserve.value))])),
            ("memory_capacity_bytes", .number(s.accelerator.memory!.value)),
            ("ttft_seconds", .number(e.timeToFirstToken.value)),
            ("tpot_seconds", .number(e.timePerOutputToken.value)),
            ("tokens_per_second", .number(e.tokensPerSecond.value)),
            ("tokens_per_second_per_gpu", .number(e.tokensPerSecondPerAccelerator.value)),
            ("tokens_per_second_per_sequence", .number(e.tokensPerSecondPerSequence.value)),
            ("decode_tokens_per_second", .number(e.decodeTokensPerSecond.value)),
            ("bound", .string(e.bound.rawValue)),
            ("compute_bound_batch", .optional(e.computeBoundBatch.map(Double.init))),
            ("usd_per_million_tokens", .object([("input", .number(e.cost.usdPerMillionInputTokens.value)),
                                                ("output", .number(e.cost.usdPerMillionOutputTokens.value))])),
            ("usd_per_million_input_tokens", .number(e.cost.usdPerMillionInputTokens.value)),
            ("usd_per_million_output_tokens", .number(e.cost.usdPerMillionOutputTokens.value)),
            ("usd_per_750_words", .number(e.cost.usdPer750Words.value)),
            ("price_per_hour_usd", .number(s.pricePerHour.inDollarsPerHour)),
            ("utilization", .number(s.utilization)),
            ("efficiency", .object([("compute", .number(s.efficiency.compute)), ("memory", .number(s.efficiency.memory)),
                                    ("link", .number(s.efficiency.link))])),
            ("offload", offload),
            ("throughput_curve", .array(curve(e).map { p in
                .object([("batch", .number(Double(p.batch))), ("tpot_seconds", .number(1 / p.perSequence.value)),
                         ("tokens_per_second_per_sequence", .number(p.perSequence.value)),
                         ("decode_tokens_per_second_per_gpu", .number(p.perAccelerator.value)), ("bound", .string(p.bound.rawValue))])
            })),
            ("api_prices", .array(APIPrice.references.map { p in
                .object([("name", .string(p.name)), ("date", .string(p.date)),
                         ("usd_per_million_input_tokens", .number(p.usdPerMillionInput.value)),
                         ("usd_per_million_output_tokens", .number(p.usdPerMillionOutput.value)), ("source", .string(p.source))])
            })),
            ("rental_yardstick_usd_per_million_tokens", .number(yardstick.value)),
            ("assumptions", .object(assumptions.map { ($0.key, .object([("value", .string($0.value)), ("source", .string($0.source))])) })),
            ("notes", .array(notes.map { .string($0) })),
            ("derivation", .array(e.derivation.map { step in
                .object([("name", .string(step.name)), ("formula", .string(step.formula)), ("value", .number(step.value)),
                         ("unit", .string(step.unit)), ("source", .string(step.source))])
            })),
        ])
    }

    /// Decode at batch 1, 2, 4, … up to the largest batch that fits (and the batch used).
    static func curve(_ e: InferenceEstimate) -> [(batch: Int, perSequence: TokensPerSecond, perAccelerator: TokensPerSecond, bound: Bound)] {
        guard e.streaming == nil, e.maxBatch >= 1 else { return [] }
        var batches: [Int] = []
        var b = 1
        while b < e.maxBatch { batches.append(b); b *= 2 }
        batches.append(e.maxBatch)
        if !batches.contains(e.batch) { batches.append(e.batch) }
        return (try? e.scenario.throughputCurve(batches: batches.sorted())) ?? []
    }

    static func curveTable(_ e: InferenceEstimate) -> Table {
        Table(header: ["batch", "time/token", "tokens/s per sequence", "decode tokens/s per GPU", "bound"],
              rows: curve(e).map { p in
                  [String(p.batch), seconds(Tokens(1) / p.perSequence), NumberFormat.significant(p.perSequence.value),
                   NumberFormat.significant(p.perAccelerator.value), p.bound.rawValue]
              })
    }

    static func seconds(_ t: Seconds) -> String {
        t.value < 1 ? NumberFormat.significant(t.value * 1000, digits: 3) + " ms" : NumberFormat.significant(t.value, digits: 3) + " s"
    }

    static func dollars(_ x: USD) -> String {
        x.value < 0.01 ? "$" + NumberFormat.significant(x.value, digits: 2) : "$" + NumberFormat.significant(x.value, digits: 3)
    }

    static func rows(_ e: InferenceEstimate) -> [(String, String)] {
        let s = e.scenario
        let m = e.memory
        var rows: [(String, String)] = [
            ("model", s.model.name + (s.model.isEstimate ? " [ESTIMATE]" : "") + (e.shape.isEstimated ? " (shape estimated)" : "")),
            ("parameters", s.model.isMixtureOfExperts ? "\(s.model.totalParameters.formatted) total, \(s.model.activeParameters.formatted) active" : s.model.totalParameters.formatted),
            ("precision", "weights \(s.quantization.weights.label), KV cache \(s.quantization.kvCache.label), math at \(e.computePrecision.label)"),
            ("request", "\(s.inputTokens) prompt + \(s.outputTokens) output tokens"),
            ("accelerators", "\(e.plan.accelerators) × \(s.accelerator.name) (\(e.plan.replicas) replica\(e.plan.replicas == 1 ? "" : "s") of tensor-parallel \(e.plan.tensorParallel)\(e.spansNodes ? ", spans nodes" : ""))"),
            ("memory per accelerator", "\(m.total.formatted) of \(s.accelerator.memory!.formatted): weights \(m.weights.formatted), KV cache \(m.kvCache.formatted), activations \(m.activations.formatted), reserve \(m.reserve.formatted)"),
            ("batch", "\(e.batch) sequence\(e.batch == 1 ? "" : "s") (largest that fits: \(e.maxBatch); one sequence alone: \(NumberFormat.grouped(Double(e.maxContext))) tokens)"),
            ("time to first token", seconds(e.timeToFirstToken) + " (one prompt, idle replica)"),
            ("time per output token", seconds(e.timePerOutputToken) + " (\(e.bound.rawValue)-bound)"),
            ("per sequence", e.tokensPerSecondPerSequence.formatted),
            ("throughput", "\(e.tokensPerSecond.formatted) output, \(e.tokensPerSecondPerAccelerator.formatted) per accelerator (prefill included)"),
            ("decode turns compute-bound at", e.computeBoundBatch.map { "batch \($0)" } ?? "never at this context (KV reads grow with the batch)"),
        ]
        if let st = e.streaming, let o = s.offload {
            rows.append(("weight streaming", "\(o.tier.id) over \(o.link.name) at \(NumberFormat.significant(st.bandwidth.inGigabytesPerSecond)) GB/s, \(st.residentLayers) layers resident; pipelined \(seconds(st.pipelinedTime)), not pipelined \(seconds(st.sequentialTime)) per step"))
        }
        rows += [
            ("cost per million tokens", "\(dollars(e.cost.usdPerMillionInputTokens)) input, \(dollars(e.cost.usdPerMillionOutputTokens)) output at \(s.pricePerHour.formatted) per accelerator, utilization \(NumberFormat.significant(s.utilization * 100))%"),
            ("cost per 750 words", dollars(e.cost.usdPer750Words)),
        ]
        return rows
    }

    static func comparison(_ e: InferenceEstimate) -> Table {
        let yardstick = RentalYardstick.seed002.cost(perToken: InferenceCompute.linearFLOPPerToken(active: e.scenario.model.activeParameters), tokens: 1e6)
        var rows = [["this estimate", "-", dollars(e.cost.usdPerMillionInputTokens), dollars(e.cost.usdPerMillionOutputTokens)]]
        rows += APIPrice.references.map { [$0.name + " API", $0.date, dollars($0.usdPerMillionInput), dollars($0.usdPerMillionOutput)] }
        rows.append(["2N FLOP at $1/h per 100 TFLOP/s (seed 002)", "2021", dollars(yardstick), dollars(yardstick)])
        return Table(header: ["per million tokens", "date", "input", "output"], rows: rows)
    }

    public static func render(_ r: InferRequest.Resolved, format: OutputFormat) throws -> String {
        let e = try r.scenario.estimate()
        switch format {
        case .json: return json(e, assumptions: r.assumptions, notes: r.notes).rendered() + "\n"
        case .csv:
            let j = json(e, assumptions: r.assumptions, notes: r.notes)
            guard case .object(let pairs) = j else { return "" }
            let scalars = pairs.filter { if case .object = $0.1 { return false }; if case .array = $0.1 { return false }; return true }
            return Table(header: scalars.map(\.0), rows: [scalars.map { TrainReport.cellText($0.1) }]).csv()
        case .markdown:
            var out = "## Serving estimate\n\n" + Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).markdown()
            out += "\n\n### Published prices\n\n" + comparison(e).markdown()
            if !curve(e).isEmpty { out += "\n\n### Decode vs batch\n\n" + curveTable(e).markdown() }
            out += "\n\n### Assumptions\n\n" + Table(header: ["input", "value", "source"], rows: r.assumptions.map { [$0.key, $0.value, $0.source] }).markdown()
            out += "\n\n### Derivation\n\n" + Table(header: ["step", "formula", "value", "unit"], rows: e.derivation.map { [$0.name, $0.formula, NumberFormat.compact($0.value), $0.unit] }).markdown()
            if !r.notes.isEmpty { out += "\n\n" + r.notes.map { "- " + $0 }.joined(separator: "\n") }
            return out + "\n"
        case .text:
            var out = Table(header: ["quantity", "value"], rows: rows(e).map { [$0.0, $0.1] }).text() + "\n\n"
            out += comparison(e).text() + "\n"
            if !curve(e).isEmpty { out += "\nDecode vs batch (one replica, tensor-parallel \(e.plan.tensorParallel)):\n" + curveTable(e).text(indent: "  ") + "\n" }
            out += AssumptionList.text(r.assumptions)
            out += "\nDerivation:\n"
            for d in e.derivation { out += "  \(d.name): \(d.formula) = \(NumberFormat.compact(d.value)) \(d.unit)\n" }
            for n in r.notes { out += "\nNote: " + n + "\n" }
            return out
        }
    }
}
