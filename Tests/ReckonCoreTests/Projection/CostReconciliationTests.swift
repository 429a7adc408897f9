import Testing
import ReckonUnits
@testable import ReckonCore

/// The walk from a bottom-up bill to the paper's GPU and cloud cost (Sec. 2.1: GPT-3 <$1M / $4.8M, GPT-4 $6.7M / $32M).
@Suite struct CostReconciliationTests {
    // GPT-4 (estimate) on H100: the trend model's 1.44e25 FLOP at 989.4 TFLOP/s = 4.043M h; $30,000 over 4 years =
    // $0.856/h → GPU cost $3.46M; at 40% MFU and $3.29/h → cloud $33.3M; ratio (3.29/0.856)/0.4 = 9.61. The
    // paper's cloud cost, $32M, is reproduced within 5% (its figures are rounded; the catalog prices are 2024's);
    // its GPU cost ($6.7M) is not: the test asserts Reckon's $3.46M and the derived ratio 9.6, not the typed 4.8.
    @Test func gpt4() throws {
        let c = try CostReconciliation(
            label: "GPT-4", year: 2023, acceleratorName: "H100", bottomUpCompute: FLOP(6 * 280e9 * 13e12),
            paperCompute: FLOP(40 * 1.8e12 * 1.8e12 / 9), peak: .teraflops(989.4), purchasePrice: .dollars(30_000),
            life: .years(4), rentalPrice: .dollarsPerHour(3.29), utilization: 0.4)
        #expect(abs(c.hoursAtPeak / 4.0429e6 - 1) < 1e-3)
        #expect(abs(c.gpuCost.value / 3.46e6 - 1) < 2e-3)
        #expect(abs(c.cloudCost.value / 32e6 - 1) < 0.05)
        #expect(abs(c.cloudToGPURatio / 9.61 - 1) < 2e-3)
        #expect(abs(c.cloudCost / c.gpuCost - c.cloudToGPURatio) < 1e-9)
        // Bottom-up: 2.184e25 FLOP at 40% of 989.4 TFLOP/s × $3.29/h = $50.4M.
        #expect(abs(c.bottomUpRental.value / 50.4e6 - 1) < 2e-3)
    }

    @Test func refusesNonsense() {
        #expect(throws: InputError.self) {
            try CostReconciliation(
                label: "x", year: 2023, acceleratorName: "x", bottomUpCompute: FLOP(1),
                paperCompute: FLOP(1), peak: .teraflops(1), purchasePrice: .dollars(1),
                life: .years(4), rentalPrice: .dollarsPerHour(1), utilization: 1.5)
        }
    }
}
