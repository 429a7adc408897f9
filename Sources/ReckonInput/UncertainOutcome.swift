import ReckonAnalysis
import ReckonCore

/// A result field of an uncertain run: its JSON key, its unit, and its column in the samples.
public struct OutputField: Sendable, Hashable {
    public var key: String
    public var unit: String
    /// Column of this field in ``MonteCarloResult``.
    public var column: Int
    public init(key: String, unit: String, column: Int) {
        self.key = key
        self.unit = unit
        self.column = column
    }
}

extension OutputField {
    /// `outputs` without the fields in `dropped` (figures that do not exist for this scenario: no price, no TDP),
    /// renumbered, and the columns of the full list they keep, to filter each sample's values alike.
    public static func keeping(_ outputs: [OutputField], dropping dropped: Set<String>) -> ([OutputField], [Int]) {
        let kept = outputs.filter { !dropped.contains($0.key) }
        let shown = kept.enumerated().map { OutputField(key: $1.key, unit: $1.unit, column: $0) }
        return (shown, kept.map(\.column))
    }
}

/// What a Monte Carlo run of a command produced, ready for the renderers.
public struct UncertainOutcome: Sendable {
    /// The command (`train`).
    public var command: String
    /// The fields reported, in order.
    public var outputs: [OutputField]
    /// Percentiles of each field of ``outputs``, in the same order.
    public var summaries: [PercentileSummary]
    /// Every sample.
    public var result: MonteCarloResult
    /// The uncertain inputs, in draw order.
    public var inputs: [UncertainInput]
    /// True when the user gave distributions but no sample count, so the default was used.
    public var samplesDefaulted: Bool
    /// How samples were evaluated ("fast path" or "generic path: …"), for the report.
    public var method: String
    public var notes: [String]
    /// One-at-a-time analysis, when sensitivity was asked for.
    public var tornado: Sensitivity.Tornado?
    /// Spearman rank correlation of input j with result column c: `correlations[j][c]` (sensitivity only).
    public var correlations: [[Double]]?

    public init(
        command: String, outputs: [OutputField], summaries: [PercentileSummary], result: MonteCarloResult,
        inputs: [UncertainInput], samplesDefaulted: Bool, method: String, notes: [String], primary: String? = nil
    ) {
        self.command = command
        self.outputs = outputs
        self.summaries = summaries
        self.result = result
        self.inputs = inputs
        self.samplesDefaulted = samplesDefaulted
        self.method = method
        self.notes = notes
        self.primary = primary ?? outputs[0].key
    }

    /// The field charted and ranked unless the user names another (train: `cost_usd`; deploy: the ratio).
    public var primary: String

    public var samples: Int { result.samples }
    public var seed: UInt64 { result.seed }

    /// Refuses a run whose samples give no finite result (an overflow, or a sample the model could not evaluate):
    /// percentiles of such samples would print `NaN` or `∞`. `allowsInfinity`: an infinite result has a meaning
    /// (`reckon scale`: a cluster that never finishes, printed "never" and `null`).
    public func checkFinite(allowsInfinity: Bool = false) throws {
        for field in outputs {
            let counts = result.nonFinite(field.column)
            let bad = counts.nan + (allowsInfinity ? 0 : counts.infinite)
            guard bad > 0 else { continue }
            let key = inputs.first?.key ?? "samples"
            let text = inputs.first?.text ?? String(samples)
            throw InputError(
                field: key, value: text, allowed: "inputs whose every sample gives a finite result",
                hint: "\(bad) of \(samples) samples give no finite \(field.key) (the inputs overflow or "
                    + "leave the model's range); narrow the distributions")
        }
    }

    /// The reported field named `key`, if any.
    public func output(_ key: String) -> (field: OutputField, summary: PercentileSummary)? {
        guard let i = outputs.firstIndex(where: { $0.key == key }) else { return nil }
        return (outputs[i], summaries[i])
    }
}
