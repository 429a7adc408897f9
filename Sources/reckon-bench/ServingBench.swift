import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `serving`: the latency-target search over every catalog accelerator for Llama 3.1 70B (issue 20: "answers in
/// under 200 ms wall"), TTFT ≤ 2 s and TPOT ≤ 50 ms at 256 requests in flight, 1,000 prompt + 250 output tokens,
/// every precision each accelerator supports, aggregated and disaggregated, two threads.
func benchServing() throws {
    let catalog = Catalog.builtin
    let model = try catalog.model("llama-3.1-70b")
    var prices: [String: USDPerSecond] = [:]
    for a in catalog.accelerators { if let p = a.cloudPrice { prices[a.id] = p } }
    let targets = ServingTargets(timeToFirstToken: Seconds(2), timePerOutputToken: Seconds(0.05), concurrency: 256)
    for disaggregate in [false, true] {
        let space = ServingSearchSpace(
            model: model, accelerators: catalog.accelerators, prices: prices,
            inputTokens: 1000, outputTokens: 250, disaggregate: disaggregate)
        var result: ServingSearchResult? = nil
        let times = measure(repetitions: 20) { result = try? ServingSearch.run(space, targets: targets, threads: 2) }
        report(
            "serving: Llama 3.1 70B, \(catalog.accelerators.count) accelerators, TTFT ≤ 2 s, TPOT ≤ 50 ms, 256 in "
                + "flight"
                + (disaggregate ? ", with disaggregated pools" : ""), times, target: 200)
        if let r = result {
            print("  \(r.evaluated) configurations (\(r.feasible) fit), frontier \(r.frontier.count) points")
            if let b = r.best {
                print(
                    "  best: \(b.acceleratorName), \(b.precisionLabel), \(b.plan.summary), batch \(b.batch) × "
                        + "\(b.replicas) replicas: "
                        + "TPOT \(NumberFormat.significant(b.timePerOutputToken.value * 1000, digits: 3)) ms, "
                        + "\(NumberFormat.significant(b.tokensPerSecondPerGPU, digits: 3)) tok/s/GPU, "
                        + (b.usdPerMillionOutputTokens.map { "$" + NumberFormat.significant($0.value, digits: 3) }
                            ?? "—")
                        + " per M output tokens"
                )
            }
        }
    }
}
