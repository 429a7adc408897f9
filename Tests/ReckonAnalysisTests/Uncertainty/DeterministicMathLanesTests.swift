import Testing

@testable import ReckonAnalysis

/// Four lanes at a time must give the scalar functions' bits in every lane (the Monte Carlo's same-seed, same-bytes
/// promise rests on it), central and tail lanes mixed, out-of-range and NaN lanes included.
struct DeterministicMathLanesTests {
    static func bits(_ v: SIMD4<Double>) -> [UInt64] { (0..<4).map { v[$0].bitPattern } }

    @Test("exp of four lanes is exp of each, bit for bit")
    func exp() {
        var g = SeededGenerator(seed: 17)
        var cases: [SIMD4<Double>] = [
            SIMD4(0, -0.0, 1, -1), SIMD4(709.78, -745.13, 709.8, -746), SIMD4(.nan, 2, .infinity, -.infinity),
            SIMD4(1e-300, -1e-300, 0.5, -0.5),
        ]
        for _ in 0..<200_000 {
            cases.append(SIMD4((0..<4).map { _ in (g.nextOpenUnit() - 0.5) * 80 }))
        }
        for x in cases {
            let lanes = DeterministicMath.exp(x)
            let scalar = SIMD4((0..<4).map { DeterministicMath.exp(x[$0]) })
            #expect(Self.bits(lanes) == Self.bits(scalar), "\(x)")
        }
    }

    @Test("the normal quantile of four lanes is each lane's, bit for bit, tails mixed in")
    func inverseNormalCDF() {
        var g = SeededGenerator(seed: 5)
        var cases: [SIMD4<Double>] = [SIMD4(0.02425, 1 - 0.02425, 0.5, 1e-300), SIMD4(0.001, 0.999, 0.3, 0.7)]
        for _ in 0..<200_000 { cases.append(SIMD4((0..<4).map { _ in g.nextOpenUnit() })) }
        for p in cases {
            let lanes = DeterministicMath.inverseNormalCDF(p)
            let scalar = SIMD4((0..<4).map { DeterministicMath.inverseNormalCDF(p[$0]) })
            #expect(Self.bits(lanes) == Self.bits(scalar), "\(p)")
        }
    }

    @Test("quantiles in place equal quantile of each value, for every distribution, stride and remainder")
    func quantiles() throws {
        let distributions = try [
            Distribution.lognormal(p5: 0.35, p95: 0.55), .normal(mean: 3, sd: 2), .uniform(1, 2),
            .triangular(1, 2, 5), .choice([(1, 1), (2, 3)]),
        ]
        var g = SeededGenerator(seed: 9)
        for d in distributions {
            for (count, stride) in [(0, 1), (3, 1), (64, 1), (61, 3), (7, 2)] {
                let u = (0..<(count * stride)).map { _ in g.nextOpenUnit() }
                var x = u
                x.withUnsafeMutableBufferPointer { d.quantiles($0, count: count, stride: stride, offset: stride - 1) }
                for i in 0..<(count * stride) {
                    let expected = i % stride == stride - 1 ? d.quantile(u[i]) : u[i]
                    #expect(x[i].bitPattern == expected.bitPattern, "\(d) \(count)×\(stride) at \(i)")
                }
            }
        }
    }
}
