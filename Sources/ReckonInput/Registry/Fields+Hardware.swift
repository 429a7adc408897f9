import ReckonCore

/// Which accelerators, and how many.
extension Field {
    public static let gpu = Field(
        "gpu", "Accelerator", .catalogID(.accelerator), group: .hardware,
        help: "Accelerator ID from the catalog (see `reckon catalog list accelerators`).")
    public static let gpus = Field(
        "gpus", "Accelerators", .integer(unit: "GPUs"), bounds: .integers(1...100_000_000), distribution: true,
        group: .hardware, help: "Number of accelerators.")
    /// `reckon scale`'s GPU counts: one, a list or a range (each count bounded like ``gpus``).
    public static let gpuCounts = Field(
        "gpus", "GPU counts", .syntax(.gpuCounts), bounds: .integers(1...100_000_000), group: .hardware,
        help: "GPU counts: 50k, a list 1k,4k,16k, or a log-spaced range 1k...100k.")
}
