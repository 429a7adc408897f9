import Testing
@testable import ReckonCore

@Suite struct LeverTests {
    // Default factors of the seven Table 2 levers, each from its documented source (hand arithmetic in the comment).
    // Tolerance 1e-3: closed-form arithmetic (only FP8's 989.4/1978.9 is not exactly 1/2).
    @Test func defaultFactors() throws {
        let levers = RoadmapLevers.defaults()
        func f(_ id: LeverID) throws -> Double { try #require(levers[id]).factor }
        #expect(abs(try f(.distributedSystems) - 0.5) < 1e-3)  // paper Sec. 3.1: ~2x at 50k GPUs (fallback)
        #expect(abs(try f(.dataReduction) - 1.0 / 3) < 1e-3)  // 6.67 / 20 tokens per parameter (Table 1)
        // Eight experts (Fig. 7) standing in for the dense 1.8T baseline under Clark et al. 2022: past the law's 10¹²
        // cutoff experts buy nothing and the router adds 8/(12·d), d = (128·1.8e12/12)^(1/3) = 26,777 → 1.0000249.
        #expect(abs(try f(.modelPartitioning) - 1.0000249) < 1e-6)
        let paper = try #require(RoadmapLevers.defaults(moeLaw: nil)[.modelPartitioning])
        #expect(abs(paper.factor - 1.0 / 8) < 1e-3)  // 120P²/K
        #expect(abs(try f(.trainingAlgorithms) - 0.5) < 1e-3)  // Sophia 2x
        #expect(abs(try f(.dataFormats) - 0.5) < 1e-3)  // FP8 1978.9 vs BF16 989.4 TFLOP/s
        #expect(abs(try f(.efficientHardware) - 0.5) < 1e-3)  // assumption 2x
        #expect(abs(try f(.competitiveAccelerators) - 0.35 / 0.60) < 1e-3)  // (1 − 0.65)/(1 − 0.40)
        #expect(levers.levers.map(\.id) == LeverID.allCases)  // Table 2 order, all seven
    }

    @Test func offOnAndValues() throws {
        let k = Lever.modelPartitioning(law: nil)
        #expect(try k.setting(.off).effectiveFactor == 1)
        #expect(try k.setting(.off).ordersOfMagnitude == 0)
        #expect(try k.setting(.value(16)).factor == 1.0 / 16)  // 120P²/K with K = 16
        #expect(try k.setting(.on).effectiveFactor == 1.0 / 8)
        #expect(throws: InputError.self) { try k.setting(.value(0.5)) }
        do { _ = try k.setting(.value(.nan)) } catch let e as InputError {
            #expect(e.field == "model_partitioning")
        }
        // With the law: `--model-partitioning 100000` no longer divides the cost by 100,000 (the paper's identity):
        // experts past 512 are credited nothing and 100,000 routers cost 100000/(12·26,777) = 31% more FLOP.
        let law = try Lever.modelPartitioning().setting(.value(100_000))
        #expect(law.factor > 1.3 && law.factor < 1.32)
        #expect(law.rangeWarning?.contains("extrapolated") == true)
        // Data reduction with Table 1's best case: 20/6 = 3.33 tokens per parameter → factor 1/6.
        let d = try Lever.dataReduction().setting(.value(20.0 / 6))
        #expect(abs(d.factor - 1.0 / 6) < 1e-12)
    }

    // Data formats. Paper Sec. 3.5: "LNS has been shown to reduce the training time of LLMs by up to 40%" → f = 0.6.
    @Test func dataFormatChoices() {
        #expect(abs(Lever.dataFormats(.lns).factor - 0.6) < 1e-12)
        #expect(abs(Lever.dataFormats(.fp8).factor - 989.4 / 1978.9) < 1e-12)
    }

    // The distributed-systems lever takes its gain from a model called through a protocol (the reliability model
    // once wired); the fallback is the paper's constant 2x.
    @Test func distributedSystemsUsesGainModel() {
        let model = SupercomputingGainFunction(source: "test: 1 + N/50,000") { gpus in 1 + Double(gpus) / 50_000 }
        #expect(Lever.distributedSystems(gpus: 25_000, gainModel: model).factor == 1 / 1.5)
        #expect(Lever.distributedSystems(gpus: 100_000, gainModel: model).factor == 1.0 / 3)
        #expect(Lever.distributedSystems(gpus: 16_000).factor == 0.5)
        #expect(Lever.distributedSystems(gpus: 25_000, gainModel: model).source.contains("25000"))
    }
}
