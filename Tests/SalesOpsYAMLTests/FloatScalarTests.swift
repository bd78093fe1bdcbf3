import SalesOpsBasics
@testable import SalesOpsYAML
import Testing

/// Floats resolve to the Double they spell, whichever way they are written.
@Suite struct FloatScalarTests {
    func plain(_ text: String) -> YAMLScalarValue {
        YAMLScalarValue.resolvePlain(text)
    }

    @Test("decimals, signs, exponents, underscores and sexagesimals")
    func writtenForms() throws {
        let cases: [(String, YAMLScalarValue)] = [
            ("1.5", .float(1.5)), ("-0.25", .float(-0.25)), ("+.5", .string("+.5")), (".5", .float(0.5)), ("+1.5", .float(1.5)),
            ("6.02e+23", .float(6.02e23)), ("1.5E-3", .float(0.0015)), ("-2.5e+2", .float(-250)),
            ("1_000.5", .float(1000.5)), ("1.", .float(1)), ("190:20:30.15", .float(685230.15)),
            ("-.inf", .float(-.infinity)), ("1.5e3", .string("1.5e3")), ("1e3", .string("1e3")),
            ("1.2.3", .string("1.2.3")), ("12", .int(12)),
        ]
        for (text, expected) in cases {
            #expect(plain(text) == expected, "\(text)")
        }
        #expect(try YAMLScalarValue.resolve(YAMLScalar(text: "1.5e3", style: .doubleQuoted), tag: YAMLTag.float) == .float(1500))
        #expect(try YAMLScalarValue.resolve(YAMLScalar(text: " 2.5 ", style: .doubleQuoted), tag: YAMLTag.float) == .float(2.5))
        guard case .float(let negativeZero) = plain("-0.0") else { Issue.record("-0.0 is not a float"); return }
        #expect(negativeZero == 0 && negativeZero.sign == .minus)
    }

    @Test("every Double Swift prints with a dot reads back as itself")
    func roundTrip() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<5_000 {
            let bits = generator.next()
            let value = Double(bitPattern: bits)
            guard value.isFinite else { continue }
            let text = "\(value)"
            guard text.contains("."), text.contains("e") == false || text.contains("e-") || text.contains("e+") else { continue }
            #expect(plain(text) == .float(value), "\(text)")
        }
    }

    @Test("short decimals read exactly as the standard library reads them")
    func shortDecimalsMatchTheStandardLibrary() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<20_000 {
            let bits = generator.next()
            let digits = Int(bits % 17) + 1  // 1 to 17 digits: both sides of the 15-digit fast path
            var text = String(generator.next() % 1_000_000_000_000_000_000)
            text = String(repeating: "0", count: max(0, digits - text.count)) + text
            text = String(text.suffix(digits))
            let point = Int((bits >> 8) % UInt64(digits)) + 1  // a digit before the dot: `+.5` is text to YAML
            text.insert(".", at: text.index(text.startIndex, offsetBy: point))
            if point == digits { text += "0" }
            let sign = ["", "-", "+"][Int((bits >> 16) % 3)]
            guard case .float(let value) = plain(sign + text) else {
                Issue.record("\(sign + text) is not a float")
                continue
            }
            let expected = (sign == "-" ? -1.0 : 1.0) * Double(text)!
            #expect(value.bitPattern == expected.bitPattern, "\(sign + text)")
        }
        for text in ["0.1", "0.3", "123456789.012345", "999999999999999.9", "0.000000000000001", "9007199254740993.0",
                     "-0.0", "00000000000000000001.5"] {
            #expect(plain(text) == .float(Double(text)!), "\(text)")
        }
    }
}

/// Numbers checked against a range by their length alone are in it, whatever they resolve to.
@Suite struct RangeShortcutTests {
    @Test func aNumberPassedByItsLengthIsInRange() {
        let ranges = [NumericRange(0...1000), NumericRange(-1000...1000), NumericRange(above: 0, upTo: 1e12),
                      NumericRange(1...100), NumericRange(-1_000_000_000_000...1_000_000_000_000)]
        let alphabet = Array("0123456789.-+_:e")
        var generator = SplitMix64(seed: 9)
        var passed = 0
        for _ in 0..<20_000 {
            var text = ""
            let length = Int(generator.next() % 18) + 1
            for _ in 0..<length {
                // Mostly digits, so that many texts are numbers.
                let pick = generator.next() % 40
                text.append(pick < 30 ? alphabet[Int(pick % 10)] : alphabet[Int(pick) % alphabet.count])
            }
            for range in ranges where DecodeSession.isSurelyWithin(range, text) {
                passed += 1
                switch YAMLScalarValue.resolvePlain(text) {
                case .int(let value): #expect(range.contains(Double(value)), "\(text) in \(range.text)")
                case .float(let value): #expect(range.contains(value), "\(text) in \(range.text)")
                case .bigInt: Issue.record("\(text) passed \(range.text) but is a big integer")
                default: break
                }
            }
        }
        #expect(passed > 1_000)
    }
}

/// A node keeps its tag in one byte and its place in two 32-bit numbers: what it reads back is
/// what was written.
@Suite struct NodeTagTests {
    @Test("every tag the parser accepts reads back expanded, with the node's line and column")
    func tagsReadBack() throws {
        let text = """
            a: !!str 1
            b: !!int "2"
            c: !!float "2.5"
            d: !!bool "true"
            e: !!null ""
            f: !!timestamp 2026-12-02
            g: ! 3
            h: !!seq [1]
            i: !!map {j: 1}
            k: plain
            """
        let root = try #require(try YAMLParser().parse(text, file: "tags.yaml").first?.root)
        let tags = try #require(root.mapping).map { "\($0.key.scalar?.text ?? "?") \($0.value.tag ?? "none") \($0.value.mark)" }
        #expect(tags == [
            "a tag:yaml.org,2002:str 1:4", "b tag:yaml.org,2002:int 2:4", "c tag:yaml.org,2002:float 3:4",
            "d tag:yaml.org,2002:bool 4:4", "e tag:yaml.org,2002:null 5:4", "f tag:yaml.org,2002:timestamp 6:4",
            "g ! 7:4", "h tag:yaml.org,2002:seq 8:4", "i tag:yaml.org,2002:map 9:4", "k none 10:4",
        ])
    }

    /// A large catalog is millions of nodes, each kept for later errors to point at.
    @Test("a node takes 32 bytes, a mapping's pair 64")
    func nodeSize() {
        #expect(MemoryLayout<YAMLNode>.stride == 32)
        #expect(MemoryLayout<YAMLPair>.stride == 64)
    }

    @Test("a mark past 65,535 lines keeps its line")
    func longFile() throws {
        let text = String(repeating: "# filler\n", count: 70_000) + "key: value\n"
        let root = try #require(try YAMLParser().parse(text, file: "long.yaml").first?.root)
        #expect(root.mapping?.first?.value.mark == YAMLMark(line: 70_001, column: 6))
    }
}
