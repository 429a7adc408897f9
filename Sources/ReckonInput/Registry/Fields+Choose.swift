import ReckonAnalysis
import ReckonCore

/// `reckon choose`: the limits a run must meet, how it is priced, and which accelerators and sizes to try.
extension Field {
    public static let deadline = Field(
        "deadline", "Deadline", .quantity(.duration(bareUnit: "d")), bounds: .positive(max: 100_000),
        group: .economics, help: "Longest acceptable wall-clock time, e.g. 90d, 2000h or 0.5y (a bare number is days).")
    public static let budget = Field(
        "budget", "Budget", .quantity(.dollars), bounds: .positive(max: 1e15), group: .economics,
        help: "Most the run may cost in USD on the --price basis, e.g. $50M or 2.5e7.")
    public static let priceBasis = Field(
        "price", "Price basis", .choice(PriceBasis.allCases.map(\.rawValue)), group: .economics,
        help: "How a run is costed: rent (accelerator-hours × the catalog's on-demand price) or own (purchase price "
            + "amortized over the run plus electricity).")
    /// `reckon choose`'s accelerators: `all`, or catalog IDs separated by commas.
    public static let gpuChoice = Field(
        "gpu", "Accelerators", .syntax(.acceleratorList), group: .hardware,
        help: "Accelerators to choose from: all (the catalog's), or IDs separated by commas, e.g. "
            + "h100-sxm,b200,mi355x.")
    /// `reckon choose`'s cluster sizes: one count, a list, or a range searched at powers of two and multiples of
    /// each accelerator's scale-up domain.
    public static let gpuRange = Field(
        "gpus", "Cluster sizes", .syntax(.gpuCounts), bounds: .integers(1...100_000_000), group: .hardware,
        help: "Cluster sizes: a range 256..65536 (tried at powers of two and at doubling multiples of each "
            + "accelerator's scale-up domain), a list 1k,4k,16k, or one count.")
}
