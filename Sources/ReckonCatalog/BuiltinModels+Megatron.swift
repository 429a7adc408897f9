import ReckonCore
import ReckonUnits

/// The GPT shapes of the Megatron-LM 2021 weak-scaling benchmark (1.7B to 1T parameters on up to 3072
/// A100s), for checking the parallel-plan model against published throughput. Benchmarks, not trained
/// models: no token count.
extension BuiltinModels {
    static let megatronSource = """
        Narayanan et al. 2021, Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM, \
        arXiv:2104.04473, Table 1: layers, hidden size, parameters (billion); all models 'use a vocabulary size of \
        51,200 and a sequence length of 2048' (NVIDIA/Megatron-LM README, 2021-05). Layers, hidden size and \
        parameters also in that README's table. Attention heads are not in it (the \
        README image omits them): taken from Table 1 as transcribed in public reading notes of the paper \
        (secondary). d_ff = 4 x hidden and multi-head attention, as assumed by the paper's parameter count \
        P = 12 l h^2 (1 + 13/(12h) + (V+s)/(12lh)) (Eq. 2).
        """

    /// (ID suffix, parameters in billions, layers, hidden size, heads), Table 1 rows in order.
    static let megatronRows: [(String, Double, Int, Int, Int)] = [
        ("1.7b", 1.7, 24, 2304, 24), ("3.6b", 3.6, 30, 3072, 32), ("7.5b", 7.5, 36, 4096, 32),
        ("18b", 18.4, 40, 6144, 48), ("39b", 39.1, 48, 8192, 64), ("76b", 76.1, 60, 10240, 80),
        ("145b", 145.6, 80, 12288, 96), ("310b", 310.1, 96, 16384, 128), ("530b", 529.6, 105, 20480, 128),
        ("1t", 1008.0, 128, 25600, 160),
    ]

    /// `megatron-1.7b` … `megatron-1t`.
    public static let megatron: [ModelSpec] = megatronRows.map { suffix, billions, layers, hidden, heads in
        ModelSpec(
            id: "megatron-\(suffix)", name: "Megatron-LM GPT \(suffix.uppercased()) (2021 benchmark)", year: 2021,
            layers: layers, hiddenSize: hidden, heads: heads, kvHeads: heads, ffnSize: 4 * hidden,
            vocabulary: 51200, contextLength: 2048, totalParameters: Parameters(billions * 1e9),
            source: megatronSource
                + " Row: \(billions)B parameters, \(layers) layers, hidden \(hidden), \(heads) heads.",
            asOf: "2021-04")
    }
}
