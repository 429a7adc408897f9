import Foundation
import ReckonCore
import ReckonUnits

/// One entry of a catalog file being read: typed field access that records every problem (unknown key, text
/// where a number belongs, a value out of bounds) instead of stopping at the first, then builds the spec.
struct CatalogEntry {
    let raw: [String: Any]
    let file: String
    let entry: String
    /// Folder of the file, against which a relative `model_config` path is resolved.
    let folder: String
    var problems: [CatalogProblem] = []

    init(_ raw: [String: Any], file: String, entry: String, folder: String) {
        self.raw = raw
        self.file = file
        self.entry = entry
        self.folder = folder
    }

    static let acceleratorKeys: Set<String> = Set(Precision.allCases.map { "peak_\($0.rawValue)" }).union([
        "id", "name", "vendor", "year", "memory", "memory_bandwidth", "scale_up_bandwidth", "scale_out_bandwidth",
        "scale_up_domain", "tdp", "cloud_price_per_hour", "cloud_price_low_per_hour", "cloud_price_high_per_hour",
        "purchase_price", "mtbf_hours", "source", "as_of",
    ])

    static let shapeKeys: Set<String> = [
        "layers", "hidden", "heads", "kv_heads", "head_dim", "ffn", "vocab", "context", "params", "active_params",
        "experts", "active_experts", "shared_experts", "expert_ffn", "shared_expert_ffn", "dense_ffn",
        "leading_dense_layers", "moe_layer_stride", "gated_ffn", "tied_embeddings", "kv_lora_rank", "q_lora_rank",
        "rope_head_dim", "nope_head_dim", "v_head_dim", "sliding_window", "local_per_global", "mtp_modules",
    ]

    static let modelKeys: Set<String> = shapeKeys.union([
        "id", "name", "year", "tokens", "estimate", "source", "as_of", "model_config",
    ])

    /// A scalar as parsed: Yams gives Swift `Bool`/`Int`/`Double`/`String`; JSONSerialization gives `NSNumber` for
    /// numbers and booleans alike (and `1 is Bool` holds for it), so an NSNumber's kind is read from its type code.
    enum Scalar { case bool(Bool), int(Int), double(Double), string(String) }

    static func scalar(_ v: Any) -> Scalar? {
        switch v {
        case let s as String: return .string(s)
        default: break
        }
        if type(of: v) == Bool.self, let b = v as? Bool { return .bool(b) }
        if type(of: v) == Int.self, let i = v as? Int { return .int(i) }
        if type(of: v) == Double.self, let d = v as? Double { return .double(d) }
        if let n = v as? NSNumber {
            let code = String(cString: n.objCType)
            if code == "c" || code == "B" { return .bool(n.boolValue) }
            if code == "d" || code == "f" { return .double(n.doubleValue) }
            return .int(n.intValue)
        }
        return nil
    }

    mutating func add(_ key: String, _ value: String, _ allowed: String) {
        problems.append(CatalogProblem(file: file, entry: entry, key: key, value: value, allowed: allowed))
    }

    mutating func onlyKeys(_ allowed: Set<String>) {
        for k in raw.keys.sorted() where !allowed.contains(k) {
            add(
                k, String(describing: raw[k]!).prefix(60).description,
                "a known field (" + allowed.sorted().joined(separator: ", ") + ")")
        }
    }

    mutating func string(_ key: String) -> String? {
        guard let v = raw[key] else { return nil }
        switch Self.scalar(v) {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        default: break
        }
        if let date = v as? Date {
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd"
            f.timeZone = TimeZone(identifier: "UTC")
            return f.string(from: date)
        }
        add(key, String(describing: v), "text")
        return nil
    }

