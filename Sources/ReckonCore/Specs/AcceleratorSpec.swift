import ReckonUnits

/// One accelerator (GPU, TPU, …) as published by its vendor, with the source of every figure.
///
/// A figure that has not been published is `nil`, never a guess.
public struct AcceleratorSpec: Sendable, Hashable, Identifiable {
    /// Catalog identifier, lower-case with dashes: `h100-sxm`.
    public var id: String
    public var name: String
    public var vendor: String
    /// Year of first availability.
    public var year: Int
    /// Peak dense (non-sparse) throughput per precision.
    public var peak: [Precision: FLOPPerSecond]
    public var memory: Bytes?
    public var memoryBandwidth: BytesPerSecond?
    /// Per-accelerator bandwidth inside a node or pod (NVLink, ICI, Infinity Fabric), one direction.
    public var scaleUpBandwidth: BytesPerSecond?
    /// Per-accelerator bandwidth to the rest of the cluster (InfiniBand/RoCE NIC), one direction.
    public var scaleOutBandwidth: BytesPerSecond?
    /// Accelerators per scale-up domain (NVLink node / pod slice).
    public var scaleUpDomain: Int?
    /// Thermal design power (maximum board power).
    public var tdp: Watts?
    /// A reference on-demand cloud price per accelerator-hour.
    public var cloudPrice: USDPerSecond?
    /// The spread of published prices per accelerator-hour (committed to on-demand), where two or more
    /// dated sources were found; nil otherwise.
    public var cloudPriceRange: PriceRange?
    /// A reference purchase price per accelerator.
    public var purchasePrice: USD?
    /// Mean time between failures of one accelerator, where published.
    public var mtbf: Seconds?
    /// Where the figures come from (documents, pages), and any caveat.
    public var source: String
    /// When the figures were read (YYYY-MM or YYYY-MM-DD).
    public var asOf: String

    public init(
        id: String, name: String, vendor: String, year: Int, peak: [Precision: FLOPPerSecond],
        memory: Bytes? = nil, memoryBandwidth: BytesPerSecond? = nil,
        scaleUpBandwidth: BytesPerSecond? = nil, scaleOutBandwidth: BytesPerSecond? = nil,
        scaleUpDomain: Int? = nil, tdp: Watts? = nil, cloudPrice: USDPerSecond? = nil,
        cloudPriceRange: PriceRange? = nil, purchasePrice: USD? = nil, mtbf: Seconds? = nil,
        source: String, asOf: String
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.year = year
        self.peak = peak
        self.memory = memory
        self.memoryBandwidth = memoryBandwidth
        self.scaleUpBandwidth = scaleUpBandwidth
        self.scaleOutBandwidth = scaleOutBandwidth
        self.scaleUpDomain = scaleUpDomain
        self.tdp = tdp
        self.cloudPrice = cloudPrice
        self.cloudPriceRange = cloudPriceRange
        self.purchasePrice = purchasePrice
        self.mtbf = mtbf
        self.source = source
        self.asOf = asOf
    }

    /// Peak dense throughput at `precision`, if the vendor publishes it (FP16 reads the BF16 figure).
    public func peak(at precision: Precision) -> FLOPPerSecond? {
        peak[precision] ?? peak[precision.peakKey]
    }
}
