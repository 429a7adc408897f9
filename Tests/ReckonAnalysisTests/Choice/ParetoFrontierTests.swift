import ReckonAnalysis
import Testing

@Suite struct ParetoFrontierTests {
    @Test("a hand example: dominated, tied and non-finite points stay off")
    func handExample() {
        let xs: [Double] = [1, 2, 2, 3, 4, 5, .nan, 6]
        let ys: [Double] = [9, 5, 7, 5, 2, 3, 1, .infinity]
        // 2 is dominated by 1 (same x, dearer); 3 ties 1 on cost but is slower; 5 is dearer and slower than 4.
        #expect(ParetoFrontier.indices(xs: xs, ys: ys) == [0, 1, 4])
        #expect(ParetoFrontier.indices(xs: [1, 1], ys: [2, 2]) == [0])
        #expect(ParetoFrontier.indices(xs: [], ys: []).isEmpty)
    }

    @Test("random clouds: no frontier point is dominated, every other point is (seeded)")
    func randomClouds() {
        var g = SeededGenerator(seed: 18)
        for _ in 0..<200 {
            let n = Int.random(in: 1...60, using: &g)
            // Coarse values so ties occur.
            let xs = (0..<n).map { _ in Double(Int.random(in: 1...20, using: &g)) }
            let ys = (0..<n).map { _ in Double(Int.random(in: 1...20, using: &g)) }
            let f = ParetoFrontier.indices(xs: xs, ys: ys)
            func dominates(_ p: Int, _ q: Int) -> Bool {
                xs[p] <= xs[q] && ys[p] <= ys[q] && (xs[p] < xs[q] || ys[p] < ys[q])
            }
            for p in f { #expect(!(0..<n).contains { dominates($0, p) }) }
            for q in 0..<n where !f.contains(q) {
                #expect(f.contains { dominates($0, q) || (xs[$0] == xs[q] && ys[$0] == ys[q]) })
            }
            for k in f.indices.dropFirst() { #expect(xs[f[k]] > xs[f[k - 1]] && ys[f[k]] < ys[f[k - 1]]) }
        }
    }
}
