import Foundation
import Testing

/// `reckon infer` and `reckon deploy` as a user runs them.
@Suite struct InferCLITests {
    @Test func inferJSONHasTheDocumentedFields() throws {
        let r = try CLITests.run([
            "infer", "--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--gpus", "1", "--precision", "fp8",
            "--input-tokens", "128", "--output-tokens", "2048", "--format", "json",
        ])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        for key in [
            "ttft_seconds", "tpot_seconds", "tokens_per_second", "tokens_per_second_per_gpu", "accelerators",
            "tensor_parallel", "max_batch", "memory_bytes", "usd_per_million_tokens", "bound", "derivation",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let memory = try #require(object["memory_bytes"] as? [String: Any])
        #expect(Set(memory.keys) == ["total", "weights", "kv_cache", "activations", "reserve"])
        #expect(["compute", "memory"].contains(object["bound"] as? String ?? ""))
        // inference.csv: TensorRT-LLM Llama 3.1 8B FP8, H100 TP1, 128/2048 → 22,714 tokens/s; ±12% as in
        // InferenceEstimateTests (same model, same efficiency factors; catalog parameter count 8.0B).
        let rate = try #require(object["tokens_per_second"] as? Double)
        #expect(abs(rate / 22_714 - 1) < 0.12)
    }

    @Test func tooFewGPUsExitsWithTheMinimum() throws {
        let r = try CLITests.run(["infer", "--model", "gpt-3", "--gpus", "2"])
        #expect(r.status == 2)
        #expect(r.err.contains("at least 8"))
        let ok = try CLITests.run([
            "infer", "--model", "gpt-3", "--gpus", "2", "--offload", "host", "--link", "pcie5", "--format", "json",
        ])
        #expect(ok.status == 0, "\(ok.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ok.out.utf8)) as? [String: Any])
        #expect(object["offload"] is [String: Any])
    }

    @Test func deployPresetJSON() throws {
        let r = try CLITests.run(["deploy", "--preset", "twitter-1pct-year", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        for key in [
            "accelerators", "gpu_hours", "serving_cost_usd", "energy_kwh", "training_cost_usd",
            "deployment_to_development_ratio", "reference_ratio", "assumptions",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let ratio = try #require(object["deployment_to_development_ratio"] as? Double)
        let serving = try #require(object["serving_cost_usd"] as? Double)
        let training = try #require(object["training_cost_usd"] as? Double)
        #expect(abs(ratio - serving / training) < 1e-9 * ratio)
    }

    @Test func textOutputsRender() throws {
        for args in [
            ["infer"], ["infer", "--format", "markdown"], ["infer", "--format", "csv"],
            ["deploy", "--preset", "million-developers-year"],
        ] {
            let r = try CLITests.run(args)
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(!r.out.isEmpty)
        }
    }

    @Test func latencyTargetSearchFromTheCommandLine() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reckon-frontier-\(UUID().uuidString).svg"
        ).path
        defer { try? FileManager.default.removeItem(atPath: svg) }
        let r = try CLITests.run([
            "infer", "--model", "llama-3.1-70b", "--gpu", "all", "--ttft", "2s", "--tpot", "50ms",
            "--concurrency", "256", "--format", "json", "--svg", svg,
        ])
        #expect(r.status == 0, "\(r.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let best = try #require(object["best"] as? [String: Any])
        #expect((best["tpot_seconds"] as? Double ?? 1) <= 0.05)
        #expect(((object["frontier"] as? [Any])?.count ?? 0) >= 3)
        #expect((try String(contentsOfFile: svg, encoding: .utf8)).contains("Pareto frontier"))
        let bad = try CLITests.run(["infer", "--model", "llama-3.1-70b", "--tpot", "0.1ms"])
        #expect(bad.status == 2 && bad.err.contains("tpot"))
    }
}
