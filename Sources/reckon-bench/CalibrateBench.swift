import Foundation
import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `calibrate`: the global fit of the serving model's constants on the development rows (ServingCalibration), in
/// release mode (the grid is ~10⁵ constant sets × every row). Prints the best set, its objective and every row.
func benchCalibrate() throws {
    let lookup = ServingCalibration.Lookup(
        model: { try Catalog.builtin.model($0) },
        accelerator: { try Catalog.builtin.accelerator($0) })
    let rows = try ServingCalibration.rows(lookup)
    print("committed constants: objective \(ServingCalibration.objective(rows: rows, efficiency: .serving))")
    var fitted: (EfficiencyFactors, Double)? = nil
    let wall = seconds { fitted = ServingCalibration.fit(rows: rows) }
    let (best, value) = fitted!
    print(
        "fit (coordinate descent on the standard grid): \(NumberFormat.significant(wall, digits: 3)) s wall, "
            + "objective \(value)"
    )
    print(
        "  compute \(best.compute)  experts \(best.expertCompute ?? 0)  attention \(best.attentionCompute ?? 0)  "
            + "weights \(best.weightStreaming)  kv \(best.kvStreaming)  α \(best.collectiveLatency.value)  "
            + "τ \(best.stepOverhead.value)  λ \(best.layerOverhead.value)  ι \(best.expertImbalance)  overlap "
            + "\(best.expertCommunicationOverlap)"
    )
    for r in ServingCalibration.evaluate(rows: rows, efficiency: best) {
        let e = r.error.map { String(format: "%+6.1f%%", $0 * 100) } ?? "—"
        print("  \(r.row.inFit ? "fit" : "rep") \(r.row.id): \(e)  [\(r.detail)]")
    }
    for f in ServingCalibration.families(ServingCalibration.evaluate(rows: rows, efficiency: best)) {
        print(
            "  family \(f.family): \(f.rows) rows, RMS \(String(format: "%.1f", f.rms * 100))%, worst "
                + "\(String(format: "%.1f", f.worst * 100))%"
        )
    }
}
