import Dispatch
import Testing

@testable import ReckonAnalysis

struct WorkDealerTests {
    @Test("the parts are contiguous, cover every unit once, and none outweighs its share by more than one unit")
    func cut() {
        let weights = (0..<1000).map { ($0 * 7919) % 97 + ($0 % 50 == 0 ? 5000 : 0) }
        let total = weights.reduce(0, +)
        for parts in [1, 2, 7, 64, 128, 5000] {
            let cut = WorkDealer.cut(weights, parts: parts)
            #expect(cut.first?.lowerBound == 0 && cut.last?.upperBound == weights.count)
            for (a, b) in zip(cut, cut.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
            #expect(cut.count <= min(parts, weights.count) && cut.allSatisfy { !$0.isEmpty })
            let heaviest = weights.max()!
            for part in cut {
                #expect(weights[part].reduce(0, +) <= total / parts + 1 + heaviest, "\(parts) parts: \(part)")
            }
        }
    }

    @Test("no units, zero weights and a single unit")
    func edges() {
        #expect(WorkDealer.cut([], parts: 8).isEmpty)
        #expect(WorkDealer.cut([0, 0, 0], parts: 2) == [0..<2, 2..<3])
        #expect(WorkDealer.cut([1, 0, 0], parts: 1) == [0..<3])
        #expect(WorkDealer.cut([5], parts: 4) == [0..<1])
        #expect(WorkDealer.cut([1, 1, 1, 1], parts: 2) == [0..<2, 2..<4])
    }

    @Test("concurrent workers draw every part exactly once; progress ends at the unit count")
    func dealing() {
        let weights = Array(repeating: 3, count: 500)
        let reported = Reported()
        let dealer = WorkDealer(weights: weights, parts: 40) { done, total in reported.note(done, total) }
        let seen = Reported()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let part = dealer.next() {
                for unit in part { seen.note(unit, 0) }
                dealer.finished(part)
            }
        }
        #expect(seen.values.map(\.0).sorted() == Array(0..<500))
        #expect(reported.values.map(\.0).max() == 500 && reported.values.allSatisfy { $0.1 == 500 })
    }
}

/// What a concurrent callback saw, under a lock.
final class Reported: @unchecked Sendable {
    private let queue = DispatchQueue(label: "reported")
    private var list: [(Int, Int)] = []
    func note(_ a: Int, _ b: Int) { queue.sync { list.append((a, b)) } }
    var values: [(Int, Int)] { queue.sync { list } }
}
