import Foundation
import ReckonCore
import ReckonUnits

/// What a published serving figure measures, and so how the model is run to predict it.
public enum ServingMeasurement: Sendable, Hashable {
    /// Max-load run with continuous batching: output tokens/s per GPU at the largest batch that fits (at most
    /// `batchCap`, the engine's `max_num_seqs`).
    case continuous(batchCap: Int?)
    /// `batch` requests started together (vLLM `benchmark_latency`, all prompts at once with equal lengths):
    /// output tokens/s per GPU over prefill + `n_out − 1` decode steps.
    case staticBatchThroughput(batch: Int)
    /// The same run's end-to-end latency, seconds.
    case staticBatchLatency(batch: Int)
    /// Poisson arrivals at `requestRate` per second: the steady-state TPOT, seconds (concurrency from Little's
    /// law, solved together with TPOT and TTFT).
    case onlineTPOT(requestRate: Double)
    /// The same run's time to first token, seconds.
    case onlineTTFT(requestRate: Double)
    /// Decode alone (a disaggregated decode pool): output tokens/s per GPU at `batch` sequences per replica
    /// (nil: the largest that fits).
    case decodeOnly(batch: Int?)
    /// Prefill alone (a disaggregated prefill pool): prompt tokens/s per GPU, `tokensPerGroup` per step and group.
    case prefillOnly(tokensPerGroup: Int)
    /// A published lower bound on tokens/s per user at concurrency 1.
    case perUserLowerBound
    /// A published lower bound on output tokens/s per GPU at max load.
    case perGPULowerBound

    /// True for measurements of time (a higher prediction is slower).
    public var isLatency: Bool {
        switch self {
        case .staticBatchLatency, .onlineTPOT, .onlineTTFT: true
        default: false
        }
    }
    /// True for published bounds (reported, not fitted).
    public var isBound: Bool {
        switch self {
        case .perUserLowerBound, .perGPULowerBound: true
        default: false
        }
    }
}

/// One published serving measurement Reckon models: the deployment as far as the source states it, the
/// figure, and whether it enters the fit.
public struct ServingDevelopmentRow: Sendable {
    public var id: String
    /// Model family · precision · engine · hardware: the grouping errors are reported and toleranced by.
    public var family: String
    public var scenario: InferenceScenario
    public var measurement: ServingMeasurement
    /// The published value in the measurement's unit (per GPU for throughputs).
    public var published: Double
    public var unit: String
    public var source: String
    /// Used in the fit (false: reported only, with the reason in `note`).
    public var inFit: Bool
    public var note: String
    /// The source states perfectly balanced experts (simulated EPLB): the imbalance factor is 1 for this row.
    public var balancedExperts: Bool = false
}

/// A row's prediction and its error.
public struct ServingRowResult: Sendable {
    public var row: ServingDevelopmentRow
    public var predicted: Double?
    /// predicted / published − 1 (nil when not computed).
    public var error: Double?
    /// Batch or concurrency the prediction used, and anything the model noticed (memory, saturation).
    public var detail: String
}

/// The development set of the serving model and its one global fit.
///
/// Rows: every serving-throughput and latency figure of the TensorRT-LLM perf overview (20 TensorRT-LLM
/// Llama 3.1 8B rows) and `shared/ground-truth/dev-2026/serving_throughput.csv` that states enough of its
/// deployment to be modelled (model, GPUs, precision, lengths, and a batch, rate or "max load"), each with its
/// row id and source; the rest are listed with the reason they are not modelled. Per-node and per-system figures
/// are divided by their GPU counts (the `derived` column of the file).
///
/// Fit: ``fit(rows:grid:)`` takes the constant set minimising the mean over families of each family's RMS log
/// error on the rows with `inFit`, each family weighted by √(its rows) (20 rows of one benchmark weigh 4.5 single
/// rows, not 20). ``EfficiencyFactors/serving`` holds the result; ``evaluate(rows:efficiency:)`` reports every row.
public enum ServingCalibration {
    /// Model and accelerator lookups (the catalog's, passed in: this module does not depend on it).
    public struct Lookup: Sendable {
        public var model: @Sendable (String) throws -> ModelSpec
        public var accelerator: @Sendable (String) throws -> AcceleratorSpec
        public init(
            model: @escaping @Sendable (String) throws -> ModelSpec,
            accelerator: @escaping @Sendable (String) throws -> AcceleratorSpec
        ) {
            self.model = model
            self.accelerator = accelerator
        }
    }

