import Foundation
import Testing
import ReckonCore
import ReckonUnits

/// Every row of `shared/ground-truth/reliability.csv` and `dev-2026/reliability_rates.csv`, with the model's figure,
/// its error and the tolerance it is held to — or why the row cannot be predicted. Printed in full by
/// `swift test --filter ReliabilityDevelopmentSetTests`.
///
/// Calibration rows (the model was fitted to them) are marked: their "error" only guards the fit.
@Suite struct ReliabilityDevelopmentSetTests {
    enum Kind: String { case calibration, prediction, known, input, notModelled = "not modelled" }

    struct Row: CustomTestStringConvertible, Sendable {
        let id: String, kind: Kind, observed: Double?, predicted: Double?, tolerance: Double?, note: String
        var error: Double? {
            guard let o = observed, let p = predicted, o != 0 else { return nil }
            return p / o - 1
        }
        var testDescription: String { id }
        var line: String {
            let e = error.map { String(format: "%+.1f%%", $0 * 100) } ?? "—"
            let t = tolerance.map { String(format: "±%.0f%%", $0 * 100) } ?? "—"
            let o = observed.map { String(format: "%.4g", $0) } ?? "—"
            let p = predicted.map { String(format: "%.4g", $0) } ?? "—"
            return "\(id) [\(kind.rawValue)] observed \(o), predicted \(p), error \(e), tolerance \(t): \(note)"
        }
    }

    static let llama3 = try! ReliabilityDefaults.model(preset: .llama3Observed)
    static let rsc = try! ReliabilityDefaults.model(preset: .rscA100Observed)
    static let baseline = try! ReliabilityDefaults.baseline(for: .llama3Observed)

    /// Goodput with a given compute interval τ (the rows that assume one), non-blocking checkpoints (δ = 0, W = 0).
    static func goodput(interval τ: Double, restart R: Double, mtti M: Double) -> Double {
        1 / DalyWallTime.overheadFactor(δ: 0, τ: τ, R: R, M: M)
    }

