import Foundation
import Testing
import ReckonCatalog
import ReckonCore
@testable import ReckonReport

@Suite struct CatalogReportTests {
    @Test func checkAndDiffRender() throws {
        let text = "models:\n  - id: m\n    name: M\n    params: 7B\n    heads: 0\n    source: s\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-report-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try text.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let check = try CatalogLoader.check(directory: dir.path)
        let rendered = CatalogReport.check(check, format: .text)
        #expect(rendered.contains("1 problem(s)") && rendered.contains("heads") && rendered.contains("a.yaml"))
        let json = CatalogReport.check(check, format: .json)
        #expect(json.contains("\"valid\": false") && json.contains("\"key\": \"heads\""))
        let user = try CatalogLoader.parse(
            "models:\n  - id: gpt3\n    name: Mine\n    params: 1B\n    source: s\n",
            file: "u.yaml")
        let diff = CatalogReport.diff(CatalogDiff.between(user: user), format: .text)
        #expect(diff.contains("shadows alias → gpt-3"))
    }

    @Test func modelShowListsTheArchitectureFields() throws {
        let out = try CatalogReport.show("deepseek-v3", in: .builtin, format: .json)
        #expect(out.contains("\"kv_lora_rank\": 512") && out.contains("\"leading_dense_layers\": 3"))
    }
}
