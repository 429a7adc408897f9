import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// `scale`: 1,000 log-spaced GPU counts from 1k to 100k × {baseline, optimized} for the paper's 1.8T model
/// (issue 3, "a 1,000-point sweep for both variants runs in under 50 ms"), first with the paper's Table 3 system, then
/// with the default observed preset (in-memory checkpoints, restart parts, hot spares), then the four Fig. 7 curves.
func benchScale() throws {
    let paper = try TimeToTrain()
    let counts = try ScaleSweep.logSpaced(from: 1000, to: 100_000, points: 1000)
    let both = try [
        ScaleSeries(name: "baseline", partitions: 1, variant: .baseline()),
        ScaleSeries(name: "optimized", partitions: 1, variant: .optimized()),
    ]
    let sweep = try ScaleSweep(model: paper, parameters: Parameters(1.8e12), gpuCounts: counts, series: both)
    var sink = 0.0
    let times = measure(repetitions: 50) { sink += sweep.run().results[1999].wallClock.value }
    report(
        "scale: \(counts.count) GPU counts × 2 variants = \(counts.count * 2) points (paper-2024)", times, target: 50)

    let observed = try ReliabilityDefaults.model()
    let preset = FailurePreset.defaultPreset()
    let observedSeries = try [
        ScaleSeries(name: "baseline", partitions: 1, variant: ReliabilityDefaults.baseline(for: preset)),
        ScaleSeries(name: "optimized", partitions: 1, variant: ReliabilityDefaults.optimized(for: preset)),
    ]
    let observedSweep = try ScaleSweep(
        model: observed, parameters: Parameters(1.8e12), gpuCounts: counts, series: observedSeries)
    let timesObserved = measure(repetitions: 50) { sink += observedSweep.run().results[1999].wallClock.value }
    report(
        "scale: \(counts.count) GPU counts × 2 variants = \(counts.count * 2) points (\(preset.rawValue))",
        timesObserved, target: 50)

    let fig7 = try ScaleSweep(
        model: paper, parameters: Parameters(1.8e12), gpuCounts: counts, series: ScaleSeries.figure7())
    let times4 = measure(repetitions: 50) { sink += fig7.run().results[0].wallClock.value }
    report("scale: \(counts.count) GPU counts × 4 Fig. 7 curves = \(counts.count * 4) points", times4, target: nil)
    if sink == 42 { print("") }  // keeps the work observable to the optimizer
}
