import Testing
@testable import ReckonUnits

/// Formatting never traps and never lies, at any finite magnitude (expected strings worked by hand).
@Suite struct FormattingEdgeTests {
    @Test func hugeAndTinyMagnitudesFallBackToScientific() {
        #expect(NumberFormat.significant(9.3e24) == "9.3e24")
        #expect(NumberFormat.significant(-1.7e308) == "-1.7e308")
        #expect(NumberFormat.significant(2.2e-308) == "2.2e-308")
        #expect(NumberFormat.significant(4.9e-324) == "4.94e-324")
        #expect(NumberFormat.significant(1.5e-7) == "1.5e-7")
        #expect(NumberFormat.significant(123_456_789_012_345_678) == "123456789012345680")
    }

    @Test func fixedKeepsEveryDigitItCanAndNeverTraps() {
        // 2⁵³ + 1 is not a Double
        #expect(NumberFormat.fixed(9_007_199_254_740_993, decimals: 0) == "9007199254740992")
        #expect(NumberFormat.fixed(1e20, decimals: 2) == "100000000000000000000")
        #expect(NumberFormat.fixed(-2.5e-300, decimals: 400) == "-2.5e-300")
        #expect(NumberFormat.fixed(3.14159, decimals: 2) == "3.14")
    }

    /// Whole numbers above 2⁶³ print their exact decimal digits.
    @Test func format0IsExactBeyondSixtyFourBits() {
        #expect(String(format0: 9.0e15 + 2) == "9000000000000002")
        #expect(String(format0: 18_446_744_073_709_551_616) == "18446744073709551616")  // 2⁶⁴
        #expect(String(format0: 1e22) == "10000000000000000000000")  // exactly representable
        #expect(String(format0: 0x1p100) == "1267650600228229401496703205376")  // 2¹⁰⁰
        #expect(String(format0: .infinity) == "∞")
    }
}