    mutating func requiredString(_ key: String) -> String? {
        guard let s = string(key), !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            if raw[key] == nil || (raw[key] as? String) != nil { add(key, "missing", "non-empty text") }
            return nil
        }
        return s
    }

    mutating func id() -> String? {
        guard let s = requiredString("id") else { return nil }
        guard s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
            add("id", s, "letters, digits, '-' and '.' only")
            return nil
        }
        return s.lowercased()
    }

    /// A whole number inside the bound of `key` (model or accelerator table).
    mutating func int(_ key: String, _ bound: CatalogBounds.Bound) -> Int? {
        guard let v = raw[key] else { return nil }
        var number: Double?
        switch Self.scalar(v) {
        case .int(let i): number = Double(i)
        case .double(let d): number = d
        default: number = nil
        }
        guard let number, bound.contains(number) else {
            add(key, String(describing: v), bound.allowed)
            return nil
        }
        return Int(number)
    }

    mutating func modelInt(_ key: String) -> Int? { int(key, CatalogBounds.model(key)!) }

    mutating func bool(_ key: String) -> Bool? {
        guard let v = raw[key] else { return nil }
        guard case .bool(let b) = Self.scalar(v) else {
            add(key, String(describing: v), "true or false")
            return nil
        }
        return b
    }

    /// An amount with an optional unit (`989 TFLOP/s`, `80 GB`), inside `bound` (in base units).
    mutating func quantity<D: ParsableDimension>(_ key: String, _ bound: CatalogBounds.Bound?) -> Quantity<D>? {
        guard let v = raw[key] else { return nil }
        let text: String?
        switch Self.scalar(v) {
        case .string(let s): text = s
        case .int(let i): text = String(i)
        case .double(let d): text = String(d)
        default: text = nil
        }
        guard let text else {
            add(key, String(describing: v), D.examples)
            return nil
        }
        do {
            let q = try Quantity<D>(parsing: text)
            if let bound, !bound.contains(q.value) {
                add(key, text, bound.allowed)
                return nil
            }
            return q
        } catch let e as QuantityParseError {
            add(key, text, D.examples + " — " + e.reason)
        } catch {
            add(key, text, D.examples)
        }
        return nil
    }

    // MARK: - Accelerators

    mutating func accelerator() -> AcceleratorSpec? {
        onlyKeys(Self.acceleratorKeys)
        var peak: [Precision: FLOPPerSecond] = [:]
        for p in Precision.allCases {
            let key = "peak_\(p.rawValue)"
            if let v: FLOPPerSecond = quantity(key, CatalogBounds.accelerator(key)) { peak[p] = v }
        }
        if peak.isEmpty && !Precision.allCases.contains(where: { raw["peak_\($0.rawValue)"] != nil }) {
            add("peak_bf16", "missing", "at least one peak, e.g. peak_bf16: 989 TFLOP/s")
        }
        let id = id()
        let name = requiredString("name")
        let source = requiredString("source")
        let vendor = string("vendor") ?? "unknown"
        let year = int("year", CatalogBounds.accelerator("year")!) ?? 0
        let memory: Bytes? = quantity("memory", CatalogBounds.accelerator("memory"))
        let bandwidth: BytesPerSecond? = quantity("memory_bandwidth", CatalogBounds.accelerator("memory_bandwidth"))
        let up: BytesPerSecond? = quantity("scale_up_bandwidth", CatalogBounds.accelerator("scale_up_bandwidth"))
        let out: BytesPerSecond? = quantity("scale_out_bandwidth", CatalogBounds.accelerator("scale_out_bandwidth"))
        let domain = int("scale_up_domain", CatalogBounds.accelerator("scale_up_domain")!)
        let tdp: Watts? = quantity("tdp", CatalogBounds.accelerator("tdp"))
        let price: USDPerSecond? = quantity("cloud_price_per_hour", nil)
        let low: USDPerSecond? = quantity("cloud_price_low_per_hour", nil)
        let high: USDPerSecond? = quantity("cloud_price_high_per_hour", nil)
        if (low == nil) != (high == nil) {
            add(
                low == nil ? "cloud_price_low_per_hour" : "cloud_price_high_per_hour", "missing",
                "both ends of the price range, or neither")
        }
        let purchase: USD? = quantity("purchase_price", nil)
        let mtbf = double("mtbf_hours")
        let asOf = string("as_of") ?? "unknown"
        guard problems.isEmpty, let id, let name, let source else { return nil }
        var range: PriceRange?
        if let low, let high { range = PriceRange(low: low, high: high) }
        return AcceleratorSpec(
            id: id, name: name, vendor: vendor, year: year, peak: peak, memory: memory, memoryBandwidth: bandwidth,
            scaleUpBandwidth: up, scaleOutBandwidth: out, scaleUpDomain: domain, tdp: tdp, cloudPrice: price,
            cloudPriceRange: range, purchasePrice: purchase, mtbf: mtbf.map { .hours($0) }, source: source,
            asOf: asOf)
    }

    mutating func double(_ key: String) -> Double? {
        guard let v = raw[key] else { return nil }
        var number: Double?
        switch Self.scalar(v) {
        case .int(let i): number = Double(i)
        case .double(let d): number = d
        default: number = nil
        }
        if let d = number, d.isFinite, d > 0 { return d }
        add(key, String(describing: v), "a positive number")
        return nil
    }

    // MARK: - Models

    mutating func model() -> ModelSpec? {
        onlyKeys(Self.modelKeys)
        if raw["model_config"] != nil { return modelFromConfig() }
        let id = id()
        let name = requiredString("name")
        let source = requiredString("source")
        let params: Parameters? = quantity("params", CatalogBounds.model("params"))
        let active: Parameters? = quantity("active_params", CatalogBounds.model("active_params"))
        let tokens: Tokens? = quantity("tokens", CatalogBounds.model("tokens"))
        let ints = Dictionary(uniqueKeysWithValues: Self.intKeys.compactMap { k in modelInt(k).map { (k, $0) } })
        let gated = bool("gated_ffn")
        let tied = bool("tied_embeddings")
        let estimate = bool("estimate") ?? false
        let asOf = string("as_of") ?? "unknown"
        guard problems.isEmpty, let id, let name, let source else { return nil }
        var m = ModelSpec(
            id: id, name: name, year: ints["year"], layers: ints["layers"], hiddenSize: ints["hidden"],
            heads: ints["heads"], kvHeads: ints["kv_heads"], ffnSize: ints["ffn"], vocabulary: ints["vocab"],
            contextLength: ints["context"], totalParameters: params ?? Parameters(1), activeParameters: active,
            experts: ints["experts"] ?? 1, activeExperts: ints["active_experts"] ?? 1, trainingTokens: tokens,
            isEstimate: estimate, source: source, asOf: asOf)
        m.headDim = ints["head_dim"]
        m.gatedFFN = gated
        m.tiedEmbeddings = tied
        m.multiTokenPredictionModules = ints["mtp_modules"] ?? 0
        applyArchitecture(&m, ints)
        if params == nil { countFromShape(&m, active: active) }
        return problems.isEmpty ? m : nil
    }

    static let intKeys = [
        "year", "layers", "hidden", "heads", "kv_heads", "head_dim", "ffn", "vocab", "context", "experts",
        "active_experts", "shared_experts", "expert_ffn", "shared_expert_ffn", "dense_ffn", "leading_dense_layers",
        "moe_layer_stride", "kv_lora_rank", "q_lora_rank", "rope_head_dim", "nope_head_dim", "v_head_dim",
        "sliding_window", "local_per_global", "mtp_modules",
    ]

    /// The MoE, latent-attention and sliding-window shapes from their keys.
    mutating func applyArchitecture(_ m: inout ModelSpec, _ ints: [String: Int]) {
        let moeKeys = [
            "shared_experts", "expert_ffn", "shared_expert_ffn", "dense_ffn", "leading_dense_layers",
            "moe_layer_stride",
        ]
        if m.experts > 1 || moeKeys.contains(where: { ints[$0] != nil }) {
            if m.experts < 2 { add("experts", String(m.experts), "at least 2 when an MoE field is given") }
            m.moe = MoEShape(
                routedExperts: m.experts, expertsPerToken: m.activeExperts,
                expertFFNSize: ints["expert_ffn"], sharedExperts: ints["shared_experts"] ?? 0,
                sharedExpertFFNSize: ints["shared_expert_ffn"],
                leadingDenseLayers: ints["leading_dense_layers"] ?? 0,
                layerStride: ints["moe_layer_stride"] ?? 1, denseFFNSize: ints["dense_ffn"])
        }
        let latentKeys = ["q_lora_rank", "rope_head_dim", "nope_head_dim", "v_head_dim"]
        if let kvRank = ints["kv_lora_rank"] {
            for k in latentKeys.dropFirst() where ints[k] == nil { add(k, "missing", "needed with kv_lora_rank") }
            if let rope = ints["rope_head_dim"], let nope = ints["nope_head_dim"], let v = ints["v_head_dim"] {
                m.latentAttention = LatentAttention(
                    queryRank: ints["q_lora_rank"], keyValueRank: kvRank,
                    ropeHeadDim: rope, noRopeHeadDim: nope, valueHeadDim: v)
            }
        } else if let k = latentKeys.first(where: { ints[$0] != nil }) {
            add(k, String(ints[k]!), "only with kv_lora_rank (latent attention)")
        }
        if let w = ints["sliding_window"] {
            m.slidingWindow = SlidingWindowAttention(window: w, localPerGlobal: ints["local_per_global"])
        } else if let n = ints["local_per_global"] {
            add("local_per_global", String(n), "only with sliding_window")
        }
    }

    /// Without `params`, the parameters are counted from the shape (which must then be complete).
    mutating func countFromShape(_ m: inout ModelSpec, active: Parameters?) {
        do {
            let count = try ModelParameterCount(model: m)
            m.totalParameters = Parameters(count.total)
            m.activeParameters = active ?? Parameters(count.active)
            m.source += " (parameters counted from the shape)"
        } catch let e as InputError {
            add("params", "missing", "a parameter count such as 70B, or a complete shape (\(e.field): \(e.allowed))")
        } catch {
            add("params", "missing", "a parameter count such as 70B")
        }
    }

    /// A model read from a Hugging Face config; the entry may add an ID, name, tokens, year, source and date.
    mutating func modelFromConfig() -> ModelSpec? {
        for key in raw.keys.sorted() where Self.shapeKeys.contains(key) {
            add(key, String(describing: raw[key]!), "nothing: with model_config the shape comes from the config file")
        }
        let id = id()
        guard let path = requiredString("model_config") else { return nil }
        let resolved = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        let name = string("name")
        let source = requiredString("source")
        let tokens: Tokens? = quantity("tokens", CatalogBounds.model("tokens"))
        let year = modelInt("year")
        let estimate = bool("estimate") ?? false
        let asOf = string("as_of") ?? "unknown"
        guard problems.isEmpty, let id, let source else { return nil }
        do {
            let reading = try ModelConfigReader.read(path: resolved, id: id, name: name)
            var m = reading.spec
            m.trainingTokens = tokens
            m.year = year
            m.isEstimate = estimate
            m.source = source + "; shape from " + m.source
            m.asOf = asOf
            return m
        } catch let e as InputError {
            let within = e.hint.map { " (\($0))" } ?? ""
            let problem = "\(e.field) '\(e.value)': \(e.allowed)\(within)"
            add("model_config", path, "a readable Hugging Face config.json — " + problem)
            return nil
        } catch {
            add("model_config", path, "a readable Hugging Face config.json")
            return nil
        }
    }
}
