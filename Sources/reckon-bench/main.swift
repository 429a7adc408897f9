// reckon-bench: release-mode benchmarks, one per argument. Timing is measured here, never asserted in tests.
//   swift run -c release reckon-bench montecarlo
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "montecarlo": MonteCarloBench.run(Array(arguments.dropFirst()))
default:
    print("usage: reckon-bench montecarlo [samples]")
}
