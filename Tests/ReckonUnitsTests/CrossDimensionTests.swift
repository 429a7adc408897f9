import Testing
@testable import ReckonUnits

/// The dimension algebra: the result types are checked by the compiler (each `let` is annotated),
/// the values by hand arithmetic.
@Suite struct CrossDimensionTests {
    @Test func computeOverRateIsTime() {
        let t: Seconds = FLOP(1e26) / FLOPPerSecond.petaflops(1)
        #expect(t.value == 1e11)
        #expect(abs(t.inHours - 27_777_777.78) < 0.01)  // the paper's "≈ 28 million GPU-hours"
    }
    @Test func bytesOverBandwidthIsTime() {
        let t: Seconds = Bytes.terabytes(40) / BytesPerSecond.gigabytesPerSecond(500)
        #expect(t.value == 80)
    }
    @Test func moneyEnergyEmissions() {
        let cost: USD = USDPerSecond.dollarsPerHour(2.5) * Seconds.hours(1000)
        #expect(abs(cost.value - 2500) < 1e-9)
        let energy: Joules = Watts.watts(700) * Seconds.hours(1)
        #expect(abs(energy.inKilowattHours - 0.7) < 1e-12)
        let bill: USD = USDPerJoule.dollarsPerKilowattHour(0.1) * energy
        #expect(abs(bill.value - 0.07) < 1e-12)
        let co2: Kilograms = KilogramsPerJoule.kilogramsPerKilowattHour(0.4) * energy
        #expect(abs(co2.value - 0.28) < 1e-12)
    }
    @Test func sameDimensionArithmetic() {
        let a = Seconds.hours(1)
        let b = Seconds.minutes(30)
        #expect((a + b).value == 5400)
        #expect(a / b == 2)  // a ratio is a plain number
        #expect((a * 3).value == 10_800)
        #expect(max(a, b) == a)
    }
}
