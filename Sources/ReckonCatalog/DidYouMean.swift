/// Suggestions for a mistyped identifier.
public enum DidYouMean {
    /// Up to `limit` candidates closest to `input` by edit distance (or containing it), best first.
    public static func closest(to input: String, among candidates: [String], limit: Int = 2) -> [String] {
        // No identifier is this long: a suggestion would cost O(n·m) for nothing.
        guard input.count <= 128 else { return [] }
        let scored = Set(candidates).map { c -> (String, Int) in
            let d = distance(input, c)
            let bonus = (c.contains(input) || input.contains(c)) && !input.isEmpty ? -2 : 0
            return (c, d + bonus)
        }
        let threshold = max(2, input.count / 2)
        return scored.filter { $0.1 <= threshold }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
