import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `--price-range`: the rental price as a distribution over the offers the catalog lists for the accelerator.
///
/// ```
/// price_per_hour ~ lognormal with p5 = cheapest listed offer, p95 = dearest     (written low..high)
/// ```
/// The catalog keeps each accelerator's published on-demand and committed prices as a range with their sources
/// and dates (`reckon catalog show ID`); taking their ends as a 90% interval is an assumption, said in the notes.
public enum PriceRangeSampling {
    /// `fields` with `price_per_hour` set to the range when `price_range` is on; refuses it beside an explicit price
    /// or for an accelerator without a published range.
    public static func apply(_ fields: InputFields, catalog: Catalog, defaultGPU: String) throws
        -> (fields: InputFields, note: String?)
    {
        guard try fields.flag(.priceRange) == true else { return (fields, nil) }
        if fields.has(.pricePerHour) {
            throw InputError(
                field: "price_range", value: "true", allowed: "it without --price-per-hour",
                hint: "give the price or draw it from the catalog's range, not both")
        }
        let accelerator = try catalog.accelerator(try fields.catalogID(.gpu) ?? defaultGPU)
        guard let range = accelerator.cloudPriceRange else {
            throw InputError(
                field: "price_range", value: "true",
                allowed: "an accelerator whose catalog entry lists a price range",
                hint: "\(accelerator.id) has none; give --price-per-hour as a range, e.g. '$2..$4'")
        }
        let low = NumberFormat.significant(range.low.inDollarsPerHour, digits: 4)
        let high = NumberFormat.significant(range.high.inDollarsPerHour, digits: 4)
        var out = fields
        out.set("price_per_hour", .text("$\(low)/h..$\(high)/h"), origin: "catalog price range of \(accelerator.id)")
        let note =
            "price_per_hour drawn from \(accelerator.name)'s published offers, $\(low)–$\(high)/h, taken as a "
            + "90% interval (the offers and their dates: `reckon catalog show \(accelerator.id)`)."
        return (out, note)
    }
}
