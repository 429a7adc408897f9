import Testing
import ReckonUnits
@testable import ReckonCore

/// Seed 000 (LightOn, "The $1,000 GPT-3"): "achieving a $1,000 GPT-3 requires four orders of magnitude improvements".
@Suite struct ThousandDollarGPT3Tests {
    /// The paper's own arithmetic: 1/K for the partitions (no MoE law).
    let analysis = ThousandDollarGPT3.paperDefault(moeLaw: nil)

    // Baseline: the paper's GPT-3 cloud cost, $4.8M in 2021 (Sec. 2.1) → log10(4.81e6 / 1e3) = 3.68, "four orders of
    // magnitude" once rounded up. Tolerance 0.01 (two decimals of the hand value).
    @Test func fourOrdersOfMagnitude() {
        #expect(abs(analysis.requiredOrdersOfMagnitude - 3.68) < 0.01)
        #expect(Int(analysis.requiredOrdersOfMagnitude.rounded(.up)) == 4)
        #expect(analysis.baselineYear == 2021)
    }

    // Every subset of the seven levers is enumerated (2^7 = 128), the empty one is the trend alone and the full one
    // multiplies all factors. Hand arithmetic: all seven = 0.5·0.5·0.125·0.5·0.49997·0.5·0.5833 = 2.279e−3
    // (2.64 OOM) → $10,960 in 2021 → log2(10.96) = 3.454 doublings × 2.46 y = 8.5 y → 2030.
    // Trend alone: log2(4,810) = 12.23 doublings × 2.46 = 30.1 y → 2052.
    @Test func subsetsAndYears() throws {
        let all = analysis.combinations
        #expect(all.count == 128)
        let empty = try #require(all.first { $0.levers.isEmpty })
        #expect(empty.yearWithTrend == 2052)
        #expect(analysis.yearWithTrendOnly == 2052)
        let full = try #require(all.first { $0.levers.count == 7 })
        #expect(abs(full.factor / 2.279e-3 - 1) < 1e-3)
        #expect(full.yearWithTrend == 2030)
        #expect(all.first?.levers.count == 7)  // the earliest year is reached with every lever
        // The levers alone (2.64 OOM) do not reach $1,000: LightOn's "next two" orders still need the trend.
        #expect(analysis.minimalCombinationsWithoutTrend.isEmpty)
        // Sorted by year.
        for (a, b) in zip(all, all.dropFirst()) { #expect(a.yearWithTrend <= b.yearWithTrend) }
    }

    // With the MoE law (the default): eight experts standing in for GPT-3's 175B cost ×0.8255 at equal quality
    // (Clark et al. 2022: N_req = 1.445e11 active, router +8/(12·11,550)), not ×0.125. All seven:
    // 0.5·0.5·0.8255·0.5·0.49997·0.5·0.5833 = 1.5048e−2 → $72.4k in 2021 → log2(72.4) = 6.18 doublings × 2.46 y =
    // 15.2 y → 2037, seven years later than with the paper's 1/K. Tolerance 1e-3 (hand arithmetic to 4 digits).
    @Test func theMoELawMovesTheYear() throws {
        let law = ThousandDollarGPT3.paperDefault()
        let k = try #require(law.levers.first { $0.id == .modelPartitioning })
        #expect(abs(k.factor / 0.82554 - 1) < 1e-3)
        let full = try #require(law.combinations.first { $0.levers.count == 7 })
        #expect(abs(full.factor / 1.5048e-2 - 1) < 1e-3)
        #expect(full.yearWithTrend == 2037)
    }

    // A case that reaches the target without the trend: $10,000 needs 1 OOM; 8 partitions (0.9 OOM) do not suffice,
    // 8 partitions × 2x training algorithms (1.2 OOM) do, and so does any superset.
    @Test func minimalCombinations() throws {
        let t = try ThousandDollarGPT3(
            baselineCost: .dollars(10_000), baselineYear: 2024,
            levers: [
                .modelPartitioning(law: nil), .trainingAlgorithms(),
                .dataFormats(.lns),
            ])
        let minimal = t.minimalCombinationsWithoutTrend
        #expect(minimal.count == 2)  // {partitioning, algorithms} and {partitioning, LNS 1.67x → 13.3x}
        #expect(minimal.allSatisfy { $0.levers.contains(.modelPartitioning) && $0.levers.count == 2 })
        #expect(minimal.allSatisfy { $0.yearWithTrend == 2024 })
        #expect(throws: InputError.self) {
            try ThousandDollarGPT3(baselineCost: .dollars(-1), baselineYear: 2024, levers: [])
        }
    }
}
