import Foundation
import ReckonAnalysis
import ReckonInput

/// `choose`: `reckon choose` for Llama 3.1 405B, 15.6T tokens, every catalog accelerator, 256–65,536 GPUs (issue 18;
/// target < 1 s wall on 2 cores), exhaustive: every plan of every configuration. Reports the wall time (resolve,
/// search, frontier, picks; no rendering), the configurations and plans evaluated, and plans per second.
func benchChoose() throws {
    let fields = InputFields(
        [
            "model": .text("llama-3.1-405b"), "tokens": .text("15.6T"), "gpu": .text("all"),
            "gpus": .text("256..65536"),
        ], origin: "bench")
    var answer = try ChooseRequest.run(fields)  // warm-up
    var times: [Double] = []
    for _ in 0..<5 {
        let t = try secondsThrowing { answer = try ChooseRequest.run(fields) }
        times.append(t)
    }
    times.sort()
    let plans = answer.result.plansEvaluated
    let median = times[times.count / 2]
    print(
        "choose Llama 3.1 405B / 15.6T tokens / \(answer.resolved.accelerators.count) accelerators / 256..65536 GPUs "
            + "(2 threads): \(answer.result.points.count) configurations, \(plans) plans evaluated, frontier of "
            + "\(answer.result.frontier.count); wall median \(format(median)) s, min \(format(times[0])) s, "
            + "max \(format(times[times.count - 1])) s over 5 runs — "
            + (median < 1 ? "within" : "OVER") + " the 1 s target")
    print("  \(format(Double(plans) / median / 1e6)) million plans evaluated/s (2 threads, end to end)")
    let single = try secondsThrowing { _ = try ChooseRequest.run(fields, threads: 1) }
    print("  one thread: \(format(single)) s, \(format(Double(plans) / single / 1e6)) million plans/s")
}

func secondsThrowing(_ body: () throws -> Void) throws -> Double {
    var failure: Error? = nil
    let t = seconds { do { try body() } catch { failure = error } }
    if let failure { throw failure }
    return t
}

private func format(_ x: Double) -> String { String(format: "%.3f", x) }
