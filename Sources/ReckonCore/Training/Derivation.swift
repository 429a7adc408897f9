/// One step of how a result was computed: what, by which formula, the value, its unit, and the source.
public struct DerivationStep: Sendable, Hashable, Codable {
    public var name: String
    public var formula: String
    public var value: Double
    public var unit: String
    public var source: String

    public init(name: String, formula: String, value: Double, unit: String, source: String) {
        self.name = name
        self.formula = formula
        self.value = value
        self.unit = unit
        self.source = source
    }
}

/// Where the formulas come from, cited once.
public enum Sources {
    public static let kaplan2020 =
        "Kaplan et al. 2020, Scaling Laws for Neural Language Models, arXiv:2001.08361, Sec. 2.1 (C ≈ 6N per token)"
    public static let hoffmann2022 =
        "Hoffmann et al. 2022, Training Compute-Optimal LLMs (Chinchilla), arXiv:2203.15556, Sec. 3.3 and Appendix D"
    public static let faraboschi2024 =
        "Faraboschi et al. 2024, Reducing the Barriers to Entry for Foundation Model Training, arXiv:2404.08811, Sec. "
        + "1.3"
    public static let faraboschiTable3 = "Faraboschi et al. 2024, arXiv:2404.08811, Sec. 3.1 and Table 3"
    public static let besiroglu2024 =
        "Besiroglu et al. 2024, Chinchilla Scaling: A replication attempt, arXiv:2404.10102"
    public static let definition = "definition"
    public static let chowdhery2022 =
        "Chowdhery et al. 2022, PaLM, arXiv:2204.02311, Appendix B (model FLOPs utilization)"
}
