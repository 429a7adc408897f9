/// Named sets of ``TrendConstants`` that reproduce the paper's projection.
///
/// With the paper's stated constants (×2.8/yr parameters, 2.46-year price-performance doubling) the
/// reconstructed model hits the GPT-3 and GPT-4 anchors exactly but gives $15.0B in 2028, not the paper's
/// $19B (−21%). No reading with both stated rates hits all three (framework.md §2.3 grid search). One knob
/// closes the gap: a slower price-performance doubling after 2023 (`paper-calibrated`) or a slightly faster
/// parameter growth (`paper-calibrated-growth`, the reconstruction's alternative "A-cal-g").
///
/// | preset | change | GPT-3 2021 | GPT-4 2023 | 2028 best guess GPU / cloud |
/// |---|---|---|---|---|
/// | `paper-stated` | none | $1.00M / $4.81M | $6.7M / $32.2M | $15.05B / $72.3B |
/// | `paper-calibrated` | Td = 2.95 y after 2023 | $1.00M / $4.81M | $6.7M / $32.2M | $19.0B / $91.3B |
/// | `paper-calibrated-growth` | g = 2.873/yr | $1.00M / $4.81M | $6.7M / $32.2M | $19.5B / $93.5B |
///
/// Paper (Sec. 2.1): "$19B in 2028 in GPU costs alone (corresponding to $93B in cloud costs)".
public enum TrendPreset: String, Sendable, Hashable, CaseIterable, Codable {
    case paperStated = "paper-stated"
    case paperCalibrated = "paper-calibrated"
    case paperCalibratedGrowth = "paper-calibrated-growth"

    /// The constants of the preset.
    public var constants: TrendConstants {
        switch self {
        case .paperStated:
            TrendConstants(source: "preset paper-stated: the paper's stated constants. " + TrendSources.paper)
        case .paperCalibrated:
            // 2.95 y: Hobbhahn & Besiroglu 2022, doubling time of FLOP/s per $ for top GPUs (n=57).
            TrendConstants(
                projectedDoublingYears: 2.95,
                source: "preset paper-calibrated: price-performance doubling 2.95 y after 2023 (Epoch 'top GPUs'). "
                    + TrendSources.paper)
        case .paperCalibratedGrowth:
            // 2.873/yr: the parameter growth that lands the 2028 best guess on $19.5B with Td = 2.46 (framework.md
            // §2.3).
            TrendConstants(
                parameterGrowth: 2.873,
                source: "preset paper-calibrated-growth: parameter growth ×2.873/yr (reconstruction A-cal-g). "
                    + TrendSources.paper)
        }
    }
}
