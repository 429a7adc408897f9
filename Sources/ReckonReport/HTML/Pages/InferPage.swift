import ReckonAnalysis
import ReckonCore
import ReckonInput
import ReckonUnits

/// The `infer` page: latency, throughput, memory and cost of serving one model, decode against batch size, and
/// published prices; or, with latency targets, the Pareto frontier of configurations.
enum InferPage {
    static func result(_ r: InferRequest.Resolved) throws -> Analysis.PageResult {
        let e = try r.scenario.estimate()
        let s = e.scenario
        let headline =
            "\(s.model.name) on \(e.plan.accelerators) × \(s.accelerator.name) (\(e.plan.serving.summary)), "
            + "batch \(e.batch): \(InferReport.seconds(e.timePerOutputToken)) per output token, "
            + "\(InferReport.seconds(e.timeToFirstToken)) to the first token, "
            + "\(InferReport.dollars(e.cost.usdPerMillionOutputTokens)) per million output tokens."
        var setup = QuantityTable()
        for (label, value) in InferReport.rows(e)
        where ["model", "parameters", "precision", "request", "accelerators", "batch"].contains(label) {
            setup.add(label, value)
        }
        var speed = QuantityTable()
        speed.add(
            "time to first token (idle replica)", InferReport.seconds(e.timeToFirstToken), "ttft_seconds",
            e.timeToFirstToken.value)
        if let t = e.timeToFirstTokenUnderLoad {
            speed.add("time to first token under load", InferReport.seconds(t), "ttft_under_load_seconds", t.value)
        }
        speed.add(
            "time per output token", InferReport.seconds(e.timePerOutputToken), "tpot_seconds",
            e.timePerOutputToken.value)
        speed.add(
            "decode step alone", InferReport.seconds(e.decodeStep.total), "decode_step_seconds",
            e.decodeStep.total.value)
        speed.add(
            "output tokens/s, all replicas", NumberFormat.count(e.tokensPerSecond.value), "tokens_per_second",
            e.tokensPerSecond.value)
        speed.add(
            "output tokens/s per accelerator", NumberFormat.count(e.tokensPerSecondPerAccelerator.value),
            "tokens_per_second_per_gpu", e.tokensPerSecondPerAccelerator.value)
        speed.add(
            "tokens/s per sequence", NumberFormat.count(e.tokensPerSecondPerSequence.value),
            "tokens_per_second_per_sequence", e.tokensPerSecondPerSequence.value)
        speed.add("bound", e.bound.rawValue)
        speed.add("largest batch that fits", NumberFormat.count(Double(e.maxBatch)), "max_batch", Double(e.maxBatch))
        var cost = QuantityTable()
        cost.add(
            "per million input tokens", InferReport.dollars(e.cost.usdPerMillionInputTokens),
            "usd_per_million_input_tokens", e.cost.usdPerMillionInputTokens.value)
        cost.add(
            "per million output tokens", InferReport.dollars(e.cost.usdPerMillionOutputTokens),
            "usd_per_million_output_tokens", e.cost.usdPerMillionOutputTokens.value)
        cost.add(
            "per 750 words", InferReport.dollars(e.cost.usdPer750Words), "usd_per_750_words",
            e.cost.usdPer750Words.value)
        cost.add(
            "price per accelerator-hour", s.pricePerHour.formatted, "price_per_hour_usd",
            s.pricePerHour.inDollarsPerHour)
        cost.add("utilization", PageParts.percent(s.utilization), "utilization", s.utilization)

        var tables = [
            speed.page(id: "speed", title: "Speed"), cost.page(id: "cost", title: "Cost"),
            memoryTable(e), setup.page(id: "setup", title: "The deployment", numeric: false),
            PageTable(id: "prices", title: "Against published prices", table: InferReport.comparison(e)),
        ]
        var charts = [PageChart(id: "infer-memory", memoryChart(e))]
        if let curve = curveChart(e) {
            charts.insert(PageChart(id: "infer-decode-vs-batch", curve), at: 0)
            tables.append(PageTable(id: "curve", title: "Decode against batch size", table: InferReport.curveTable(e)))
        }
        return Analysis.PageResult(
            headline: headline, tables: tables, charts: charts, assumptions: r.assumptions,
            derivation: e.derivation, notes: r.notes)
    }

