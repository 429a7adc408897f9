import Testing

@testable import ReckonAnalysis

/// The memo computes each key once, remembers nil answers too, and starts again past its capacity.
@Suite struct ProcessMemoTests {
    final class Counter: @unchecked Sendable { var calls = 0 }

    @Test func computesOncePerKeyAndStaysBounded() {
        let memo = ProcessMemo<Int, Double>(capacity: 2)
        let counter = Counter()
        func square(_ k: Int) -> Double? {
            memo.value(k) {
                counter.calls += 1
                return k < 0 ? nil : Double(k * k)
            }
        }
        #expect(square(3) == 9 && square(3) == 9)
        #expect(counter.calls == 1)
        #expect(square(-1) == nil && square(-1) == nil)
        #expect(counter.calls == 2)
        #expect(square(4) == 16)  // third key: the table was full and started again
        #expect(counter.calls == 3)
        #expect(square(3) == 9)
        #expect(counter.calls == 4)
    }
}
