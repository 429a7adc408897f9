import Foundation
import Testing
@testable import ReckonCore

@Suite struct MemoryWallTests {
    // Exact exponential data: the fit recovers the rate exactly and the interval collapses (relative 1e-9).
    @Test func recoversAnExactRate() throws {
        let points = (0..<6).map { i in
            MemoryWall.Point(
                name: "x\(i)", year: 2015 + i, peakFLOPPerSecond: 1e14 * pow(1.5, Double(i)),
                bandwidthBytesPerSecond: 1e12 * pow(1.2, Double(i)), capacityBytes: nil)
        }
        let wall = MemoryWall(points: points)
        let f = try #require(wall.fit(.peakFLOPs))
        #expect(abs(f.annualGrowth / 1.5 - 1) < 1e-9)
        #expect(abs(f.interval.upperBound / f.interval.lowerBound - 1) < 1e-9)
        #expect(abs(f.biennialGrowth - 2.25) < 1e-9)
        // FLOP per byte doubles every ln 2 / ln(1.5/1.2) = 3.106 years (hand arithmetic).
        #expect(abs(try #require(wall.flopsPerByteDoublingYears) - log(2) / log(1.25)) < 1e-9)
        #expect(wall.fit(.capacity) == nil)  // no figures: not filled
    }

    // Student's t quantile t(0.95, ν) against tables: ν = 3: 2.353, ν = 10: 1.812, ν = 30: 1.697 (±2e-3 for ν = 3,
    // the expansion's worst case here; ±5e-4 above).
    @Test func studentT() {
        #expect(abs(MemoryWall.studentT95(degreesOfFreedom: 3) - 2.353) < 2e-3)
        #expect(abs(MemoryWall.studentT95(degreesOfFreedom: 10) - 1.812) < 5e-4)
        #expect(abs(MemoryWall.studentT95(degreesOfFreedom: 30) - 1.697) < 5e-4)
    }

    // Noisy data: the 90% interval contains the fitted rate and widens with noise.
    @Test func intervalContainsTheFit() throws {
        let noise = [1.1, 0.9, 1.05, 0.95, 1.2, 0.85]
        let points = noise.enumerated().map { i, e in
            MemoryWall.Point(
                name: "x", year: 2018 + i, peakFLOPPerSecond: pow(1.4, Double(i)) * e,
                bandwidthBytesPerSecond: nil, capacityBytes: nil)
        }
        let f = try #require(MemoryWall(points: points).fit(.peakFLOPs))
        #expect(f.interval.contains(f.annualGrowth) && f.interval.lowerBound < f.annualGrowth)
    }
}
