import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// `scale`: 1,000 log-spaced GPU counts from 1k to 100k × {baseline, optimized} for the paper's 1.8T model
/// (issue 3, "a 1,000-point sweep for both variants runs in under 50 ms"), then the four Fig. 7 curves.
func benchScale() throws {
    let model = try TimeToTrain()
    let counts = try ScaleSweep.logSpaced(from: 1000, to: 100_000, points: 1000)
    let both = try [ScaleSeries(name: "baseline", partitions: 1, variant: .baseline()),
                    ScaleSeries(name: "optimized", partitions: 1, variant: .optimized())]
    let sweep = try ScaleSweep(model: model, parameters: Parameters(1.8e12), gpuCounts: counts, series: both)
    var sink = 0.0
    let times = measure(repetitions: 50) { sink += sweep.run().results[1999].wallClock.value }
    report("scale: \(counts.count) GPU counts × 2 variants = \(counts.count * 2) points", times, target: 50)

    let fig7 = try ScaleSweep(model: model, parameters: Parameters(1.8e12), gpuCounts: counts, series: ScaleSeries.figure7())
    let times4 = measure(repetitions: 50) { sink += fig7.run().results[0].wallClock.value }
    report("scale: \(counts.count) GPU counts × 4 Fig. 7 curves = \(counts.count * 4) points", times4, target: nil)
    if sink == 42 { print("") }   // keeps the work observable to the optimizer
}

