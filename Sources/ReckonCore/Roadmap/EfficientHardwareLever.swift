extension Lever {
    /// The range `reckon roadmap --samples` gives the two levers that rest on no published figure.
    public static let assumptionRange: ClosedRange<Double> = 1...3

    /// Efficient hardware: accelerators specialized beyond GPUs (no instruction fetch/decode, memory-wall relief).
    ///
    /// ```
    /// f = 1 / s
    /// ```
    /// - `s`: cost-efficiency gain over a GPU of the same generation. Default 2 — an ASSUMPTION, labelled as such: the
    ///   paper (Sec. 3.6) names the area but gives no figure. `--samples` draws it from 1–3 (``assumptionRange``)
    ///   unless set; set it with `--efficient-hardware`.
    public static func efficientHardware(gain: Double = 2) -> Lever {
        Lever(
            id: .efficientHardware, parameterName: "efficiency gain over GPUs", parameterUnit: "×",
            baseline: 1, value: gain, allowed: 1...1000,
            source: "ASSUMPTION (2x, range 1–3 under --samples): paper Sec. 3.6 gives no number")
    }
}
