/// SplitMix64: a tiny generator used only to turn one 64-bit seed into well-mixed state words.
///
/// ```
/// state ← state + 0x9E3779B97F4A7C15
/// z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9;  z ← (z ⊕ z≫27)·0x94D049BB133111EB;  out = z ⊕ z≫31
/// ```
/// Source: Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators" (OOPSLA);
/// the seeding procedure recommended by Blackman & Vigna for xoshiro.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256**: the seeded generator behind every Monte Carlo run (fast, 256-bit state, period 2²⁵⁶ − 1).
///
/// ```
/// out = rotl(s1 · 5, 7) · 9
/// t = s1 ≪ 17;  s2 ⊕= s0;  s3 ⊕= s1;  s1 ⊕= s2;  s0 ⊕= s3;  s2 ⊕= t;  s3 = rotl(s3, 45)
/// ```
/// Streams: ``init(seed:stream:)`` seeds the state with SplitMix64 from `seed`, then applies the
/// generator's jump function `stream` times (each jump = 2¹²⁸ steps), so streams are disjoint
/// stretches of one sequence. The Monte Carlo engine gives each fixed chunk of samples its own
/// stream, so the result does not depend on how many threads run the chunks.
///
/// Source: Blackman & Vigna 2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4);
/// jump polynomial from the authors' reference implementation.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline var s0, s1, s2, s3: UInt64

    /// A generator for `seed`, positioned at the start of stream `stream` (0, 1, 2, …).
    public init(seed: UInt64, stream: Int = 0) {
        precondition(stream >= 0, "stream index must be ≥ 0")
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is the one fixed point
        for _ in 0..<stream { jump() }
    }

    @inlinable
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

    @inlinable
    public mutating func next() -> UInt64 {
        let result = SeededGenerator.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = SeededGenerator.rotl(s3, 45)
        return result
    }

    /// A uniform double in the open interval (0, 1): `(k + ½) · 2⁻⁵²` for a 52-bit integer k (the top bits of
    /// one output). `k + ½` needs 53 significant bits, so it is exact and the result lies in [2⁻⁵³, 1 − 2⁻⁵³]:
    /// never 0 or 1, so `log(u)` and Φ⁻¹(u) are always finite. (With 53-bit k, `k + ½` would round up to 2⁵³
    /// and give exactly 1.)
    @inlinable
    public mutating func nextOpenUnit() -> Double {
        SeededGenerator.openUnit(next())
    }

    /// The open-unit double for one 64-bit output (see ``nextOpenUnit()``).
    @inlinable
    public static func openUnit(_ bits: UInt64) -> Double {
        (Double(bits >> 12) + 0.5) * 0x1.0p-52
    }

    /// Advances the state by 2¹²⁸ steps.
    public mutating func jump() {
        let polynomial: [UInt64] = [
            0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
        ]
        var t0: UInt64 = 0
        var t1: UInt64 = 0
        var t2: UInt64 = 0
        var t3: UInt64 = 0
        for word in polynomial {
            for bit in 0..<64 {
                if word & (UInt64(1) << UInt64(bit)) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        s0 = t0
        s1 = t1
        s2 = t2
        s3 = t3
    }
}
