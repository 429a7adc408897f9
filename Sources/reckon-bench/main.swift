// reckon-bench: release-mode timings of Reckon's hot paths. Not a test: it asserts nothing, it reports.
//
//   swift build -c release --product reckon-bench && .build/release/reckon-bench [case ...]
//
// Cases: scale (a 1,000-point time-to-train sweep, baseline and optimized; target < 50 ms).
import Dispatch
import Foundation
import ReckonAnalysis
import ReckonCore
import ReckonUnits

/// Runs `body` `repetitions` times after one warm-up; returns the times in milliseconds, sorted.
func measure(repetitions: Int, _ body: () -> Void) -> [Double] {
    body()
    var times: [Double] = []
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()
}

func report(_ name: String, _ times: [Double], target: Double?) {
    let median = times[times.count / 2]
    var line = "\(name): median \(NumberFormat.significant(median, digits: 3)) ms, min \(NumberFormat.significant(times[0], digits: 3)) ms, "
        + "max \(NumberFormat.significant(times[times.count - 1], digits: 3)) ms over \(times.count) runs"
    if let target { line += median < target ? " — within the \(NumberFormat.significant(target)) ms target" : " — OVER the \(NumberFormat.significant(target)) ms target" }
    print(line)
}

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

let cases: [String: () throws -> Void] = ["scale": benchScale]
let requested = CommandLine.arguments.dropFirst().isEmpty ? cases.keys.sorted() : Array(CommandLine.arguments.dropFirst())
for name in requested {
    guard let run = cases[name] else {
        FileHandle.standardError.write(Data("unknown case '\(name)'; known: \(cases.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    try run()
}
