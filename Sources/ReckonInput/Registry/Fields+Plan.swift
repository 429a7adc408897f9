import ReckonCatalog
import ReckonCore

/// The parallel plan: what `reckon plan` searches, and what a user may fix.
extension Field {
    public static let globalBatch = Field(
        "global_batch", "Global batch", .integer(unit: "sequences"), bounds: .integers(1...100_000_000), group: .plan,
        help: "Sequences per optimizer step.")
    public static let top = Field(
        "top", "Plans shown", .integer(unit: nil), bounds: .integers(1...1000), group: .plan,
        help: "How many plans to print.")
    public static let tp = Field(
        "tp", "Tensor parallel", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Tensor-parallel ways.")
    public static let cp = Field(
        "cp", "Context parallel", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Context-parallel ways (ring attention; 2·CP must divide --seq-len).")
    public static let pp = Field(
        "pp", "Pipeline stages", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Pipeline stages.")
    public static let interleave = Field(
        "interleave", "Interleave", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Interleaved model chunks per pipeline stage.")
    public static let ep = Field(
        "ep", "Expert parallel", .integer(unit: nil), bounds: .integers(1...100_000_000), group: .plan,
        help: "Expert-parallel ways.")
    public static let microbatch = Field(
        "microbatch", "Micro-batch", .integer(unit: "sequences"), bounds: .integers(1...100_000_000), group: .plan,
        help: "Micro-batch size in sequences.")
    public static let recompute = Field(
        "recompute", "Recompute", .choice(["none", "selective", "full"]), group: .plan,
        help: "Activation recomputation: none, selective or full.")
    public static let zero = Field(
        "zero", "ZeRO stage", .integer(unit: nil), bounds: .integers(0...3), group: .plan,
        help: "ZeRO stage, 0–3.")
    public static let sequenceParallel = Field(
        "sequence_parallel", "Sequence parallel", .flag, group: .plan,
        help: "Sequence parallelism: true or false.")
    public static let dpOverlap = Field(
        "dp_overlap", "DP overlap", .number(unit: nil), bounds: .closedFraction, group: .plan,
        help: "Fraction of data-parallel communication hidden behind the backward pass, in [0, 1].")
    public static let framework = Field(
        "framework", "Framework", .choice(FrameworkProfiles.all.map(\.id)), group: .plan,
        help: "Training framework profile: which plan features exist and what it overlaps ("
            + FrameworkProfiles.all.map(\.id).joined(separator: ", ") + ").")
    public static let recomputeLayers = Field(
        "recompute_layers", "Recomputed layers", .integer(unit: "layers"), bounds: .integers(1...100_000_000),
        group: .plan, help: "With --recompute full: layers of each pipeline stage to recompute.")
    public static let fusedAttention = Field(
        "fused_attention", "Fused attention", .flag, group: .plan,
        help: "Fused (Flash) attention kernel: true or false.")
}
