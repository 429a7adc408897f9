// reckon-bench: release-mode timings of Reckon's hot paths. Not a test: it asserts nothing, it reports.
//
//   swift run -c release reckon-bench [case ...]      (no case: all of them)
//
// Cases:
//   scale   a 1,000-point time-to-train sweep, baseline and optimized (issue 3; target < 50 ms)
//   plan    the exhaustive parallel-plan search, 1T on 4,096 A100 (issue 5), then DeepSeek-V3 (issue 14)
//   plan-moe    only the DeepSeek-V3 search on 2,048 H800 (issue 14; target < 100 ms)
//   train   the work of one POST /api/v1/train without HTTP: parse, resolve, estimate, render (issue 8)
//   montecarlo  10⁶ Monte Carlo samples of the training-cost model, one and two threads (issue 6)
//   choose  `reckon choose` for Llama 3.1 405B over every accelerator and 256–65,536 GPUs (issue 18; target < 1 s)
//   fit     refits the step-time model's fitted constants on the calibration rows (issue 13; not a timing)
//   serving     the latency-target search over every catalog accelerator for Llama 3.1 70B (issue 20; < 200 ms)
//   calibrate   the serving model's global fit on the development rows (issue 20; not run by default)
import Foundation

let cases: [String: () throws -> Void] = [
    "scale": benchScale, "plan": benchPlan, "plan-moe": benchMoEPlan, "train": benchTrain,
    "montecarlo": { MonteCarloBench.run([]) }, "choose": benchChoose,
    "fit": benchFit, "calibrate": benchCalibrate, "serving": benchServing,
]
let arguments = Array(CommandLine.arguments.dropFirst()).filter { $0 != "dump" && $0 != "moe" }
let requested =
    arguments.isEmpty
    ? cases.keys.filter { !["fit", "calibrate", "plan-moe"].contains($0) }.sorted() : arguments
for name in requested {
    guard let run = cases[name] else {
        FileHandle.standardError.write(
            Data("unknown case '\(name)'; known: \(cases.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    try run()
}
