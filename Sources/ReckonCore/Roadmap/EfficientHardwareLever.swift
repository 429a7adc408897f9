extension Lever {
    /// Efficient hardware: accelerators specialized beyond GPUs (no instruction fetch/decode, memory-wall relief).
    ///
    /// ```
    /// f = 1 / s
    /// ```
    /// - `s`: cost-efficiency gain over a GPU of the same generation. Default 2 — an ASSUMPTION of this
    ///   implementation: the paper (Sec. 3.6) names the area but gives no figure. Set it with `--efficient-hardware`.
    public static func efficientHardware(gain: Double = 2) -> Lever {
        Lever(id: .efficientHardware, parameterName: "efficiency gain over GPUs", parameterUnit: "×",
              baseline: 1, value: gain, allowed: 1...1000,
              source: "assumption (2x placeholder): paper Sec. 3.6 gives no number")
    }
}
