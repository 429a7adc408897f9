import Foundation
import Testing
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// The serving model against every modelled development row of shared/ground-truth (inference.csv and
/// dev-2026/serving_throughput.csv), with the one global constant set `EfficiencyFactors.serving`.
@Suite struct ServingCalibrationTests {
    static let lookup = ServingCalibration.Lookup(
        model: { try Catalog.builtin.model($0) },
        accelerator: { try Catalog.builtin.accelerator($0) })
    static let rows = try! ServingCalibration.rows(lookup)
    static let results = ServingCalibration.evaluate(rows: rows)

    /// Tolerance per fitted family: (largest error of a row, RMS over the family), with why.
    static let tolerances: [String: (row: Double, rms: Double)] = [
        // Exact configurations from the vendor's own benchmark (TP1, FP8, fixed lengths): the v1 model's ±12% per
        // row and 6% RMS are kept; the largest error is 11% (compute-bound 2048/128).
        "Llama 3.1 8B · FP8 · TensorRT-LLM · H100/H200 · max load": (0.12, 0.06),
        // ShareGPT's varied lengths enter as their means (231/194) and two 2024 engines differ by 4–40% among
        // themselves at the same load (vLLM TTFT 3× SGLang's): ±30% per row, 20% RMS.
        "Llama 3.1 70B · BF16 · SGLang/vLLM · 4×H100 TP4": (0.30, 0.20),
        // Several inputs assumed (KV dtype, tokens per device for 1K/2K, redundant experts): ±15% per row, 10% RMS.
        "DeepSeek-V3 · FP8 · SGLang EP · H100 · prefill": (0.15, 0.10),
        "DeepSeek-V3 · FP8 · SGLang EP · H100 · decode": (0.15, 0.10),
        "DeepSeek-V3 · FP8/NVFP4 · SGLang · GB200 NVL72": (0.15, 0.10),
    ]

    @Test func everyRowIsReportedAndFittedFamiliesAreWithinTolerance() throws {
        for r in Self.results {
            let p = r.predicted.map { NumberFormat.significant($0, digits: 4) } ?? "—"
            let e = r.error.map { String(format: "%+6.1f%%", $0 * 100) } ?? "   —  "
            print(
                "dev \(r.row.inFit ? "fit" : "rep") \(r.row.id.padding(toLength: 30, withPad: " ", startingAt: 0)) "
                    + "published \(NumberFormat.significant(r.row.published, digits: 4)) model \(p) \(e)  "
                    + "[\(r.detail)] "
                    + "\(r.row.unit)"
            )
        }
        for f in ServingCalibration.families(Self.results) {
            print(
                String(
                    format: "family %-66@ rows %2d  RMS %5.1f%%  worst %5.1f%%", f.family as NSString, f.rows,
                    f.rms * 100, f.worst * 100))
        }
        let fitted = Set(Self.rows.filter(\.inFit).map(\.family))
        #expect(fitted == Set(Self.tolerances.keys), "every fitted family has a stated tolerance")
        for f in ServingCalibration.families(Self.results.filter(\.row.inFit)) {
            let t = try #require(Self.tolerances[f.family])
            #expect(f.worst <= t.row, "\(f.family): worst row \(f.worst)")
            #expect(f.rms <= t.rms, "\(f.family): RMS \(f.rms)")
        }
        // Every modelled row has a prediction.
        #expect(
            Self.results.allSatisfy { $0.predicted != nil },
            "\(Self.results.filter { $0.predicted == nil }.map(\.row.id))")
    }

    @Test func theCommittedConstantsAreTheFitsOptimumOnItsGrid() {
        // Local optimality on the standard grid: moving any one constant one grid step either way does not lower the
        // objective (the full fit is `swift run -c release reckon-bench calibrate`, ~3 s).
        let base = ServingCalibration.objective(rows: Self.rows, efficiency: .serving)
        var e = EfficiencyFactors.serving
        let steps: [(WritableKeyPath<EfficiencyFactors, Double>, Double)] = [
            (\.compute, 0.025), (\.weightStreaming, 0.025), (\.kvStreaming, 0.025), (\.expertImbalance, 0.1),
            (\.expertCommunicationOverlap, 0.1),
        ]
        for (path, step) in steps {
            for sign in [-1.0, 1.0] {
                e = .serving
                e[keyPath: path] += sign * step
                // grid bound
                if path == \.kvStreaming || path == \.weightStreaming, e[keyPath: path] > 0.925 + 1e-9 { continue }
                #expect(ServingCalibration.objective(rows: Self.rows, efficiency: e) >= base - 1e-9, "\(path) \(sign)")
            }
        }
        for sign in [-1.0, 1.0] {
            e = .serving
            e.expertCompute = 0.625 + sign * 0.025
            #expect(ServingCalibration.objective(rows: Self.rows, efficiency: e) >= base - 1e-9)
            e = .serving
            e.attentionCompute = 0.175 + sign * 0.025
            #expect(ServingCalibration.objective(rows: Self.rows, efficiency: e) >= base - 1e-9)
            e = .serving
            e.layerOverhead = Seconds(90e-6 + sign * 10e-6)
            #expect(ServingCalibration.objective(rows: Self.rows, efficiency: e) >= base - 1e-9)
        }
    }

    @Test func aSecondEngineOrAcceleratorStillMissesAndSaysSo() {
        // Reported families are outside any tolerance worth stating; the test records that they are reported, with
        // the reason, rather than hidden: MI300X max-load runs come out faster than measured (by > 20%).
        let reported = Self.results.filter { !$0.row.inFit }
        #expect(reported.allSatisfy { !$0.row.note.isEmpty })
        let mi300x = reported.filter {
            $0.row.family.contains("MI300X") && $0.row.id.contains("AMD-MI300X-L") && !$0.row.id.contains("LAT")
        }
        #expect(mi300x.count == 4 && mi300x.allSatisfy { ($0.error ?? 0) > 0.2 })
        // The max-throughput bound of the TensorRT-LLM DeepSeek-R1 blog is respected (predicted above "over 30,000").
        let bound = Self.results.first { $0.row.id == "NV-B200-DSR1-MAXTHR" }
        #expect((bound?.error ?? -1) >= 0)
    }
}
