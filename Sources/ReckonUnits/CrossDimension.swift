// Every operation that changes the dimension, written out by hand. If a combination is not
// here, it does not compile: FLOP × FLOP, s × s, $ + J have no meaning and no operator.

// MARK: Compute and time
/// Time to perform `work` at `rate`: FLOP ÷ (FLOP/s) = s.
@inlinable public func / (work: FLOP, rate: FLOPPerSecond) -> Seconds { Seconds(work.value / rate.value) }
/// Work done at `rate` during `time`: (FLOP/s) × s = FLOP.
@inlinable public func * (rate: FLOPPerSecond, time: Seconds) -> FLOP { FLOP(rate.value * time.value) }
@inlinable public func * (time: Seconds, rate: FLOPPerSecond) -> FLOP { FLOP(rate.value * time.value) }
/// Average rate: FLOP ÷ s = FLOP/s.
@inlinable public func / (work: FLOP, time: Seconds) -> FLOPPerSecond { FLOPPerSecond(work.value / time.value) }

// MARK: Information and time
/// Transfer time: B ÷ (B/s) = s.
@inlinable public func / (size: Bytes, bandwidth: BytesPerSecond) -> Seconds { Seconds(size.value / bandwidth.value) }
/// Bytes moved: (B/s) × s = B.
@inlinable public func * (bandwidth: BytesPerSecond, time: Seconds) -> Bytes { Bytes(bandwidth.value * time.value) }
@inlinable public func * (time: Seconds, bandwidth: BytesPerSecond) -> Bytes { Bytes(bandwidth.value * time.value) }
/// Average bandwidth: B ÷ s = B/s.
@inlinable public func / (size: Bytes, time: Seconds) -> BytesPerSecond { BytesPerSecond(size.value / time.value) }

// MARK: Money
/// Rental cost: (USD/s) × s = USD.
@inlinable public func * (rate: USDPerSecond, time: Seconds) -> USD { USD(rate.value * time.value) }
@inlinable public func * (time: Seconds, rate: USDPerSecond) -> USD { USD(rate.value * time.value) }
/// Amortization rate: USD ÷ s = USD/s.
@inlinable public func / (amount: USD, time: Seconds) -> USDPerSecond { USDPerSecond(amount.value / time.value) }
/// Energy bill: (USD/J) × J = USD.
@inlinable public func * (price: USDPerJoule, energy: Joules) -> USD { USD(price.value * energy.value) }
@inlinable public func * (energy: Joules, price: USDPerJoule) -> USD { USD(price.value * energy.value) }

// MARK: Power and energy
/// Energy drawn: W × s = J.
@inlinable public func * (power: Watts, time: Seconds) -> Joules { Joules(power.value * time.value) }
@inlinable public func * (time: Seconds, power: Watts) -> Joules { Joules(power.value * time.value) }
/// Average power: J ÷ s = W.
@inlinable public func / (energy: Joules, time: Seconds) -> Watts { Watts(energy.value / time.value) }
/// Emissions: (kg/J) × J = kg.
@inlinable public func * (intensity: KilogramsPerJoule, energy: Joules) -> Kilograms {
    Kilograms(intensity.value * energy.value)
}
@inlinable public func * (energy: Joules, intensity: KilogramsPerJoule) -> Kilograms {
    Kilograms(intensity.value * energy.value)
}

// MARK: Tokens
/// Total compute: (FLOP/token) × tokens = FLOP.
@inlinable public func * (perToken: FLOPPerToken, tokens: Tokens) -> FLOP { FLOP(perToken.value * tokens.value) }
@inlinable public func * (tokens: Tokens, perToken: FLOPPerToken) -> FLOP { FLOP(perToken.value * tokens.value) }
/// Compute per token: FLOP ÷ tokens = FLOP/token.
@inlinable public func / (work: FLOP, tokens: Tokens) -> FLOPPerToken { FLOPPerToken(work.value / tokens.value) }
/// Throughput: tokens ÷ s = tokens/s.
@inlinable public func / (tokens: Tokens, time: Seconds) -> TokensPerSecond {
    TokensPerSecond(tokens.value / time.value)
}
/// Time to produce tokens: tokens ÷ (tokens/s) = s.
@inlinable public func / (tokens: Tokens, rate: TokensPerSecond) -> Seconds { Seconds(tokens.value / rate.value) }
/// Tokens produced: (tokens/s) × s = tokens.
@inlinable public func * (rate: TokensPerSecond, time: Seconds) -> Tokens { Tokens(rate.value * time.value) }
/// Sustained compute of a token stream: (FLOP/token) × (tokens/s) = FLOP/s.
@inlinable public func * (perToken: FLOPPerToken, rate: TokensPerSecond) -> FLOPPerSecond {
    FLOPPerSecond(perToken.value * rate.value)
}
/// Token rate a compute rate sustains: (FLOP/s) ÷ (FLOP/token) = tokens/s.
@inlinable public func / (rate: FLOPPerSecond, perToken: FLOPPerToken) -> TokensPerSecond {
    TokensPerSecond(rate.value / perToken.value)
}
