import ReckonAnalysis
import ReckonCatalog
import ReckonCore

extension UncertainRun {
    /// The whole generic path for a command: Monte Carlo over `evaluate` (which re-resolves the command's
    /// fields), percentiles of every output, and with `sensitivity` a tornado and rank correlations.
    /// A sample whose fields the command rejects fails the run with that sample's ``InputError``.
    public func genericOutcome(
        command: String, outputs: [OutputField], samples: Int?, seed: UInt64?, sensitivity: Bool,
        notes: [String], allowsInfinity: Bool = false, evaluate: @escaping @Sendable (InputFields) throws -> [Double]
    ) throws -> UncertainOutcome {
        if let samples, !(1...MonteCarlo.maximumSamples).contains(samples) {
            throw InputError(
                field: "samples", value: "\(samples)", allowed: "a whole number from 1 to \(MonteCarlo.maximumSamples)")
        }
        let monteCarlo = MonteCarlo(samples: samples ?? MonteCarlo.defaultSamples, seed: seed ?? MonteCarlo.defaultSeed)
        let count = outputs.count
        try WorkBudget.current.check(samples: monteCarlo.samples, columns: count)
        let result = try runGeneric(monteCarlo, outputCount: count, keepInputs: sensitivity, evaluate: evaluate)
        let all = result.summaries()
        var outcome = UncertainOutcome(
            command: command, outputs: outputs, summaries: outputs.map { all[$0.column] }, result: result,
            inputs: inputs, samplesDefaulted: samples == nil,
            method: "generic path (scenario re-resolved per sample)", notes: clampNotes + notes)
        try outcome.checkFinite(allowsInfinity: allowsInfinity)
        if sensitivity {
            let run = self
            outcome.tornado = Sensitivity.tornado(inputs: inputs.map(\.distribution), outputCount: count) { x, y in
                let values = (try? evaluate(run.fields(with: x))) ?? [Double](repeating: .nan, count: count)
                for k in 0..<count { y[k] = values[k] }
            }
            outcome.correlations = inputs.indices.map { j in
                outputs.map { Sensitivity.spearman(result.draws(j)!, result.output($0.column)) }
            }
        }
        return outcome
    }
}
