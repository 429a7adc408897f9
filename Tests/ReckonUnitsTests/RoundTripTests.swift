import Testing
@testable import ReckonUnits

/// format → parse returns the same amount within the formatter's rounding: 3 significant digits
/// round to at most half a unit in the third digit, a relative error below 5e-3.
@Suite struct RoundTripTests {
    static let values: [Double] = [
        1, 7.5, 999, 1000, 1234.5, 80e9, 141e9, 3.35e12, 2.039e12, 1.8e12, 175e9, 4.2e15, 9.99e20,
    ]

    func within(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 5e-3 * abs(b) }

    @Test(arguments: values) func bytesSI(_ v: Double) throws {
        #expect(within(try Bytes(parsing: Bytes(v).formatted(.si)).value, v))
    }
    @Test(arguments: values) func bytesIEC(_ v: Double) throws {
        #expect(within(try Bytes(parsing: Bytes(v).formatted(.iec)).value, v))
    }
    @Test(arguments: values) func bandwidth(_ v: Double) throws {
        #expect(within(try BytesPerSecond(parsing: BytesPerSecond(v).formatted).value, v))
    }
    @Test(arguments: values) func computeRate(_ v: Double) throws {
        #expect(within(try FLOPPerSecond(parsing: FLOPPerSecond(v).formatted).value, v))
    }
    @Test(arguments: values) func compute(_ v: Double) throws {
        #expect(within(try FLOP(parsing: FLOP(v).formatted).value, v))
    }
    @Test(arguments: values) func parameters(_ v: Double) throws {
        #expect(within(try Parameters(parsing: Parameters(v).formatted).value, v))
    }
    @Test(arguments: values) func power(_ v: Double) throws {
        #expect(within(try Watts(parsing: Watts(v).formatted).value, v))
    }

    @Test func formattingStatesTheConvention() {
        #expect(Bytes.gigabytes(80).formatted(.si) == "80 GB")
        #expect(Bytes.gibibytes(80).formatted(.iec) == "80 GiB")
        #expect(Bytes.gigabytes(80).formatted(.iec) == "74.5 GiB")
        #expect(FLOPPerSecond.teraflops(989.4).formatted == "989 TFLOP/s")
        #expect(FLOP(3.15e23).formatted == "3.15e23 FLOP")
        #expect(USD(4.6e6).formatted == "$4.6M")
        #expect(Seconds.hours(16.4).formatted == "16.4 h")
        #expect(NumberFormat.grouped(3_552_000) == "3,552,000")
    }
}
