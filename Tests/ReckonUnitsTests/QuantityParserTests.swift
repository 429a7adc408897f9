import Testing
@testable import ReckonUnits

/// Parsing what people type. Expected values are exact SI/IEC arithmetic, so the tolerance is one
/// part in 10¹² (binary floating point cannot represent every decimal exactly).
@Suite struct QuantityParserTests {
    func close(_ a: Double, _ b: Double, rel: Double = 1e-12) -> Bool { abs(a - b) <= rel * max(abs(a), abs(b)) }

    @Test(arguments: [
        ("175B", 175e9), ("1.8T", 1.8e12), ("7e9", 7e9), ("70_000_000_000", 70e9), ("37 B", 37e9), ("8k", 8e3),
    ])
    func counts(_ text: String, _ expected: Double) throws {
        #expect(close(try Parameters(parsing: text).value, expected))
    }

    @Test func bytesKeepSIAndIECDistinct() throws {
        #expect(close(try Bytes(parsing: "80GB").value, 80e9))
        #expect(close(try Bytes(parsing: "80 GiB").value, 80 * 1_073_741_824))
        #expect(try Bytes(parsing: "80GB") != Bytes(parsing: "80GiB"))
        #expect(close(try Bytes(parsing: "141").value, 141e9))  // bare number read as GB, stated in the examples
    }

    @Test func bandwidthsIncludingBits() throws {
        #expect(close(try BytesPerSecond(parsing: "3.35TB/s").value, 3.35e12))
        #expect(close(try BytesPerSecond(parsing: "900 GB/s").value, 900e9))
        #expect(close(try BytesPerSecond(parsing: "400 Gb/s").value, 50e9))  // bits ÷ 8
        #expect(close(try BytesPerSecond(parsing: "2 GiB/s").value, 2 * 1_073_741_824))
    }

    @Test func computeRates() throws {
        #expect(close(try FLOPPerSecond(parsing: "989 TFLOP/s").value, 989e12))
        #expect(close(try FLOPPerSecond(parsing: "1.98 PFLOPS").value, 1.98e15))
        #expect(close(try FLOPPerSecond(parsing: "312").value, 312e12))
        #expect(close(try FLOP(parsing: "3.14e23").value, 3.14e23))
        #expect(close(try FLOP(parsing: "314 ZFLOP").value, 3.14e23))
    }

    @Test func moneyTimeAndRates() throws {
        #expect(close(try USDPerSecond(parsing: "2.5").inDollarsPerHour, 2.5))
        #expect(close(try USDPerSecond(parsing: "$3.29/h").inDollarsPerHour, 3.29))
        #expect(close(try USD(parsing: "$25k").value, 25_000))
        #expect(close(try Seconds(parsing: "2h").value, 7200))
        #expect(close(try Seconds(parsing: "54 days").inDays, 54))
        #expect(close(try Watts(parsing: "700W").value, 700))
        #expect(close(try USDPerJoule(parsing: "0.08").inDollarsPerKilowattHour, 0.08))
    }

    @Test(arguments: ["", "abc", "nan", "inf", "1e999", "80 GX", "1.8e", "GB80", "--5"])
    func rejectsWhatIsNotAnAmount(_ text: String) {
        #expect(throws: QuantityParseError.self) { try Bytes(parsing: text) }
    }

    @Test func errorNamesWhatIsAllowed() {
        do {
            _ = try Bytes(parsing: "80 GX")
            Issue.record("expected an error")
        } catch let e as QuantityParseError {
            #expect(e.description.contains("80 GX"))
            #expect(e.description.contains("GiB"))
        } catch { Issue.record("unexpected \(error)") }
    }
}