    static func memoryTable(_ e: InferenceEstimate) -> PageTable {
        let m = e.memory
        var t = QuantityTable()
        t.add("weights", m.weights.formatted, "memory_bytes.weights", m.weights.value)
        t.add("KV cache", m.kvCache.formatted, "memory_bytes.kv_cache", m.kvCache.value)
        t.add("activations", m.activations.formatted, "memory_bytes.activations", m.activations.value)
        t.add("reserve", m.reserve.formatted, "memory_bytes.reserve", m.reserve.value)
        t.add("total", m.total.formatted, "memory_bytes.total", m.total.value)
        if let capacity = e.scenario.accelerator.memory {
            t.add("capacity", capacity.formatted, "memory_capacity_bytes", capacity.value)
        }
        t.add(
            "KV cache capacity", NumberFormat.count(Double(e.kvCapacity.tokens)) + " tokens", "kv_capacity.tokens",
            Double(e.kvCapacity.tokens))
        return t.page(id: "memory", title: "Memory per accelerator")
    }

    /// Memory per accelerator by part, against the accelerator's capacity.
    static func memoryChart(_ e: InferenceEstimate) -> BarChart {
        let m = e.memory
        let parts: [(String, Double, Int)] = [
            ("weights", m.weights.value, 0), ("KV cache", m.kvCache.value, 1),
            ("activations", m.activations.value, 2), ("reserve", m.reserve.value, 3),
        ]
        let bars = parts.map {
            BarChart.Bar(
                label: $0.0, low: 0, high: $0.1 / 1e9, tone: $0.2,
                annotation: Bytes($0.1).formatted)
        }
        return BarChart(
            title: "Memory per accelerator: \(m.total.formatted) of "
                + "\(e.scenario.accelerator.memory?.formatted ?? "?")",
            value: Axis(label: "GB per accelerator", format: Axis.plainFormat), bars: bars,
            orientation: .horizontal, baseline: e.scenario.accelerator.memory.map { $0.value / 1e9 },
            baselineName: "capacity of one \(e.scenario.accelerator.name)")
    }

    /// Decode tokens/s per accelerator and per sequence against batch size (log–log), the batch used marked.
    static func curveChart(_ e: InferenceEstimate) -> LineChart? {
        let curve = InferReport.curve(e)
        guard curve.count > 1 else { return nil }
        let perGPU = curve.map { (x: Double($0.batch), y: $0.perAccelerator.value) }
        let perSequence = curve.map { (x: Double($0.batch), y: $0.perSequence.value) }
        let chosen =
            curve.first { $0.batch == e.batch }.map { [(x: Double($0.batch), y: $0.perAccelerator.value)] } ?? []
        return LineChart(
            title: "\(e.scenario.model.name): decode throughput vs batch",
            x: Axis(label: "batch (sequences per replica)", scale: .log, format: Axis.countFormat),
            y: Axis(label: "output tokens/s", scale: .log, format: Axis.countFormat),
            series: [
                .init(name: "per accelerator", points: perGPU),
                .init(name: "per sequence", points: perSequence, dashed: true),
                .init(name: "batch used (\(e.batch))", points: chosen, markers: true),
            ])
    }

    /// The latency-target search: the best configuration, the Pareto frontier and its chart.
    static func search(
        _ result: ServingSearchResult, targets: ServingTargets, space: ServingSearchSpace,
        notes: [String]
    ) -> Analysis.PageResult {
        var tables: [PageTable] = []
        var headline = "No configuration of \(space.model.name) meets the targets."
        if let b = result.best {
            headline =
                "Best per dollar meeting the targets: \(b.acceleratorName), \(b.precisionLabel), "
                + "\(b.plan.summary), batch \(b.batch) — TPOT \(InferReport.seconds(b.timePerOutputToken)), "
                + (b.usdPerMillionOutputTokens.map { InferReport.dollars($0) + " per million output tokens." } ?? "")
            var t = QuantityTable()
            for (label, value) in InferReport.pointRows(b) { t.add(label, value) }
            tables.append(t.page(id: "best", title: "Best per dollar", numeric: false))
        }
        let data = result.frontier.indices.map {
            PageTable.Datum("frontier.\($0).tokens_per_second_per_gpu", result.frontier[$0].tokensPerSecondPerGPU)
        }
        tables.append(
            PageTable(
                id: "frontier", title: "Pareto frontier",
                caption: "\(result.evaluated) configurations evaluated, \(result.feasible) fit.",
                table: InferReport.frontierTable(result), data: data))
        let chart = InferReport.frontierLineChart(result, targets: targets, model: space.model.name)
        return Analysis.PageResult(
            headline: headline, tables: tables,
            charts: [PageChart(id: "infer-frontier", chart)], notes: result.notes + notes)
    }
}
