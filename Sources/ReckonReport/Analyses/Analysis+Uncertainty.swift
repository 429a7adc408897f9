import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonInput

/// The API's and the web app's entry points: the deterministic result, or — when a field is a distribution or
/// `samples`, `seed` or `sensitivity` is given — the Monte Carlo result of the same command (`--samples` in the CLI).
extension Analysis {
    /// The Monte Carlo settings of a request, taken out of its fields; nil when the request is deterministic.
    struct Sampling {
        var samples: Int?
        var seed: UInt64?
        var sensitivity: Bool
    }

    func sampling(_ fields: inout InputFields) throws -> Sampling? {
        if samplesItself { return nil }
        let samples = try fields.integer(.samples)
        let seed = try fields.integer(.seed)
        let sensitivity = try fields.flag(.sensitivity) ?? false
        for key in ["samples", "seed", "sensitivity"] { fields.remove(key) }
        let distribution = fields.keys.contains { key in
            if !sweepKeys.contains(key), case .text(let t)? = fields[key] {
                return DistributionParser.isDistribution(t)
            }
            return false
        }
        let priceRange = try fields.flag(.priceRange) == true
        guard samples != nil || seed != nil || sensitivity || distribution || priceRange else { return nil }
        guard uncertain != nil else {
            throw InputError(
                field: samples != nil ? "samples" : "fields", value: "a Monte Carlo request",
                allowed: "single values: `\(name)` takes no distributions")
        }
        return Sampling(samples: samples, seed: seed.map(UInt64.init), sensitivity: sensitivity)
    }

    /// The JSON the CLI prints for the same request (`--format json`, with `--samples` when uncertain).
    public func jsonResult(_ input: InputFields, _ catalog: Catalog) throws -> JSONValue {
        var fields = input
        guard let s = try sampling(&fields), let uncertain else { return try json(input, catalog) }
        return UncertaintyReport.json(try uncertain(fields, catalog, s.samples, s.seed, s.sensitivity))
    }

    /// What a page shows: the deterministic result, or percentiles and a histogram (tornado with `sensitivity`).
    public func pageResult(_ input: InputFields, _ catalog: Catalog) throws -> PageResult {
        var fields = input
        guard let s = try sampling(&fields), let uncertain else { return try page(input, catalog) }
        let o = try uncertain(fields, catalog, s.samples, s.seed, s.sensitivity)
        return UncertaintyPage.result(o, sensitivity: s.sensitivity)
    }
}
