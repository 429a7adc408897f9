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
}