    /// The prediction for one row under `efficiency`, with a note on what the model did.
    public static func predict(_ row: ServingDevelopmentRow, efficiency: EfficiencyFactors) -> (
        value: Double?, detail: String
    ) {
        var s = row.scenario
        s.efficiency = efficiency
        if row.balancedExperts { s.efficiency.expertImbalance = 1 }
        guard let plan = try? s.plan() else { return (nil, "no plan fits") }
        let engine = s.servingRoofline(plan.serving)
        let g = Double(plan.serving.gpus)
        let n = s.inputTokens
        let m = s.outputTokens
        let fit = s.memoryFit
        let kvLimit = fit.maxBatch(plan.serving, context: s.heldContext)
        let budgetLimit = s.memory.maxTokensPerStep * plan.serving.dataParallelAttention
        let context = Double(n) + (Double(m) + 1) / 2
        switch row.measurement {
        case .continuous(let cap):
            let b = min(kvLimit, budgetLimit, cap ?? Int.max)
            guard b >= 1 else { return (nil, "does not fit") }
            return (engine.offlineThroughput(batch: b, inputTokens: n, outputTokens: m).value / g, "batch \(b)")
        case .staticBatchThroughput(let batch), .staticBatchLatency(let batch):
            let b = min(batch, kvLimit)
            guard b >= 1 else { return (nil, "does not fit") }
            let e2e = staticRun(engine, batch: b, input: n, output: m)
            if case .staticBatchLatency = row.measurement { return (e2e, "batch \(b)") }
            // Waves of b when more requests were submitted than run at once.
            return (Double(b) * Double(m) / e2e / g, b < batch ? "batch \(b) (KV-limited, of \(batch))" : "batch \(b)")
        case .onlineTPOT(let rate), .onlineTTFT(let rate):
            let limit = min(kvLimit, budgetLimit)
            guard limit >= 1 else { return (nil, "does not fit") }
            let (c, saturated) = concurrency(engine, rate: rate, input: n, output: m, limit: limit)
            let detail =
                "concurrency \(NumberFormat.significant(c, digits: 3))"
                + (saturated ? " (saturated: queueing not modelled)" : "")
            let b = max(1, Int(c.rounded()))
            if case .onlineTTFT = row.measurement {
                return (engine.timeToFirstTokenUnderLoad(batch: b, inputTokens: n, outputTokens: m).value, detail)
            }
            return (engine.cycle(batch: b, inputTokens: n, outputTokens: m).time.value, detail)
        case .decodeOnly(let batch):
            let b = batch ?? min(kvLimit, budgetLimit)
            let fits = kvLimit >= b
            guard b >= 1 else { return (nil, "does not fit") }
            let t = engine.step(decode: Double(b), context: context).total.value
            return (
                Double(b) / t / g,
                "batch \(b) per replica" + (fits ? "" : " (more than Reckon's KV capacity \(kvLimit))")
            )
        case .prefillOnly(let tokens):
            let total = Double(tokens * plan.serving.dataParallelAttention)
            let t = engine.step(decode: 0, context: 0, prefill: total, promptLength: Double(n)).total.value
            let fits = fit.kvBudgetPerAccelerator(plan.serving).value > 0
            return (
                total / t / g, "\(tokens) tokens per group" + (fits ? "" : " (weights exceed memory by Reckon's count)")
            )
        case .perUserLowerBound:
            return (1 / engine.cycle(batch: 1, inputTokens: n, outputTokens: m).time.value, "concurrency 1")
        case .perGPULowerBound:
            let b = min(kvLimit, budgetLimit)
            guard b >= 1 else { return (nil, "does not fit") }
            return (engine.offlineThroughput(batch: b, inputTokens: n, outputTokens: m).value / g, "batch \(b)")
        }
    }

