import ReckonCore
import ReckonUnits
import ReckonInput

/// The text block every command prints under its result: each assumption as the flag that overrides it, its value
/// and its source. Empty when nothing was assumed.
enum AssumptionList {
    static func text(_ assumptions: [Assumption]) -> String {
        guard !assumptions.isEmpty else { return "" }
        return "\nAssumptions (override with the flag of the same name):\n"
            + assumptions.map {
                "  --\($0.key.replacingOccurrences(of: "_", with: "-")) \($0.value)   [\($0.source)]\n"
            }.joined()
    }

    /// The "### Assumptions" Markdown section: input, value, source.
    static func markdown(_ assumptions: [Assumption]) -> String {
        "\n\n### Assumptions\n\n"
            + Table(header: ["input", "value", "source"], rows: assumptions.map { [$0.key, $0.value, $0.source] })
            .markdown()
    }

    /// The "### Derivation" Markdown section: step, formula, value, unit.
    static func derivationMarkdown(_ steps: [DerivationStep]) -> String {
        "\n\n### Derivation\n\n"
            + Table(
                header: ["step", "formula", "value", "unit"],
                rows: steps.map { [$0.name, $0.formula, NumberFormat.compact($0.value), $0.unit] }
            ).markdown()
    }
}
