import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

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
