import Foundation
import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits
@testable import ReckonReport

/// Rendering of the latency-target search: JSON fields, the frontier table, the SVG chart (golden for fixed points).
@Suite struct ServingSearchReportTests {
    static func point(_ gpu: String, perUser: Double, perGPU: Double, batch: Int) -> ServingPoint {
        ServingPoint(
            acceleratorID: gpu, acceleratorName: gpu.uppercased(), quantization: Quantization(weights: .fp8),
            precisionLabel: "FP8", plan: ServingPlan(tensorParallel: 2), batch: batch, replicas: 1,
            timeToFirstToken: Seconds(0.2), timePerOutputToken: Seconds(1 / perUser), tokensPerSecondPerUser: perUser,
            tokensPerSecondPerGPU: perGPU, outputTokensPerSecond: perGPU * 2, gpus: 2, pricePerHour: .dollarsPerHour(2),
            outputTokensPerDollar: perGPU / (2.0 / 3600), meetsTargets: perUser >= 20, disaggregation: nil)
    }

    /// Fixed points (not a model run), so the golden file changes only when the renderer does.
    static let fixed = ServingSearchResult(
        best: point("h200", perUser: 25, perGPU: 1200, batch: 96), bestDisaggregated: nil,
        frontier: [
            point("h100-sxm", perUser: 8, perGPU: 2600, batch: 512),
            point("h200", perUser: 25, perGPU: 1200, batch: 96),
            point("h200", perUser: 60, perGPU: 300, batch: 8),
        ],
        bestTotalThroughput: nil, evaluated: 10, feasible: 9, notes: ["a note"])

    @Test func paretoChartSVG() throws {
        let svg = InferReport.frontierChart(
            Self.fixed, targets: ServingTargets(timePerOutputToken: Seconds(0.05)), model: "Demo <model>")
        #expect(
            svg.contains("Demo &lt;model&gt;") && svg.contains("TPOT target (50 ms)") && svg.contains("Pareto frontier")
        )
        #expect(svg.components(separatedBy: "<circle").count - 1 >= 3 + 1)  // the frontier's markers, the best, legend
        let url = GoldenFileTests.directory.appendingPathComponent("pareto-chart.svg")
        if ProcessInfo.processInfo.environment["RECKON_UPDATE_GOLDEN"] == "1" {
            try svg.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(svg == (try String(contentsOf: url, encoding: .utf8)), "pareto-chart.svg differs from its golden file")
    }

    @Test func searchOutputsCarryTheDocumentedFields() throws {
        let model = try Catalog.builtin.model("llama-3.1-70b")
        let gpus = try ["h100-sxm", "h200"].map { try Catalog.builtin.accelerator($0) }
        let space = ServingSearchSpace(
            model: model, accelerators: gpus,
            prices: ["h100-sxm": .dollarsPerHour(3.29), "h200": .dollarsPerHour(3.99)],
            inputTokens: 1000, outputTokens: 250, disaggregate: true)
        let targets = ServingTargets(timeToFirstToken: Seconds(2), timePerOutputToken: Seconds(0.05), concurrency: 128)
        let r = try ServingSearch.run(space, targets: targets)
        let json = InferReport.searchJSON(r, targets: targets, space: space).rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["model", "targets", "best", "best_disaggregated", "frontier", "evaluated", "feasible", "notes"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let best = try #require(object["best"] as? [String: Any])
        for key in [
            "gpu", "precision", "plan", "batch", "replicas", "ttft_seconds", "tpot_seconds",
            "tokens_per_second_per_gpu",
            "tokens_per_second_per_user", "usd_per_million_output_tokens", "meets_targets",
        ] {
            #expect(best[key] != nil, "best: missing \(key)")
        }
        #expect((best["tpot_seconds"] as? Double ?? 1) <= 0.05)
        #expect((object["frontier"] as? [Any])?.count == r.frontier.count)
        #expect(
            ((object["best_disaggregated"] as? [String: Any])?["pools"] as? [String: Any])?["kv_transfer_seconds"]
                != nil)
        let text = InferReport.renderSearch(r, targets: targets, space: space, format: .text)
        #expect(
            text.contains("Pareto frontier") && text.contains("Best per dollar") && text.contains("Best disaggregated"))
        let csv = InferReport.renderSearch(r, targets: targets, space: space, format: .csv)
        #expect(csv.split(separator: "\n").count == r.frontier.count + 1)
        #expect(!InferReport.frontierChart(r, targets: targets, model: model.name).contains("nan"))
    }
}
