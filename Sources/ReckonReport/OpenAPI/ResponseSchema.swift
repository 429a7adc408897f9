import ReckonCatalog
import ReckonInput

/// JSON Schemas (draft 2020-12, as OpenAPI 3.1 uses) of the API's responses, derived from the documents the
/// analyses themselves write for a set of sample requests that cover each response's variants (a price or none,
/// failures counted or not, a search, Monte Carlo with and without sensitivity).
///
/// Rules: an object lists its properties, requires those every sample has, and allows no others; the objects
/// under ``mapKeys`` are maps (their keys are field or series names) whose values share one schema; an array's
/// items merge every element seen; a number may also be `null` (JSON has no ∞: a run that never finishes is
/// written `null`, as are values a catalog entry does not publish); a value seen only as `null` may be any scalar;
/// any other type is as seen.
public enum ResponseSchema {
    /// Objects whose keys are data, not a fixed list of fields.
    static let mapKeys: Set<String> = ["assumptions", "inputs", "rank_correlations"]

    /// Merges samples into one schema.
    struct Builder {
        var types: Set<String> = []
        var properties: [(String, Builder)] = []
        var counts: [String: Int] = [:]
        var objects = 0
        var items: [Builder] = []
        var map: [Builder] = []
        var closed = true

        mutating func add(_ v: JSONValue, key: String? = nil) {
            switch v {
            case .null: types.insert("null")
            case .bool: types.insert("boolean")
            case .number: types.formUnion(["number", "null"])
            case .string: types.insert("string")
            case .array(let elements):
                types.insert("array")
                if items.isEmpty { items = [Builder()] }
                for e in elements {
                    items[0].closed = closed
                    items[0].add(e)
                }
            case .object(let pairs):
                types.insert("object")
                if let key, Self.isMap(key) {
                    if map.isEmpty { map = [Builder()] }
                    for (_, value) in pairs {
                        map[0].closed = closed
                        map[0].add(value)
                    }
                    return
                }
                objects += 1
                for (k, value) in pairs {
                    counts[k, default: 0] += 1
                    if let i = properties.firstIndex(where: { $0.0 == k }) {
                        properties[i].1.add(value, key: k)
                    } else {
                        var b = Builder()
                        b.closed = closed
                        b.add(value, key: k)
                        properties.append((k, b))
                    }
                }
            }
        }

        static func isMap(_ key: String) -> Bool { ResponseSchema.mapKeys.contains(key) || key == "compute_flop" }

        func schema() -> JSONValue {
            var out: [(String, JSONValue)] = []
            // Seen only as null: the samples never filled it, so any scalar may come.
            let seen = types == ["null"] ? ["string", "number", "boolean", "null"] : types
            let order = ["object", "array", "string", "number", "boolean", "null"].filter(seen.contains)
            if order.count == 1 {
                out.append(("type", .string(order[0])))
            } else if !order.isEmpty {
                out.append(("type", .array(order.map { .string($0) })))
            }
            if types.contains("object") {
                if let values = map.first {
                    out.append(("additionalProperties", values.schema()))
                } else {
                    out.append(("properties", .object(properties.map { ($0.0, $0.1.schema()) })))
                    let required = properties.map(\.0).filter { counts[$0] == objects }
                    if !required.isEmpty { out.append(("required", .array(required.map { .string($0) }))) }
                    if closed { out.append(("additionalProperties", .bool(false))) }
                }
            }
            if types.contains("array") { out.append(("items", items.first?.schema() ?? .object([]))) }
            return .object(out)
        }
    }

    /// One schema for `samples` (documents of one response variant); `closed`: no properties beyond those seen.
    static func infer(_ samples: [JSONValue], closed: Bool = true) -> JSONValue {
        var b = Builder()
        b.closed = closed
        for s in samples { b.add(s) }
        return b.schema()
    }

