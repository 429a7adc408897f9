import Foundation
import Testing

/// `reckon catalog check | diff | config` and `--model-config`, run as a user would.
@Suite struct CatalogCLITests {
    static let configs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ReckonCatalogTests/Fixtures/configs")

    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    @Test func checkListsEveryProblemAndFails() throws {
        let dir = try Self.folder([
            "a.yaml": "models:\n  - id: m\n    name: M\n    params: 7B\n    heads: 0\n    layers: 0\n    source: s\n"
        ])
        let r = try CLITests.run(["catalog", "check", dir])
        #expect(r.status == 2)
        #expect(r.out.contains("2 problem(s)") && r.out.contains("heads") && r.out.contains("layers"))
        let ok = try Self.folder(["b.yaml": "models:\n  - id: m\n    name: M\n    params: 7B\n    source: s\n"])
        #expect(try CLITests.run(["catalog", "check", ok]).status == 0)
    }

    @Test func diffShowsAShadowedAlias() throws {
        let dir = try Self.folder(["b.yaml": "models:\n  - id: gpt3\n    name: Mine\n    params: 1B\n    source: s\n"])
        let r = try CLITests.run(["catalog", "diff", "--catalog", dir, "--format", "json"])
        #expect(r.status == 0 && r.out.contains("\"change\": \"shadows_alias\""))
    }

    @Test func configAndModelConfig() throws {
        let path = Self.configs.appendingPathComponent("gpt-oss-120b.json").path
        let shown = try CLITests.run(["catalog", "config", path, "--format", "json"])
        #expect(shown.status == 0 && shown.out.contains("\"architecture\": \"GptOssForCausalLM\""))
        let train = try CLITests.run([
            "train", "--model-config", path, "--gpus", "512", "--mfu", "0.3", "--format", "json",
        ])
        #expect(train.status == 0 && train.out.contains("\"active_params\""))
        let bad = try CLITests.run(["catalog", "config", "/nonexistent/config.json"])
        #expect(bad.status == 2 && bad.err.contains("model_config"))
    }
}
