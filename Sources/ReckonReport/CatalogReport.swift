import ReckonCatalog
import ReckonCore
import ReckonUnits

/// Renders catalog listings and single entries.
public enum CatalogReport {
    static func acceleratorFields(_ a: AcceleratorSpec) -> [(String, JSONValue, String)] {
        var f: [(String, JSONValue, String)] = [
            ("id", .string(a.id), a.id), ("name", .string(a.name), a.name), ("vendor", .string(a.vendor), a.vendor),
            ("year", .number(Double(a.year)), String(a.year)),
        ]
        for p in Precision.allCases {
            if let v = a.peak[p] { f.append(("peak_\(p.rawValue)_flops", .number(v.value), v.formatted + " (dense)")) }
        }
        func add(_ k: String, _ v: Double?, _ text: String?) { f.append((k, .optional(v), text ?? "not published")) }
        add("memory_bytes", a.memory?.value, a.memory.map { "\($0.formatted(.si)) (\($0.formatted(.iec)))" })
        add("memory_bandwidth_bytes_per_second", a.memoryBandwidth?.value, a.memoryBandwidth?.formatted)
        add(
            "scale_up_bandwidth_bytes_per_second", a.scaleUpBandwidth?.value,
            a.scaleUpBandwidth.map { $0.formatted + " per direction" })
        add(
            "scale_out_bandwidth_bytes_per_second", a.scaleOutBandwidth?.value,
            a.scaleOutBandwidth.map { $0.formatted + " per direction" })
        add("scale_up_domain", a.scaleUpDomain.map(Double.init), a.scaleUpDomain.map { "\($0) accelerators" })
        add("tdp_watts", a.tdp?.value, a.tdp?.formatted)
        add("cloud_price_usd_per_hour", a.cloudPrice?.inDollarsPerHour, a.cloudPrice?.formatted)
        add("cloud_price_low_usd_per_hour", a.cloudPriceRange?.low.inDollarsPerHour, a.cloudPriceRange?.low.formatted)
        add(
            "cloud_price_high_usd_per_hour", a.cloudPriceRange?.high.inDollarsPerHour,
            a.cloudPriceRange?.high.formatted)
        add("purchase_price_usd", a.purchasePrice?.value, a.purchasePrice?.formatted)
        add("mtbf_hours", a.mtbf?.inHours, a.mtbf.map { NumberFormat.grouped($0.inHours) + " h" })
        f.append(("source", .string(a.source), a.source))
        f.append(("as_of", .string(a.asOf), a.asOf))
        return f
    }

    static func modelFields(_ m: ModelSpec) -> [(String, JSONValue, String)] {
        func int(_ k: String, _ v: Int?, absent: String = "not published") -> (String, JSONValue, String) {
            (k, .optional(v.map(Double.init)), v.map(String.init) ?? absent)
        }
        func bool(_ k: String, _ v: Bool?) -> (String, JSONValue, String) {
            (k, v.map { .bool($0) } ?? .null, v.map { $0 ? "yes" : "no" } ?? "not published")
        }
        var f: [(String, JSONValue, String)] = [
            ("id", .string(m.id), m.id), ("name", .string(m.name), m.name),
            ("is_estimate", .bool(m.isEstimate), m.isEstimate ? "yes — an outside estimate" : "no"),
            ("year", .optional(m.year.map(Double.init)), m.year.map(String.init) ?? "—"),
            ("params", .number(m.totalParameters.value), m.totalParameters.formatted),
            ("active_params", .number(m.activeParameters.value), m.activeParameters.formatted),
            int("layers", m.layers), int("hidden_size", m.hiddenSize), int("heads", m.heads),
            int("kv_heads", m.kvHeads),
            int("head_dim", m.headDim, absent: "hidden / heads"),
            int("ffn_size", m.ffnSize), int("vocabulary", m.vocabulary), int("context_length", m.contextLength),
            ("experts", .number(Double(m.experts)), String(m.experts)),
            ("active_experts", .number(Double(m.activeExperts)), String(m.activeExperts)),
            bool("gated_ffn", m.gatedFFN), bool("tied_embeddings", m.tiedEmbeddings),
        ]
        if let moe = m.moe {
            f += [
                int("shared_experts", moe.sharedExperts), int("expert_ffn_size", moe.expertFFNSize, absent: "ffn_size"),
                int("shared_expert_ffn_size", moe.sharedExpertFFNSize, absent: "expert_ffn_size"),
                int("dense_ffn_size", moe.denseFFNSize, absent: "ffn_size"),
                int("leading_dense_layers", moe.leadingDenseLayers), int("moe_layer_stride", moe.layerStride),
                int("moe_layers", m.layers.map { moe.moeLayers(of: $0) }, absent: "—"),
            ]
        }
        if let mla = m.latentAttention {
            f += [
                int("kv_lora_rank", mla.keyValueRank), int("q_lora_rank", mla.queryRank, absent: "not compressed"),
                int("rope_head_dim", mla.ropeHeadDim), int("nope_head_dim", mla.noRopeHeadDim),
                int("v_head_dim", mla.valueHeadDim),
            ]
        }
        if let w = m.slidingWindow {
            f += [
                int("sliding_window", w.window), int("local_per_global", w.localPerGlobal, absent: "every layer local"),
            ]
        }
        if m.multiTokenPredictionModules > 0 { f.append(int("mtp_modules", m.multiTokenPredictionModules)) }
        f += [
            ("training_tokens", .optional(m.trainingTokens?.value), m.trainingTokens?.formatted ?? "not published"),
            ("source", .string(m.source), m.source), ("as_of", .string(m.asOf), m.asOf),
        ]
        return f
    }

