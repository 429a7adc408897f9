import ReckonUnits

/// A reality check of a failure model against a run whose interruptions were counted.
///
/// ```
/// expected = λ(N) · t = N · t / MTBF_all-cause
/// ```
/// - `N`: GPUs of the observed run; `t`: observation window, s; `λ`: job failure rate of the model, 1/s
///
/// ``llama3_405B`` compares the paper's Table 3 (``FailureModel/paper2024``) with what Llama 3 405B pretraining
/// actually saw (``FailureModel/llama3Observed``): Table 3 predicts ~26 interruptions where 419 happened.
public struct InterruptionComparison: Sendable, Hashable {
    public var run: String
    public var gpus: Int
    public var window: Seconds
    /// Interruptions counted in the run.
    public var observed: Double
    public var source: String
    /// Expected interruptions under the paper's Table 3 and under the observed-rate preset.
    public var expectedPaper: Double
    public var expectedObservedPreset: Double
    /// Mean time to interrupt of the job under each.
    public var mttiPaper: Seconds
    public var mttiObservedPreset: Seconds

    public init(
        run: String, gpus: Int, window: Seconds, observed: Double, source: String,
        paper: FailureModel = .paper2024, observedPreset: FailureModel = .llama3Observed
    ) {
        self.run = run
        self.gpus = gpus
        self.window = window
        self.observed = observed
        self.source = source
        let n = Double(gpus)
        expectedPaper = paper.expectedInterruptions(gpus: n, over: window)
        expectedObservedPreset = observedPreset.expectedInterruptions(gpus: n, over: window)
        mttiPaper = paper.mtti(gpus: n)
        mttiObservedPreset = observedPreset.mtti(gpus: n)
    }

    /// How many times more interruptions were observed than Table 3 predicts.
    public var optimism: Double { observed / expectedPaper }

    /// Llama 3 405B pretraining: 419 unexpected interruptions in a 54-day snapshot on 16,384 H100 GPUs.
    /// Source: Llama Team 2024, arXiv:2407.21783, Sec. 3.3.4 (ground truth: `shared/ground-truth/reliability.csv`).
    public static let llama3_405B = InterruptionComparison(
        run: "Llama 3 405B pretraining", gpus: 16_384, window: .days(54), observed: 419,
        source:
            "Llama Team 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Sec. 3.3.4 (419 unexpected interruptions "
            + "in 54 days)"
    )
}