    static var rows: [Row] {
        let llamaRun = llama3.evaluate(parameters: Parameters(405e9), gpus: 16_384, variant: baseline)
        let rscRestart = rsc.evaluate(
            parameters: Parameters(70e9), gpus: 1024,
            variant: try! ReliabilityDefaults.baseline(for: .rscA100Observed)
        ).restartTime.value
        let rscRate = FailureModel.rscA100Observed
        let byte = llama3.evaluate(parameters: Parameters(405e9), gpus: 9600, variant: baseline)
        let l3 = FailureModel.llama3Observed
        return [
            // reliability.csv
            Row(
                id: "llama3/unexpected interruptions", kind: .calibration, observed: 419,
                predicted: l3.expectedInterruptions(gpus: 16_384, over: .days(54)), tolerance: 0.05,
                note: "llama3-observed is derived from these counts (issue: within 5%)"),
            Row(
                id: "llama3/effective training time", kind: .prediction, observed: 0.90, predicted: llamaRun.goodput,
                tolerance: nil,
                note: "published '>90%' is a lower bound: predicted goodput must exceed it (405B, 16,384 GPUs, "
                    + "observed baseline; the 47 planned interruptions would cost another ~0.6%)"),
            Row(
                id: "llama3/hardware share", kind: .prediction, observed: 0.78,
                predicted: l3.share(of: [.gpu, .host, .network]), tolerance: 0.02,
                note: "GPU + host + network categories of Table 5 vs '~78% … confirmed hardware'"),
            Row(
                id: "llama3/GPU share", kind: .known, observed: 0.587, predicted: l3.share(of: [.gpu]), tolerance: 0.10,
                note: "Table 5 counts give 268/419 = 64%; the printed 58.7% does not match the counts (csv note)"),
            Row(
                id: "llama3/checkpoint per GPU", kind: .prediction, observed: nil,
                predicted: CheckpointContents.bf16Adam.size(parameters: Parameters(405e9)).value / 16_384,
                tolerance: nil,
                note: "published range 1 MB–4 GB per GPU: model state 405e9 × 14 B / 16,384 must fall inside"),
            Row(
                id: "llama3/planned + total interruptions, manual interventions", kind: .notModelled, observed: nil,
                predicted: nil, tolerance: nil,
                note: "planned maintenance (47) and manual interventions (3) are not modelled"),
            Row(
                id: "tectonic/storage throughput", kind: .input, observed: 2e12,
                predicted: CheckpointStorage.llama3Class.fileSystem.value,
                tolerance: 0, note: "sustained 2 TB/s is the default file-system throughput"),
            Row(
                id: "rsc/dataset size", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "context only"),
            Row(
                id: "epoch/assumed H100 MTBF", kind: .prediction, observed: 50_000,
                predicted: l3.allCauseMTBFPerGPU.inHours,
                tolerance: 0.05, note: "an assumption, not a measurement; all-cause per-GPU MTBF of llama3-observed"),
            Row(
                id: "databricks/1% per GPU-year", kind: .known, observed: 876_600,
                predicted: 1 / l3.share(of: [.gpu])
                    * l3.allCauseMTBFPerGPU.inHours, tolerance: nil,
                note:
                    "fleet-model assumption; Llama 3's GPU-component MTBF (79,230 h) is 11× worse — not reproduced, "
                    + "by design"
            ),
            Row(
                id: "tpu-multislice/largest job", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "a job size, no failure figure"),
            Row(
                id: "young-1974/worked example", kind: .prediction, observed: 0.262,
                predicted: CheckpointInterval.interval(δ: 40, M: 3.09 * 3600, rule: .young) / 3600, tolerance: 0.01,
                note: "τ = sqrt(2 · 40 s · 3.09 h)"),
            Row(
                id: "saxena-2024/availability-optimal interval", kind: .prediction,
                observed: 40 + (2 * (3.09 * 3600 + 600) * 40 + 1600).squareRoot(),
                predicted: CheckpointInterval.interval(δ: 40, M: 3.09 * 3600, rule: .daly) + 40, tolerance: 0.10,
                note:
                    "Daly τ + δ vs Saxena's T_c for T_s = 40 s, T_f = 3.09 h, T_r = 10 min; different objective "
                    + "(availability)"
            ),
            // dev-2026/reliability_rates.csv
            Row(
                id: "RSC-MTTF-1024", kind: .calibration, observed: 7.9, predicted: rscRate.mtti(gpus: 1024).inHours,
                tolerance: 0.01, note: "rsc-a100-observed is this row"),
            Row(
                id: "RSC-MTTF-8", kind: .prediction, observed: 47.7, predicted: rscRate.mtti(gpus: 8).inDays,
                tolerance: 0.15,
                note:
                    "linear scaling from 1,024 GPUs; the source's own ratio (145× for 128× the GPUs) is the 13% this "
                    + "misses by"
            ),
            Row(
                id: "RSC-RESTART", kind: .calibration, observed: 12.5, predicted: rscRestart / 60, tolerance: 0.6,
                note:
                    "u0 = 5–20 min (midpoint of the range shown as observed, tolerance = the range); rescheduling is "
                    + "fitted here"
            ),
            Row(
                id: "RSC-ETTR-2K4K (2,048)", kind: .known, observed: 0.90,
                predicted: goodput(interval: 3600, restart: rscRestart, mtti: rscRate.mtti(gpus: 2048).value),
                tolerance: 0.25,
                note: "KNOWN MISS: '>0.9' at a 1 h interval; linear 1,024-GPU MTTF overstates large jobs' failures "
                    + "(lemon-node screening cut large-job failures 14% → 4%, RSC-LEMON)"),
            Row(
                id: "RSC-ETTR-2K4K (4,096)", kind: .known, observed: 0.90,
                predicted: goodput(interval: 3600, restart: rscRestart, mtti: rscRate.mtti(gpus: 4096).value),
                tolerance: 0.25,
                note: "KNOWN MISS, as above"),
            Row(
                id: "RSC-ETTR-5MIN", kind: .notModelled, observed: 0.93, predicted: nil, tolerance: nil,
                note: "job size of the projection not stated"),
            Row(
                id: "RSC-ETTR-100K", kind: .prediction, observed: 0.90,
                predicted: goodput(interval: 120, restart: 120, mtti: l3.mtti(gpus: 100_000).value), tolerance: 0.05,
                note: "RSC-2's rate is not in the development data; llama3-observed's rate stands in (τ = R = 2 min)"),
            Row(
                id: "RSC-LEMON / RSC-CRASHLOOP / RSC-COOCCUR / RSC-2NDORDER", kind: .notModelled, observed: nil,
                predicted: nil, tolerance: nil, note: "scheduler and node-health effects, not in the model"),
            Row(
                id: "RSC1-UTIL / RSC2-UTIL", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "cluster utilisation, not a job figure"),
            Row(
                id: "BYTEROBUST-ETTR", kind: .prediction, observed: 0.97, predicted: byte.goodput, tolerance: 0.05,
                note: "9,600 GPUs, observed baseline; model size not stated (405B assumed; checkpoints add < 1%)"),
            Row(
                id: "ALIBABA-C4-EFF", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "system efficiency includes communication"),
            Row(
                id: "GEMINI-SDC / GEMINI-GOODPUT", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "TPU, job size not stated"),
            Row(
                id: "AWS-HLAT-UPTIME", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "Trainium, failure rate not stated, uptime excludes lost work"),
            Row(
                id: "ACME-CANCEL", kind: .notModelled, observed: nil, predicted: nil, tolerance: nil,
                note: "job cancellations, not modelled"),
        ]
    }

    @Test(arguments: rows) func row(_ r: Row) {
        print(r.line)
        switch r.id {
        case "llama3/effective training time": #expect(r.predicted! > r.observed!)
        case "llama3/checkpoint per GPU": #expect(r.predicted! > 1e6 && r.predicted! < 4e9)
        case "databricks/1% per GPU-year": #expect(r.predicted! < r.observed! / 5)  // field data ≥ 5× worse
        default:
            guard let tolerance = r.tolerance, let error = r.error else {
                #expect(r.kind == .notModelled || r.kind == .input)
                return
            }
            #expect(abs(error) <= tolerance + 1e-12, "\(r.line)")
        }
    }

    /// Every dev-2026 reliability row id appears above (18 rows).
    @Test func everyDevelopmentRowIsReported() {
        let ids = [
            "RSC-MTTF-1024", "RSC-MTTF-8", "RSC1-UTIL", "RSC2-UTIL", "RSC-COOCCUR", "RSC-2NDORDER", "RSC-RESTART",
            "RSC-ETTR-2K4K", "RSC-ETTR-5MIN", "RSC-ETTR-100K", "RSC-LEMON", "RSC-CRASHLOOP", "BYTEROBUST-ETTR",
            "ALIBABA-C4-EFF", "GEMINI-SDC", "GEMINI-GOODPUT", "AWS-HLAT-UPTIME", "ACME-CANCEL",
        ]
        let listed = Self.rows.map(\.id).joined(separator: " ")
        for id in ids { #expect(listed.contains(id), "\(id) not reported") }
    }
}
