import Foundation
import ReckonCatalog
import ReckonInput
import Testing
@testable import ReckonReport

/// One number format per column: a numeric column of a page's table never mixes thousands separators (2,048)
/// with SI prefixes (2k, 1.8T), which would make 1,000 and 1k look like different magnitudes side by side.
@Suite struct PageTableFormatTests {
    static func mixes(_ cells: [String]) -> Bool {
        let grouped = cells.contains { $0.range(of: #"\d{1,3}(,\d{3})+"#, options: .regularExpression) != nil }
        let prefixed = cells.contains {
            $0.range(of: #"\d(\.\d+)?\s?[kMBTP](\b|[A-Za-z/])"#, options: .regularExpression) != nil
        }
        return grouped && prefixed
    }

    @Test(arguments: Analyses.all().map(\.name)) func numericColumnsUseOneFormat(_ name: String) throws {
        let analysis = try #require(Analyses.named(name))
        let fields = InputFields(analysis.example.mapValues { .text($0) }, origin: "test")
        let page = try analysis.pageResult(fields, .builtin)
        for t in page.tables {
            for column in t.table.numericColumns {
                let cells = t.table.rows.compactMap { column < $0.count ? $0[column] : nil }
                #expect(!Self.mixes(cells), "\(name) \(t.id) column \(t.table.header[column]): \(cells.prefix(8))")
            }
        }
    }

    @Test func theCheckCanFail() {
        #expect(Self.mixes(["1,024 h", "3.5M h"]))
        #expect(!Self.mixes(["1.02k h", "3.5M h"]))
    }
}
