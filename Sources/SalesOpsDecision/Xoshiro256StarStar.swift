import SalesOpsBasics

/// The xoshiro256** pseudo-random generator (Blackman & Vigna 2018), seeded through SplitMix64.
///
/// Deterministic for a given seed on every platform, which makes Monte Carlo results
/// reproducible; fast and statistically strong, but not for cryptography.
package struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator for `seed`. `stream` selects an independent-looking sequence for the same seed
    /// (used to give each chunk of Monte Carlo samples its own generator).
    package init(seed: UInt64, stream: UInt64 = 0) {
        // Hash the stream number before mixing it in, so neighbouring streams do not start from
        // neighbouring SplitMix64 states.
        var mixer = SplitMix64(seed: seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
        s0 = mixer.next(); s1 = mixer.next(); s2 = mixer.next(); s3 = mixer.next()
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    package mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in (0, 1], safe to take the logarithm of.
    package mutating func nextPositiveUnit() -> Double {
        Double((next() >> 11) + 1) * 0x1p-53
    }
}


extension UInt64 {
    @inline(__always)
    fileprivate func rotatedLeft(_ k: UInt64) -> UInt64 { (self << k) | (self >> (64 - k)) }
}
