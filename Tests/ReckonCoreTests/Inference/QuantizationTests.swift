import Testing
import ReckonCore
import ReckonCatalog
import ReckonUnits

@Suite struct QuantizationTests {
    let h100 = try! Catalog.builtin.accelerator("h100-sxm")
    let v100 = try! Catalog.builtin.accelerator("v100")

    @Test func computePrecisionRules() {
        #expect(Quantization(weights: .fp8).computePrecision(on: h100) == .fp8)
        #expect(Quantization(weights: .int8).computePrecision(on: h100) == .int8)  // catalog lists INT8 1978.9 TOPS
        var noInt8 = h100
        noInt8.peak[.int8] = nil
        #expect(Quantization(weights: .int8).computePrecision(on: noInt8) == .fp8)  // no INT8 figure → FP8 rate
        #expect(Quantization(weights: .int4).computePrecision(on: h100) == .bf16)  // weight-only INT4
        #expect(Quantization(weights: .fp8).computePrecision(on: v100) == .bf16)  // no FP8 tensor cores
        // H100 SXM FP8 dense 1978.9 TFLOP/s (catalog, hardware.csv).
        #expect(Quantization(weights: .fp8).computePeak(on: h100)?.value == 1978.9e12)
    }

    @Test func bytesFollowPrecision() {
        // 175e9 weights: BF16 350 GB, FP8 175 GB (2 and 1 B per element, scales negligible).
        let n = Parameters(175e9)
        #expect(Quantization(weights: .bf16).weightBytes(n).value == 350e9)
        #expect(Quantization(weights: .fp8).weightBytes(n).value == 175e9)
        // INT4 g128 (AWQ): 0.5 B + one FP16 scale and one 4-bit zero per 128 = 0.5 + 2.5/128 = 0.51953125 B.
        #expect(Quantization(weights: .int4).weightBytes(n).value == 175e9 * 0.51953125)
        #expect(Quantization(weights: .int4).kvCache == .int4)
        #expect(Quantization(weights: .int4, kvCache: .fp8).bytesPerKVElement == 1)
    }

    @Test func fp4CarriesItsBlockScales() {
        // NVFP4: one E4M3 scale per 16 → 4.5 bits = 0.5625 B; MXFP4: one E8M0 per 32 → 4.25 bits = 0.53125 B
        // (NVIDIA NVFP4 blog 2025; OCP MX v1.0). 671e9 FP4 weights: 377.4 GB (NVFP4), 356.5 GB (MXFP4).
        #expect(FP4Format.nvfp4.bytesPerElement == 0.5625)
        #expect(FP4Format.mxfp4.bytesPerElement == 0.53125)
        let n = Parameters(671e9)
        #expect(Quantization(weights: .fp4).weightBytes(n).value == 671e9 * 0.5625)
        #expect(Quantization(weights: .fp4, fp4Format: .mxfp4).weightBytes(n).value == 671e9 * 0.53125)
        // FP4 weights keep an FP8 KV cache unless told otherwise (NVIDIA's FP4 checkpoints do).
        #expect(Quantization(weights: .fp4).kvCache == .fp8)
    }

    @Test func fp4WeightsNeverTakeMoreMemoryThanFP8() throws {
        // Property over every catalog model, both FP4 formats and both embedding choices: the whole model's
        // bytes at FP4 ≤ at FP8 (4.25–4.5 bits vs 8, embeddings at the same 16 bits in both).
        for model in Catalog.builtin.models {
            let shape = ServingShape(model: model)
            for format in FP4Format.allCases {
                for keep in [true, false] {
                    let fp4 = ServingWeights(
                        model: model, shape: shape,
                        quantization: Quantization(weights: .fp4, fp4Format: format, embeddingsAt16Bit: keep))
                    let fp8 = ServingWeights(
                        model: model, shape: shape, quantization: Quantization(weights: .fp8, embeddingsAt16Bit: keep))
                    #expect(fp4.memoryBytes.value <= fp8.memoryBytes.value, "\(model.id) \(format)")
                    #expect(
                        fp4.memoryBytes.value < fp8.memoryBytes.value, "\(model.id) \(format): FP4 should save memory")
                }
            }
        }
    }

    @Test func fp4MathNeedsFP4TensorCores() throws {
        // H100 publishes no FP4 peak (catalog): FP4 weights with FP4 math are refused naming `precision`; with a
        // math precision given (weight-only FP4) they are accepted; an explicit FP4 math names `math_precision`.
        #expect { try Quantization(weights: .fp4).validate(on: h100) } throws: {
            ($0 as? InputError)?.field == "precision"
        }
        #expect { try Quantization(weights: .fp8, math: .fp4).validate(on: h100) } throws: {
            ($0 as? InputError)?.field == "math_precision"
        }
        #expect { try Quantization(weights: .bf16, experts: .fp4).validate(on: h100) } throws: {
            ($0 as? InputError)?.field == "expert_precision"
        }
        try Quantization(weights: .fp4, math: .bf16).validate(on: h100)
        // A Blackwell part with FP4 tensor cores: NVIDIA's GB200 NVL72 / HGX B200 spec table (zdszero.github.io
        // mirror, the catalog's source) lists B200 "FP4 Tensor Core 18 PFLOPS" beside "FP8/FP6 9 PFLOPS" — sparse
        // figures (the catalog's dense FP8 is 4,500), so dense FP4 = 9,000 TFLOPS. Added here, not in the catalog.
        var b200 = try Catalog.builtin.accelerator("b200")
        b200.peak[.fp4] = .teraflops(9000)
        try Quantization(weights: .fp4).validate(on: b200)
        #expect(Quantization(weights: .fp4).computePeak(on: b200)?.value == 9e15)
    }

    @Test func trainingFormatsAreRefused() {
        #expect(throws: InputError.self) { try Quantization(weights: .fp32).validate() }
        #expect(throws: InputError.self) { try Quantization(weights: .bf16, kvCache: .tf32).validate() }
    }
}