    /// Sample requests per analysis, grouped by response variant.
    static let samples: [String: [String: [[String: InputValue]]]] = [
        "train": [
            "deterministic": [
                [:], ["no_failures": .flag(true)], ["gpu": .text("h800")], ["mfu": .number(0.4)],
                ["model": .text("mixtral-8x7b"), "gpus": .number(256)],
            ],
            "monte-carlo": [
                ["mfu": .text("0.3..0.5"), "samples": .number(200)],
                [
                    "mfu": .text("0.3..0.5"), "price_per_hour": .text("2..3"), "samples": .number(200),
                    "sensitivity": .flag(true),
                ],
            ],
        ],
        "scale": [
            "deterministic": [[:], ["gpus": .text("16k")]],
            "monte-carlo": [
                [
                    "gpus": .text("16k"), "failures": .text("paper-2024"),
                    "gpu_mtbf_hours": .text("20000..60000"), "samples": .number(100), "sensitivity": .flag(true),
                ],
                ["gpus": .text("16k"), "samples": .number(50)],
            ],
        ],
        "plan": [
            "deterministic": [
                ["model": .text("llama-3.1-70b"), "gpus": .number(64)],
                ["model": .text("megatron-1t"), "gpus": .number(3072), "global_batch": .number(3072)],
            ]
        ],
        "choose": [
            "deterministic": [
                ["gpu": .text("h100-sxm,b200,h800"), "gpus": .text("256..2048")],
                [
                    "gpu": .text("h100-sxm"), "gpus": .text("256..1024"), "deadline": .text("2000d"),
                    "budget": .text("$100M"),
                ],
                [
                    "model": .text("llama-3.1-8b"), "gpu": .text("a100-80gb"), "gpus": .text("8..64"),
                    "deadline": .text("1000d"), "price": .text("own"),
                ],
            ],
            "monte-carlo": [["gpu": .text("h100-sxm"), "gpus": .text("512..1024"), "samples": .number(50)]],
        ],
        "validate": ["deterministic": [[:], ["framework": .text("torchtitan")]]],
        "project": [
            "deterministic": [[:]],
            "monte-carlo": [
                ["param_growth": .text("2..3.5"), "samples": .number(100), "sensitivity": .flag(true)],
                ["samples": .number(50)],
            ],
        ],
        "roadmap": [
            "deterministic": [[:]],
            "monte-carlo": [
                ["data_formats": .text("2..8"), "samples": .number(100), "sensitivity": .flag(true)],
                ["samples": .number(50)],
            ],
        ],
        "infer": [
            "deterministic": [
                [:], ["model": .text("deepseek-v3"), "precision": .text("fp8")],
                ["model": .text("llama-3.1-70b"), "offload": .text("host"), "gpus": .number(1)],
            ],
            "search": [
                ["model": .text("llama-3.1-70b"), "tpot": .number(0.05)],
                [
                    "model": .text("llama-3.1-8b"), "ttft": .number(0.5), "tpot": .number(0.02),
                    "gpu": .text("all"),
                ],
            ],
            "monte-carlo": [
                ["utilization": .text("0.4..0.8"), "samples": .number(100), "sensitivity": .flag(true)],
                ["samples": .number(50)],
            ],
        ],
        "deploy": [
            "deterministic": [
                [:],
                [
                    "output_tokens_per_day": .text("1B"), "model": .text("llama-3.1-8b"),
                    "latency_target": .number(0.05),
                ],
            ],
            "monte-carlo": [
                [
                    "mfu": .text("0.3..0.5"), "output_tokens": .text("30..60"), "samples": .number(100),
                    "sensitivity": .flag(true),
                ], ["samples": .number(50)],
            ],
        ],
    ]

    /// The response schema of `analysis`: its variants' schemas (`anyOf` when more than one). Variants whose sample
    /// requests fail are left out (an analysis added without samples gets the schema of its default request).
    public static func of(_ analysis: Analysis, catalog: Catalog = .builtin) -> JSONValue {
        let variants = samples[analysis.name] ?? ["deterministic": [[:]]]
        var schemas: [JSONValue] = []
        for name in variants.keys.sorted() {
            let docs = variants[name]!.compactMap {
                try? analysis.jsonResult(InputFields($0, origin: "sample"), catalog)
            }
            if !docs.isEmpty { schemas.append(infer(docs)) }
        }
        if schemas.count == 1 { return schemas[0] }
        return .object([("anyOf", .array(schemas))])
    }

    /// The catalog routes: the whole list, one kind, or one entry. Entries are open (a user catalog may add
    /// fields the built-in entries leave out).
    public static func catalog(_ catalog: Catalog = .builtin) -> (list: JSONValue, item: JSONValue) {
        let accelerators: [JSONValue] = catalog.accelerators.map {
            .object(CatalogReport.acceleratorFields($0).map { ($0.0, $0.1) })
        }
        let models: [JSONValue] = catalog.models.map { .object(CatalogReport.modelFields($0).map { ($0.0, $0.1) }) }
        let list = infer(
            [.object([("accelerators", .array(accelerators)), ("models", .array(models))])], closed: false)
        let item: JSONValue = .object([
            (
                "anyOf",
                .array([
                    infer([.object([("accelerators", .array(accelerators))])], closed: false),
                    infer([.object([("models", .array(models))])], closed: false),
                    infer(accelerators, closed: false),
                    infer(models, closed: false),
                ])
            )
        ])
        return (list, item)
    }
}
