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
        for p in Precision.allCases { if let v = a.peak[p] { f.append(("peak_\(p.rawValue)_flops", .number(v.value), v.formatted + " (dense)")) } }
        func add(_ k: String, _ v: Double?, _ text: String?) { f.append((k, .optional(v), text ?? "not published")) }
        add("memory_bytes", a.memory?.value, a.memory.map { "\($0.formatted(.si)) (\($0.formatted(.iec)))" })
        add("memory_bandwidth_bytes_per_second", a.memoryBandwidth?.value, a.memoryBandwidth?.formatted)
        add("scale_up_bandwidth_bytes_per_second", a.scaleUpBandwidth?.value, a.scaleUpBandwidth.map { $0.formatted + " per direction" })
        add("scale_out_bandwidth_bytes_per_second", a.scaleOutBandwidth?.value, a.scaleOutBandwidth.map { $0.formatted + " per direction" })
        add("scale_up_domain", a.scaleUpDomain.map(Double.init), a.scaleUpDomain.map { "\($0) accelerators" })
        add("tdp_watts", a.tdp?.value, a.tdp?.formatted)
        add("cloud_price_usd_per_hour", a.cloudPrice?.inDollarsPerHour, a.cloudPrice?.formatted)
        add("purchase_price_usd", a.purchasePrice?.value, a.purchasePrice?.formatted)
        add("mtbf_hours", a.mtbf?.inHours, a.mtbf.map { NumberFormat.grouped($0.inHours) + " h" })
        f.append(("source", .string(a.source), a.source))
        f.append(("as_of", .string(a.asOf), a.asOf))
        return f
    }

    static func modelFields(_ m: ModelSpec) -> [(String, JSONValue, String)] {
        func int(_ k: String, _ v: Int?) -> (String, JSONValue, String) { (k, .optional(v.map(Double.init)), v.map { NumberFormat.grouped(Double($0)) } ?? "not published") }
        return [
            ("id", .string(m.id), m.id), ("name", .string(m.name), m.name), ("is_estimate", .bool(m.isEstimate), m.isEstimate ? "yes — an outside estimate" : "no"),
            ("year", .optional(m.year.map(Double.init)), m.year.map(String.init) ?? "—"),
            ("params", .number(m.totalParameters.value), m.totalParameters.formatted),
            ("active_params", .number(m.activeParameters.value), m.activeParameters.formatted),
            int("layers", m.layers), int("hidden_size", m.hiddenSize), int("heads", m.heads), int("kv_heads", m.kvHeads),
            int("ffn_size", m.ffnSize), int("vocabulary", m.vocabulary), int("context_length", m.contextLength),
            ("experts", .number(Double(m.experts)), String(m.experts)), ("active_experts", .number(Double(m.activeExperts)), String(m.activeExperts)),
            ("training_tokens", .optional(m.trainingTokens?.value), m.trainingTokens?.formatted ?? "not published"),
            ("source", .string(m.source), m.source), ("as_of", .string(m.asOf), m.asOf),
        ]
    }

    public static func list(_ catalog: Catalog, accelerators: Bool, models: Bool, format: OutputFormat) -> String {
        let aTable = Table(header: ["id", "name", "BF16 dense", "memory", "bandwidth", "TDP", "$/h"],
                           rows: catalog.accelerators.map { a in
                               [a.id, a.name, a.peak(at: .bf16)?.formatted ?? "—", a.memory?.formatted ?? "—",
                                a.memoryBandwidth?.formatted ?? "—", a.tdp?.formatted ?? "—", a.cloudPrice?.formatted ?? "—"]
                           }, numericColumns: [2, 3, 4, 5, 6])
        let mTable = Table(header: ["id", "name", "params", "active", "layers", "d_model", "tokens"],
                           rows: catalog.models.map { m in
                               [m.id, m.name + (m.isEstimate ? " *" : ""), m.totalParameters.formatted, m.activeParameters.formatted,
                                m.layers.map(String.init) ?? "—", m.hiddenSize.map(String.init) ?? "—", m.trainingTokens.map { NumberFormat.count($0.value) } ?? "—"]
                           }, numericColumns: [2, 3, 4, 5, 6])
        switch format {
        case .json:
            var pairs: [(String, JSONValue)] = []
            if accelerators { pairs.append(("accelerators", .array(catalog.accelerators.map { .object(acceleratorFields($0).map { ($0.0, $0.1) }) }))) }
            if models { pairs.append(("models", .array(catalog.models.map { .object(modelFields($0).map { ($0.0, $0.1) }) }))) }
            return JSONValue.object(pairs).rendered() + "\n"
        case .csv:
            return (accelerators ? aTable.csv() : "") + (accelerators && models ? "\n" : "") + (models ? mTable.csv() : "")
        case .markdown:
            return (accelerators ? "## Accelerators\n\n" + aTable.markdown() + "\n\n" : "") + (models ? "## Models\n\n" + mTable.markdown() + "\n" : "")
        case .text:
            var out = ""
            if accelerators { out += "Accelerators (peak dense BF16; \(ByteConvention.si.legend))\n" + aTable.text() + "\n" }
            if accelerators && models { out += "\n" }
            if models { out += "Models (* = outside estimate)\n" + mTable.text() + "\n" }
            return out + "\n`reckon catalog show ID` prints every field with its source.\n"
        }
    }

    public static func show(_ id: String, in catalog: Catalog, format: OutputFormat) throws -> String {
        let fields: [(String, JSONValue, String)]
        if let a = try? catalog.accelerator(id) { fields = acceleratorFields(a) }
        else if let m = try? catalog.model(id) { fields = modelFields(m) }
        else {
            let all = catalog.accelerators.map(\.id) + catalog.models.map(\.id)
            let guesses = DidYouMean.closest(to: id.lowercased(), among: all)
            let shown = id.count <= 80 ? id : String(id.prefix(80)) + "… (\(id.count) characters)"
            throw InputError(field: "id", value: shown, allowed: "an accelerator or model ID from `reckon catalog list`",
                             hint: guesses.isEmpty ? nil : "did you mean \(guesses.map { "'\($0)'" }.joined(separator: " or "))?")
        }
        switch format {
        case .json: return JSONValue.object(fields.map { ($0.0, $0.1) }).rendered() + "\n"
        case .csv: return Table(header: ["field", "value"], rows: fields.map { [$0.0, $0.2] }).csv()
        case .markdown: return Table(header: ["field", "value"], rows: fields.map { [$0.0, $0.2] }).markdown() + "\n"
        case .text: return Table(header: ["field", "value"], rows: fields.map { [$0.0, $0.2] }).text() + "\n"
        }
    }
}