    /// The list as CSV: the JSON fields of every entry (base units in the column names), numbers as numbers.
    static func acceleratorCSV(_ catalog: Catalog) -> String {
        let keys = [
            "id", "name", "vendor", "year", "peak_bf16_flops", "memory_bytes", "memory_bandwidth_bytes_per_second",
            "tdp_watts", "cloud_price_usd_per_hour",
        ]
        return csv(keys, catalog.accelerators.map { acceleratorFields($0) })
    }

    static func modelCSV(_ catalog: Catalog) -> String {
        let keys = [
            "id", "name", "is_estimate", "year", "params", "active_params", "layers", "hidden_size",
            "training_tokens",
        ]
        return csv(keys, catalog.models.map { modelFields($0) })
    }

    static func csv(_ keys: [String], _ entries: [[(String, JSONValue, String)]]) -> String {
        Table(
            header: keys,
            rows: entries.map { fields in
                let values = Dictionary(fields.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
                return keys.map { values[$0].map(TrainReport.cellText) ?? "" }
            }
        ).csv()
    }

    public static func list(_ catalog: Catalog, accelerators: Bool, models: Bool, format: OutputFormat) -> String {
        let aTable = Table(
            header: ["id", "name", "BF16 dense", "memory", "bandwidth", "TDP", "$/h"],
            rows: catalog.accelerators.map { a in
                [
                    a.id, a.name, a.peak(at: .bf16)?.formatted ?? "—", a.memory?.formatted ?? "—",
                    a.memoryBandwidth?.formatted ?? "—", a.tdp?.formatted ?? "—", a.cloudPrice?.formatted ?? "—",
                ]
            }, numericColumns: [2, 3, 4, 5, 6])
        let mTable = Table(
            header: ["id", "name", "params", "active", "layers", "d_model", "tokens"],
            rows: catalog.models.map { m in
                [
                    m.id, m.name + (m.isEstimate ? " *" : ""), m.totalParameters.formatted,
                    m.activeParameters.formatted,
                    m.layers.map(String.init) ?? "—", m.hiddenSize.map(String.init) ?? "—",
                    m.trainingTokens.map { NumberFormat.count($0.value) } ?? "—",
                ]
            }, numericColumns: [2, 3, 4, 5, 6])
        switch format {
        case .json:
            var pairs: [(String, JSONValue)] = []
            if accelerators {
                pairs.append(
                    (
                        "accelerators",
                        .array(catalog.accelerators.map { .object(acceleratorFields($0).map { ($0.0, $0.1) }) })
                    ))
            }
            if models {
                pairs.append(("models", .array(catalog.models.map { .object(modelFields($0).map { ($0.0, $0.1) }) })))
            }
            return JSONValue.object(pairs).rendered() + "\n"
        case .csv:
            return (accelerators ? acceleratorCSV(catalog) : "") + (accelerators && models ? "\n" : "")
                + (models ? modelCSV(catalog) : "")
        case .markdown:
            return (accelerators ? "## Accelerators\n\n" + aTable.markdown() + "\n\n" : "")
                + (models ? "## Models\n\n" + mTable.markdown() + "\n" : "")
        case .text:
            var out = ""
            if accelerators {
                out += "Accelerators (peak dense BF16; \(ByteConvention.si.legend))\n" + aTable.text() + "\n"
            }
            if accelerators && models { out += "\n" }
            if models { out += "Models (* = outside estimate)\n" + mTable.text() + "\n" }
            return out + "\n`reckon catalog show ID` prints every field with its source.\n"
        }
    }

    public static func show(_ id: String, in catalog: Catalog, format: OutputFormat) throws -> String {
        let fields: [(String, JSONValue, String)]
        if let a = try? catalog.accelerator(id) {
            fields = acceleratorFields(a)
        } else if let m = try? catalog.model(id) {
            fields = modelFields(m)
        } else {
            let all = catalog.accelerators.map(\.id) + catalog.models.map(\.id)
            let guesses = DidYouMean.closest(to: id.lowercased(), among: all)
            let shown = id.count <= 80 ? id : String(id.prefix(80)) + "… (\(id.count) characters)"
            throw InputError(
                field: "id", value: shown, allowed: "an accelerator or model ID from `reckon catalog list`",
                hint: guesses.isEmpty ? nil : "did you mean \(guesses.map { "'\($0)'" }.joined(separator: " or "))?")
        }
        switch format {
        case .json: return JSONValue.object(fields.map { ($0.0, $0.1) }).rendered() + "\n"
        case .csv:
            return Table(header: ["field", "value"], rows: fields.map { [$0.0, TrainReport.cellText($0.1)] }).csv()
        case .markdown: return Table(header: ["field", "value"], rows: fields.map { [$0.0, $0.2] }).markdown() + "\n"
        case .text: return Table(header: ["field", "value"], rows: fields.map { [$0.0, $0.2] }).text() + "\n"
        }
    }

    // MARK: - Diff, check, model configs

    /// `reckon catalog diff`: what a user catalog adds, replaces and shadows, field by field.
    public static func diff(_ d: CatalogDiff, format: OutputFormat) -> String {
        switch format {
        case .json:
            let entries: [JSONValue] = d.entries.map { e in
                .object([
                    ("kind", .string(e.kind)), ("id", .string(e.id)), ("file", e.file.map { .string($0) } ?? .null),
                    ("change", .string(e.change.rawValue)), ("builtin_id", e.builtinID.map { .string($0) } ?? .null),
                    (
                        "fields",
                        .array(
                            e.fields.map { f in
                                .object([
                                    ("key", .string(f.key)), ("builtin", f.builtin.map { .string($0) } ?? .null),
                                    ("user", f.user.map { .string($0) } ?? .null),
                                ])
                            })
                    ),
                ])
            }
            return JSONValue.object([("entries", .array(entries))]).rendered() + "\n"
        case .csv, .markdown, .text:
            let rows = d.entries.flatMap { e -> [[String]] in
                let what: String
                switch e.change {
                case .added: what = "added"
                case .replaced: what = "replaces built-in"
                case .shadowsAlias: what = "shadows alias → \(e.builtinID ?? "?")"
                }
                let head = [e.kind, e.id, what]
                if e.fields.isEmpty { return [head + ["", "(identical)", ""]] }
                return e.fields.map { head + [$0.key, $0.builtin ?? "—", $0.user ?? "—"] }
            }
            let table = Table(header: ["kind", "id", "change", "field", "built-in", "yours"], rows: rows)
            if format == .csv { return table.csv() }
            if format == .markdown { return table.markdown() + "\n" }
            if d.entries.isEmpty { return "The catalog changes nothing in the built-in one.\n" }
            return table.text() + "\n"
        }
    }

    /// `reckon catalog check DIR`: every problem with its file, entry and key.
    public static func check(_ c: CatalogCheck, format: OutputFormat) -> String {
        switch format {
        case .json:
            let problems: [JSONValue] = c.problems.map { p in
                .object([
                    ("file", .string(p.file)), ("entry", p.entry.map { .string($0) } ?? .null),
                    ("key", .string(p.key)), ("value", .string(p.value)), ("allowed", .string(p.allowed)),
                ])
            }
            return JSONValue.object([
                ("directory", .string(c.directory)), ("files", .array(c.files.map { .string($0) })),
                ("valid", .bool(c.isValid)), ("accelerators", .number(Double(c.catalog.accelerators.count))),
                ("models", .number(Double(c.catalog.models.count))), ("problems", .array(problems)),
            ]).rendered() + "\n"
        case .csv, .markdown, .text:
            let table = Table(
                header: ["file", "entry", "key", "value", "allowed"],
                rows: c.problems.map { [$0.file, $0.entry ?? "", $0.key, $0.value, $0.allowed] })
            if format == .csv { return table.csv() }
            if format == .markdown { return table.markdown() + "\n" }
            let summary =
                "\(c.files.count) file(s), \(c.catalog.accelerators.count) accelerator(s) and "
                + "\(c.catalog.models.count) model(s) valid"
            if c.isValid { return summary + "; no problems.\n" }
            return summary + "; \(c.problems.count) problem(s):\n" + table.text() + "\n"
        }
    }

    /// What a Hugging Face config gave: the shape and counts, then every key read, assumed and ignored.
    public static func modelConfig(_ r: ModelConfigReading, format: OutputFormat) -> String {
        let counts: [(String, Double)] = [
            ("total", r.count.total), ("active", r.count.active), ("input_embedding", r.count.inputEmbedding),
            ("output_head", r.count.outputHead), ("attention", r.count.attention), ("dense_ffn", r.count.denseFFN),
            ("routed_experts", r.count.routedExperts), ("shared_experts", r.count.sharedExperts),
            ("routers", r.count.routers), ("norms", r.count.norms),
        ]
        switch format {
        case .json:
            return JSONValue.object([
                ("file", .string(r.file)), ("architecture", .string(r.architecture)),
                ("model", .object(modelFields(r.spec).map { ($0.0, $0.1) })),
                ("parameters", .object(counts.map { ($0.0, .number($0.1)) })),
                (
                    "read",
                    .array(
                        r.read.map {
                            .object([
                                ("key", .string($0.key)), ("value", .string($0.value)),
                                ("meaning", .string($0.meaning)),
                            ])
                        })
                ),
                (
                    "assumed",
                    .array(
                        r.assumed.map {
                            .object([
                                ("key", .string($0.key)), ("value", .string($0.value)),
                                ("reason", .string($0.reason)),
                            ])
                        })
                ),
                ("ignored", .array(r.ignored.map { .string($0) })),
            ]).rendered() + "\n"
        case .csv, .markdown, .text:
            let parts = Table(
                header: ["parameters", "count"],
                rows: counts.map { [$0.0, Parameters($0.1).formatted] }, numericColumns: [1])
            let read = Table(header: ["key", "value", "used as"], rows: r.read.map { [$0.key, $0.value, $0.meaning] })
            let assumed = Table(
                header: ["key", "value", "why"], rows: r.assumed.map { [$0.key, $0.value, $0.reason] })
            if format == .csv { return parts.csv() + "\n" + read.csv() + "\n" + assumed.csv() }
            let ignored = r.ignored.isEmpty ? "none" : r.ignored.joined(separator: ", ")
            if format == .markdown {
                return "## \(r.architecture) from \(r.file)\n\n" + parts.markdown() + "\n\n### Read\n\n"
                    + read.markdown()
                    + "\n\n### Assumed\n\n" + assumed.markdown() + "\n\nIgnored: \(ignored)\n"
            }
            return "\(r.architecture) from \(r.file)\n" + parts.text() + "\n\nRead:\n" + read.text()
                + "\n\nAssumed (not in the file):\n" + assumed.text() + "\n\nIgnored (not used): \(ignored)\n"
        }
    }
}
