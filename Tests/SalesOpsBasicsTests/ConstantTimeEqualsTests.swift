import Testing
import SalesOpsBasics

@Suite struct ConstantTimeEqualsTests {
    @Test func equalOnlyWhenEveryByteIs() {
        #expect(HMACSHA256.constantTimeEquals("a1b2c3", "a1b2c3"))
        #expect(!HMACSHA256.constantTimeEquals("a1b2c3", "a1b2c4"))
        #expect(!HMACSHA256.constantTimeEquals("b1b2c3", "a1b2c3"))
        #expect(!HMACSHA256.constantTimeEquals("a1b2c3", "a1b2c3d"))
        #expect(!HMACSHA256.constantTimeEquals("", "x"))
        #expect(HMACSHA256.constantTimeEquals("", ""))
    }
}
