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
        #expect(Quantization(weights: .int8).computePrecision(on: noInt8) == .fp8) // no INT8 figure → FP8 rate
        #expect(Quantization(weights: .int4).computePrecision(on: h100) == .bf16)  // weight-only INT4
        #expect(Quantization(weights: .fp8).computePrecision(on: v100) == .bf16)   // no FP8 tensor cores
        // H100 SXM FP8 dense 1978.9 TFLOP/s (catalog, hardware.csv).
        #expect(Quantization(weights: .fp8).computePeak(on: h100)?.value == 1978.9e12)
    }

    @Test func bytesFollowPrecision() {
        // 175e9 weights: BF16 350 GB, FP8 175 GB, INT4 87.5 GB (bytes per element 2, 1, 0.5).
        let n = Parameters(175e9)
        #expect(Quantization(weights: .bf16).weightBytes(n).value == 350e9)
        #expect(Quantization(weights: .fp8).weightBytes(n).value == 175e9)
        #expect(Quantization(weights: .int4).weightBytes(n).value == 87.5e9)
        #expect(Quantization(weights: .int4).kvCache == .int4)
        #expect(Quantization(weights: .int4, kvCache: .fp8).bytesPerKVElement == 1)
    }

    @Test func trainingFormatsAreRefused() {
        #expect(throws: InputError.self) { try Quantization(weights: .fp32).validate() }
        #expect(throws: InputError.self) { try Quantization(weights: .bf16, kvCache: .tf32).validate() }
    }
}
