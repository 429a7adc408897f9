import Foundation
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// Seed 004's cost rows and seed 001's 50,944-TPU example, recomputed with the MFU the plan model predicts
/// (``PlanRequest/predictedMFU(model:accelerator:gpus:precision:)``) instead of a typed one.
///
/// ```
/// C    = 6 · N · D,  D = 20 · N                    Chinchilla-style run (SemiAnalysis' table)
/// cost = C / (n · F · MFU) / 3600 · n · r          rental, no failures, staff or tooling ("theoretical optimal")
/// ```
/// - `n` = 256 A100 80 GB and `r` = $1.5 per A100-hour: SemiAnalysis' "baseline cost for large clusters of 256 GPUs
///   with NVLink and 1.6T networking" (seed 004)
/// - the model's shape is estimated from its size at GPT-3's aspect ratio (d/L = 128, d a multiple of 128, one head per
///   128 dimensions; N ≈ 12·L·d², Kaplan et al. 2020), GPT-2's 50,257-token vocabulary and 2,048-token sequences.
public enum SeedCostRows {
    /// One published figure and Reckon's.
    public struct Row: Sendable {
        public var label: String
        public var parameters: Parameters
        public var tokens: Tokens
        public var mfu: Double
        public var cost: USD
        /// SemiAnalysis' "theoretical optimal" and MosaicML's price (seed 004).
        public var semiAnalysis: USD
        public var mosaicML: USD
        /// The MFU SemiAnalysis' figure implies: C / (cost / r · 3600 · F).
        public var impliedMFU: Double
    }

    public static let pricePerHour = 1.5
    public static let gpus = 256
    public static let source =
        "SemiAnalysis, 'The AI Brick Wall' (Jan 2023): MosaicML's $450k for GPT-30B "
        + "and "
        + "$2.5M for GPT-70B 'are close to the optimal training costs of $326k and $1.75M'; ~$1.5 per SXM A100-hour"

    /// A dense model of `parameters` at GPT-3's aspect ratio.
    public static func estimatedModel(_ label: String, parameters: Double) -> ModelSpec {
        let d = max(128, (RoutedScalingLaw.estimatedHiddenSize(parameters: parameters) / 128).rounded() * 128)
        let layers = max(1, Int((parameters / (12 * d * d)).rounded()))
        return ModelSpec(
            id: "estimated-\(label.lowercased())", name: label, layers: layers, hiddenSize: Int(d),
            heads: Int(d) / 128, vocabulary: 50_257, contextLength: 2048,
            totalParameters: Parameters(parameters),
            source: "shape estimated at GPT-3's aspect ratio d/L = 128 (N ≈ 12·L·d²)", asOf: "-")
    }

    /// MosaicML's GPT-30B and GPT-70B with Chinchilla's 20 tokens per parameter on 256 A100 80 GB.
    public static func mosaicRows(catalog: Catalog = .builtin) throws -> [Row] {
        let a100 = try catalog.accelerator("a100-80gb")
        let peak = a100.peak(at: .bf16)!.value
        let published: [(String, Double, Double, Double)] = [
            ("GPT-30B", 30e9, 326e3, 450e3),
            (
                "GPT-70B", 70e9, 1.75e6,
                2.5e6
            ),
        ]
        return try published.map { label, n, semi, mosaic in
            let model = estimatedModel(label, parameters: n)
            guard
                let predicted = PlanRequest.predictedMFU(
                    model: model, accelerator: a100, gpus: gpus,
                    precision: .bf16)
            else {
                throw InputError(
                    field: "mfu", value: "missing", allowed: "a plan the model can find",
                    hint: "no parallel plan fits \(label) on \(gpus) × \(a100.name)")
            }
            let tokens = Tokens(20 * n)
            let compute = 6 * n * tokens.value
            let hours = compute / (peak * predicted.mfu) / 3600
            let implied = compute / (semi / pricePerHour * 3600 * peak)
            return Row(
                label: label, parameters: Parameters(n), tokens: tokens, mfu: predicted.mfu,
                cost: .dollars(hours * pricePerHour), semiAnalysis: .dollars(semi), mosaicML: .dollars(mosaic),
                impliedMFU: implied)
        }
    }

    /// The MFU the plan model finds for the 32B-parameter model Google trained on 50,944 TPU v5e (Anantharaman 2023,
    /// the paper's Sec. 3.1: "at 50k TPUs it is half the peak performance of the cluster"); nil when no plan fits.
    public static func tpuV5eMFU(catalog: Catalog = .builtin, chips: Int = 50_944) throws -> Double? {
        let v5e = try catalog.accelerator("tpu-v5e")
        return PlanRequest.predictedMFU(
            model: estimatedModel("32B", parameters: 32e9), accelerator: v5e, gpus: chips,
            precision: .bf16)?.mfu
    }
}
