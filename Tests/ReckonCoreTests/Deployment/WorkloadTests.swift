import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct WorkloadTests {
    let h100 = try! Catalog.builtin.accelerator("h100-sxm")

    @Test func usersTimesRequestsTimesTokens() throws {
        // 1,000 users × 10 requests × (200 in, 50 out) = 2e6 input and 5e5 output tokens per day.
        let w = try Workload.users(
            name: "t", users: 1000, requestsPerUserPerDay: 10, inputTokensPerRequest: 200,
            outputTokensPerRequest: 50)
        #expect(w.inputTokensPerDay.value == 2e6)
        #expect(w.outputTokensPerDay.value == 5e5)
        #expect(throws: InputError.self) {
            try Workload(
                name: "t", inputTokensPerDay: Tokens(1), outputTokensPerDay: Tokens(1), inputTokensPerRequest: 1,
                outputTokensPerRequest: 1, peakToAverage: 0.5)
        }
    }

    func serving() throws -> InferenceScenario {
        try InferenceScenario(
            model: InferenceEstimateTests.llama8B, accelerator: h100, inputTokens: 1, outputTokens: 1,
            quantization: Quantization(weights: .fp8), pricePerHour: .dollarsPerHour(2))
    }

    @Test func fleetFollowsTheFormula() throws {
        // Recompute the fleet from the replica estimate it reports (definition in Workload.fleet):
        // busy = out/s · τ_out + in/s · τ_in; replicas = ⌈busy × 3⌉; cost = accelerators × 1 year × $2/h.
        let w = try Workload(
            name: "t", inputTokensPerDay: Tokens(5e10), outputTokensPerDay: Tokens(2e10),
            inputTokensPerRequest: 500, outputTokensPerRequest: 200, peakToAverage: 3)
        let econ = EconomicsPresets.defaults(for: h100)
        let f = try w.fleet(serving: serving(), economics: econ)
        let r = f.replica
        let busy = 2e10 / 86_400 * r.replicaTimePerOutputToken.value + 5e10 / 86_400 * r.prefillTimePerInputToken.value
        #expect(f.replicas == Int((busy * 3).rounded(.up)))
        #expect(f.accelerators == f.replicas)  // TP1 for an 8B FP8 model on 80 GB
        #expect(abs(f.acceleratorHours / (Double(f.accelerators) * 8766) - 1) < 1e-12)  // Julian year = 8,766 h
        #expect(abs(f.cost.value / (f.acceleratorHours * 2) - 1) < 1e-12)
        // Energy: n × 700 W × 1.0 × PUE 1.1 × 1 year (EconomicsPresets; Patterson et al. 2021 PUE).
        #expect(abs(f.energy!.value / (Double(f.accelerators) * 700 * 1.1 * 365.25 * 86_400) - 1) < 1e-12)
        #expect(f.utilization > 0 && f.utilization <= 1)
    }

    @Test func latencyTargetShrinksTheBatchAndGrowsTheFleet() throws {
        // A tight per-token target forces a smaller batch, so more replicas for the same traffic.
        let loose = try Workload(
            name: "t", inputTokensPerDay: Tokens(1e9), outputTokensPerDay: Tokens(1e10),
            inputTokensPerRequest: 1000, outputTokensPerRequest: 1000)
        var tight = loose
        tight.latencyTarget = Seconds(0.008)
        let econ = EconomicsPresets.defaults(for: h100)
        let a = try loose.fleet(serving: serving(), economics: econ)
        let b = try tight.fleet(serving: serving(), economics: econ)
        #expect(b.replica.timePerOutputToken.value <= 0.008)
        #expect(b.replica.batch < a.replica.batch)
        #expect(b.accelerators >= a.accelerators)
        // A target below batch-1 decode time (≥ 8.03 GB / 3.35 TB/s = 2.4 ms) is refused.
        tight.latencyTarget = Seconds(0.001)
        #expect(throws: InputError.self) { try tight.fleet(serving: serving(), economics: econ) }
    }

    @Test func searchingTheTensorParallelDegreeNeverGrowsTheFleet() throws {
        // Llama 3.1 70B FP8 fits on one H100 with little room for KV cache; the search may pick a wider replica
        // but never a larger fleet than the minimum degree (it is one of the candidates).
        let llama70 = try Catalog.builtin.model("llama-3.1-70b")
        let w = try Workload(
            name: "t", inputTokensPerDay: Tokens(1.6e10), outputTokensPerDay: Tokens(6e9),
            inputTokensPerRequest: 800, outputTokensPerRequest: 300, latencyTarget: Seconds(0.05))
        let econ = EconomicsPresets.defaults(for: h100)
        let free = try InferenceScenario(
            model: llama70, accelerator: h100, inputTokens: 800, outputTokens: 300,
            quantization: Quantization(weights: .fp8), pricePerHour: .dollarsPerHour(2))
        var pinned = free
        pinned.tensorParallel = 1
        let searched = try w.fleet(serving: free, economics: econ)
        let fixed = try w.fleet(serving: pinned, economics: econ)
        #expect(fixed.replica.plan.tensorParallel == 1)
        #expect(searched.accelerators <= fixed.accelerators)
    }
}
