import ReckonUnits

/// What a token costs when accelerators are rented by the hour.
///
/// ```
/// $ per 1M output tokens = p · n / (R_out · u) · 10⁶
/// $ per 1M input tokens  = p · n · t_prefill_per_token / u · 10⁶
/// $ per 750 words        = $ per output token · 750 / 0.75      (= 1,000 tokens)
/// ```
/// - `p`: price per accelerator-second (the hourly price / 3600); `n`: accelerators of a replica
/// - `R_out`: decode tokens per second of that replica; `t_prefill_per_token`: prefill time per prompt token
/// - `u`: utilization — the fraction of paid time the accelerators are busy (idle capacity is paid too)
/// - 0.75 words per token: ``InferenceCompute/wordsPerToken``
///
/// Source: definition; 750 words and the GPT-3 price from LessWrong 2021 "Inference cost limits the
/// impact of ever larger models" (LessWrong, 2021): "writing 750 words with GPT-3 costs 6 cents".
public struct ServingCost: Sendable, Hashable {
    public var usdPerMillionInputTokens: USD
    public var usdPerMillionOutputTokens: USD
    /// Cost of generating 750 words (1,000 output tokens).
    public var usdPer750Words: USD

    public init(usdPerMillionInputTokens: USD, usdPerMillionOutputTokens: USD) {
        self.usdPerMillionInputTokens = usdPerMillionInputTokens
        self.usdPerMillionOutputTokens = usdPerMillionOutputTokens
        self.usdPer750Words = usdPerMillionOutputTokens * (750 / InferenceCompute.wordsPerToken / 1e6)
    }

    /// `$` per million tokens produced at `rate` by `accelerators` rented at `price`, busy a fraction `utilization`.
    public static func perMillion(rate: TokensPerSecond, accelerators: Int, price: USDPerSecond, utilization: Double)
        -> USD
    {
        let perToken = (Tokens(1) / rate) * (price * Double(accelerators))
        return perToken * (1e6 / utilization)
    }

    /// Tokens per 750 words (1,000 at 0.75 words per token).
    public static var tokensPer750Words: Double { 750 / InferenceCompute.wordsPerToken }
}

/// A published per-token API price, to set beside a computed cost.
public struct APIPrice: Sendable, Hashable {
    public var name: String
    public var date: String
    public var usdPerMillionInput: USD
    public var usdPerMillionOutput: USD
    public var source: String

    /// Published API prices, each with its source.
    public static let references: [APIPrice] = [
        APIPrice(
            name: "GPT-3 davinci (175B)", date: "2021-01", usdPerMillionInput: .dollars(60),
            usdPerMillionOutput: .dollars(60),
            source: "OpenAI API price table (archived 2022-07-03), 'Davinci $0.0600 / 1K tokens' (prompt and "
                + "completion)"),
        APIPrice(
            name: "GPT-3 curie (6.7B)", date: "2021-01", usdPerMillionInput: .dollars(6),
            usdPerMillionOutput: .dollars(6),
            source: "OpenAI API price table (archived 2022-07-03), 'Curie $0.0060 / 1K tokens'"),
        APIPrice(
            name: "GPT-4 (8K)", date: "2023-03", usdPerMillionInput: .dollars(30), usdPerMillionOutput: .dollars(60),
            source: "milvus.io pricing summary, '$30 per million tokens for input and $60 per million tokens for "
                + "output' (secondary)"),
        APIPrice(
            name: "GPT-3.5 Turbo", date: "2025-03", usdPerMillionInput: .dollars(0.5),
            usdPerMillionOutput: .dollars(1.5),
            source: "chatgptpricing.com/api (March 2025), $0.50 / $1.50 per million (secondary)"),
        APIPrice(
            name: "GPT-4o mini", date: "2025-03", usdPerMillionInput: .dollars(0.15),
            usdPerMillionOutput: .dollars(0.6),
            source: "chatgptpricing.com/api (March 2025), $0.15 / $0.60 per million (secondary)"),
    ]
}

/// The hardware-rental yardstick of a LessWrong 2021 comment: "well under $1/hour to rent hardware that performs 100
/// trillion
/// operations per second" — a price per FLOP, applied to a model's FLOP per token.
///
/// ```
/// $ per token = FLOP_per_token / F · p_hour / 3600
/// ```
/// GPT-3 (2·175e9 = 3.5e11 FLOP per token) at 1e14 FLOP/s and $1/h: 1,000 tokens = 3.5e14 FLOP = 3.5 s
/// ≈ $0.00097, against the API's $0.06 — about 60×.
public struct RentalYardstick: Sendable, Hashable {
    public var rate: FLOPPerSecond
    public var price: USDPerSecond
    public var source: String

    public static let seed002 = RentalYardstick(
        rate: .teraflops(100), price: .dollarsPerHour(1),
        source: "comment on 'Inference cost limits the impact of ever larger models' (LessWrong, 2021): "
            + "'well under $1/hour to rent hardware that performs 100 trillion operations per second'")

    /// Cost of `tokens` tokens at `perToken` FLOP each (pure arithmetic, no memory or utilization losses).
    public func cost(perToken: FLOPPerToken, tokens: Double) -> USD {
        price * ((perToken * Tokens(tokens)) / rate)
    }
}
