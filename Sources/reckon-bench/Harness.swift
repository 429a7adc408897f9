import Dispatch
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
    var line =
        "\(name): median \(NumberFormat.significant(median, digits: 3)) ms, min "
        + "\(NumberFormat.significant(times[0], digits: 3)) ms, "
        + "max \(NumberFormat.significant(times[times.count - 1], digits: 3)) ms over \(times.count) runs"
    if let target {
        line +=
            median < target
            ? " — within the \(NumberFormat.significant(target)) ms target"
            : " — OVER the \(NumberFormat.significant(target)) ms target"
    }
    print(line)
}

/// Wall time of one call of `body`, in seconds.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