    /// End-to-end time of `batch` requests started together: their prompts, then `n_out − 1` decode steps at the
    /// mean context.
    static func staticRun(_ engine: ServingRoofline, batch: Int, input: Int, output: Int) -> Double {
        let prefill = engine.prefill(tokens: input, requests: batch).total.value
        let context = Double(input) + Double(output) / 2
        let decode = engine.step(decode: Double(batch), context: context).total.value * Double(max(0, output - 1))
        return prefill + decode
    }

    /// Requests in flight under Poisson arrivals at `rate`: the fixed point of Little's law
    /// `C = λ · (TTFT(C) + (n_out − 1) · TPOT(C))`, capped at `limit` (saturated beyond).
    static func concurrency(_ engine: ServingRoofline, rate: Double, input: Int, output: Int, limit: Int) -> (
        Double, Bool
    ) {
        var c = 1.0
        for _ in 0..<60 {
            let b = max(1, min(limit, Int(c.rounded())))
            let tpot = engine.cycle(batch: b, inputTokens: input, outputTokens: output).time.value
            let ttft = engine.timeToFirstTokenUnderLoad(batch: b, inputTokens: input, outputTokens: output).value
            let next = rate * (ttft + Double(output - 1) * tpot)
            if next >= Double(limit) { return (Double(limit), true) }
            if abs(next - c) < 0.01 { return (next, false) }
            c = 0.5 * c + 0.5 * next
        }
        return (c, false)
    }

    /// Every row's prediction and error under `efficiency`.
    public static func evaluate(rows: [ServingDevelopmentRow], efficiency: EfficiencyFactors = .serving)
        -> [ServingRowResult]
    {
        rows.map { row in
            let (value, detail) = predict(row, efficiency: efficiency)
            let error = value.map { $0 / row.published - 1 }
            return ServingRowResult(row: row, predicted: value, error: error, detail: detail)
        }
    }

    /// Per family: rows, RMS error and largest error (fitted rows only when `fittedOnly`).
    public static func families(_ results: [ServingRowResult]) -> [(
        family: String, rows: Int, rms: Double, worst: Double
    )] {
        var order: [String] = []
        var groups: [String: [Double]] = [:]
        for r in results {
            guard let e = r.error else { continue }
            if groups[r.row.family] == nil { order.append(r.row.family) }
            groups[r.row.family, default: []].append(e)
        }
        return order.map { f in
            let e = groups[f]!
            let rms = (e.map { $0 * $0 }.reduce(0, +) / Double(e.count)).squareRoot()
            return (f, e.count, rms, e.map(abs).max() ?? 0)
        }
    }

    /// The fit's objective: the √n-weighted mean over families of the RMS of ln(predicted / published) on fitted rows.
    public static func objective(rows: [ServingDevelopmentRow], efficiency: EfficiencyFactors) -> Double {
        var groups: [String: (Double, Int)] = [:]
        for row in rows where row.inFit {
            guard let v = predict(row, efficiency: efficiency).value, v > 0 else { return .infinity }
            let e = Foundation.log(v / row.published)
            let g = groups[row.family] ?? (0, 0)
            groups[row.family] = (g.0 + e * e, g.1 + 1)
        }
        guard !groups.isEmpty else { return .infinity }
        // Each family's RMS weighted by √(its rows): the weight of an RMS estimate grows with the rows behind it,
        // but 20 rows of one benchmark count √20 ≈ 4.5 times one row, not 20 times.
        var total = 0.0
        var weights = 0.0
        for (squares, n) in groups.values {
            let w = Double(n).squareRoot()
            total += w * (squares / Double(n)).squareRoot()
            weights += w
        }
        return total / weights
    }
}
