import Foundation
import Testing
@testable import ReckonAnalysis
import ReckonCore

/// Narayanan et al. 2021 Table 1 (`shared/ground-truth/megatron_scaling.csv`, A100 80GB on Selene,
/// seq 2048, vocab 51,200, full recomputation, published TFLOP/s count the recomputed forward pass).
///
/// Per-row error of the predicted hardware TFLOP/s per GPU with the default preset
/// (η_max = 0.69, I_½ = 38), measured when this test was written:
/// ```
///   1.7B  128.7 vs 137  −6.0%      76B  149.5 vs 140  +6.8%
///   3.6B  129.6 vs 138  −6.1%     145B  155.7 vs 148  +5.2%
///   7.5B  131.3 vs 142  −7.6%     310B  162.4 vs 155  +4.8%
///   18B   133.2 vs 135  −1.4%     530B  164.2 vs 163  +0.7%
///   39B   143.2 vs 138  +3.8%      1T   164.7 vs 163  +1.1%
/// ```
/// Median |error| 5.0%, max 7.6%. Small models are under-predicted, mid-size pipelined ones over-predicted.
/// (the test prints the current figures).
struct MegatronTable1Tests {
    @Test("every Table 1 row: predicted TFLOP/s per GPU within 10% of the published figure",
          arguments: MegatronTable1.rows)
    func perRowWithinTenPercent(row: MegatronScalingRow) throws {
        let best = try #require(try MegatronTable1.predict(row))
        let predicted = best.estimate.hardwareFLOPPerSecondPerGPU
        let error = predicted / row.publishedFLOPPerSecondPerGPU - 1
        print(String(format: "Megatron %@: predicted %.1f TFLOP/s vs published %.0f (%+.1f%%) with %@",
                     row.label, predicted / 1e12, row.publishedFLOPPerSecondPerGPU / 1e12, error * 100, best.plan.summary))
        // 10%: the acceptance bound of issue 5. The published figures are end-to-end (data loading,
        // logging included) and read from a chart image to 3 significant figures.
        #expect(abs(error) < 0.10)
        #expect(best.plan.tp == row.tp && best.plan.pp == row.pp && best.plan.dp == row.dp)
    }

    @Test("the free search finds a plan at least as fast as the published one", arguments: MegatronTable1.rows)
    func freeSearchBeatsPublished(row: MegatronScalingRow) throws {
        let problem = try PlanProblem(shape: row.shape, hardware: .a100SXM80GB, gpus: row.gpus, globalBatch: row.globalBatch)
        let free = PlanSearch.run(problem: problem, top: 1)
        let best = try #require(free.plans.first)
        let published = try #require(try MegatronTable1.predict(row))
        // Against the model's own estimate of the published plan (the search space contains it) and
        // against the published throughput itself (tokens/s derived from the table's FLOP/s by eq. 3).
        #expect(best.estimate.tokensPerSecond >= published.estimate.tokensPerSecond)
        #expect(best.estimate.tokensPerSecond >= row.publishedTokensPerSecond)
    }

    @Test("the preset's η_max is the least-squares optimum over all ten rows (calibrated once, globally)")
    func presetIsCalibrated() throws {
        // Sum of squared log errors over the ten rows as a function of η_max (I_½ held at the preset);
        // the preset must sit within 0.01 of the grid minimum (grid step 0.0025).
        func loss(_ eta: Double) throws -> Double {
            var constants = StepTimeConstants.default
            constants.gemmPeakEfficiency = eta
            return try MegatronTable1.rows.reduce(0.0) { sum, row in
                let best = try #require(try MegatronTable1.predict(row, constants: constants))
                let e = log(best.estimate.hardwareFLOPPerSecondPerGPU / row.publishedFLOPPerSecondPerGPU)
                return sum + e * e
            }
        }
        var bestEta = 0.0, bestLoss = Double.infinity
        for step in 0...40 {
            let eta = 0.62 + Double(step) * 0.0025
            let l = try loss(eta)
            if l < bestLoss { bestLoss = l; bestEta = eta }
        }
        #expect(abs(bestEta - StepTimeConstants.default.gemmPeakEfficiency) <= 0.01)
    }

    /// The ground-truth CSV beside the repository (`../shared`), when this checkout has it; the test is reported as
    /// skipped (not silently passed) where it does not.
    static let csvURL: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [root.deletingLastPathComponent().appendingPathComponent("shared/ground-truth/megatron_scaling.csv"),
                          URL(fileURLWithPath: "/work/shared/ground-truth/megatron_scaling.csv")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    @Test("the embedded rows match shared/ground-truth/megatron_scaling.csv", .enabled(if: csvURL != nil, "ground-truth CSV not in this checkout"))
    func embeddedRowsMatchCSV() throws {
        let url = try #require(Self.csvURL)
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
            .filter { $0.hasPrefix("Narayanan2021") }
        #expect(lines.count == MegatronTable1.rows.count)
        for (line, row) in zip(lines, MegatronTable1.rows) {
            // 0-based columns: 3 layers, 4 hidden, 5 heads (empty), 6 tp, 7 pp, 8 dp, 13 batch, 14 TFLOP/s.
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(Int(f[3]) == row.layers && Int(f[4]) == row.hidden)
            #expect(Int(f[6]) == row.tp && Int(f[7]) == row.pp && Int(f[8]) == row.dp)
            #expect(Int(f[13]) == row.globalBatch && Double(f[14]) == row.publishedFLOPPerSecondPerGPU / 1e12)
        }
    }
}
