import Foundation
import ReckonInput
import ReckonReport
import ReckonUnits

/// `train`: what one `POST /api/v1/train` does besides HTTP — parse the JSON body, resolve the scenario, render
/// the CLI's JSON — split into its steps, on one core. The server's throughput ceiling per core is 1 / total.
func benchTrain() throws {
    let body = Data(#"{"params": 175e9, "tokens": 300e9, "gpu": "v100", "gpus": 1000, "mfu": 0.3}"#.utf8)
    let analysis = Analyses.named("train")!
    var sink = 0
    func step(_ name: String, _ body: () throws -> Void) rethrows {
        try body()
        var n = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        while elapsed < 0.5 {
            for _ in 0..<100 { try body() }
            n += 100
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        print(
            "train: \(name): \(NumberFormat.significant(elapsed / Double(n) * 1e6, digits: 3)) µs per call (\(n) calls)"
        )
    }
    let map = try JSONSerialization.jsonObject(with: body) as! [String: Any]
    let fields = try ScenarioFile.fields(from: map, origin: "bench")
    try step("parse JSON body") { sink &+= (try JSONSerialization.jsonObject(with: body) as! [String: Any]).count }
    try step("resolve (TrainRequest.resolve)") { sink &+= try TrainRequest.resolve(fields).assumptions.count }
    let resolved = try TrainRequest.resolve(fields)
    step("estimate") { sink &+= resolved.scenario.estimate().derivation.count }
    try step("whole request: parse + resolve + estimate + JSON text") {
        let m = try JSONSerialization.jsonObject(with: body) as! [String: Any]
        sink &+= try analysis.json(try ScenarioFile.fields(from: m, origin: "bench"), .builtin).rendered().utf8.count
    }
    if sink == 42 { print("") }
}
