/// The cluster sizes `reckon choose` tries for one accelerator within a range of GPU counts.
///
/// ```
/// S(d, [lo, hi]) = { 2^k : lo ≤ 2^k ≤ hi } ∪ { d·2^k : lo ≤ d·2^k ≤ hi },   k = 0, 1, 2, …
/// ```
/// - `d` accelerators per scale-up domain (8 for an HGX node, 72 for an NVL72 rack, 64 for a TPU cube)
///
/// Powers of two are the sizes data-parallel groups and global batches split into evenly; whole, doubling numbers of
/// scale-up domains are the sizes a non-power-of-two domain is sold in (NVL72: 288, 576, …). Both grow
/// geometrically, so a range of `r` doublings gives at most `2·(r + 1)` sizes per accelerator and the search stays
/// exhaustive over them.
public enum ClusterSizes {
    /// `S(d, [lo, hi])` in increasing order, without repeats; empty when no size falls in the range.
    public static func candidates(low: Int, high: Int, domain: Int) -> [Int] {
        guard low >= 1, high >= low else { return [] }
        var sizes: [Int] = []
        for base in Set([1, max(1, domain)]) {
            var n = base
            while n <= high {
                if n >= low { sizes.append(n) }
                let (next, overflow) = n.multipliedReportingOverflow(by: 2)
                if overflow { break }
                n = next
            }
        }
        return Array(Set(sizes)).sorted()
    }
}
