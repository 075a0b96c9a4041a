import Foundation

/// A strict, allocation-light reader of JSON bytes, for the store's fast path.
///
/// It accepts a subset of what Foundation's JSONDecoder accepts and gives up
/// (`JSONScanner.GiveUp`) on everything else: malformed JSON, invalid UTF-8, a lone
/// surrogate, a number that is not a plain integer, very deep nesting. Giving up is not an
/// error for the user; the caller then asks JSONDecoder, which either accepts the file
/// too or explains exactly what is wrong with it. So this reader never has to be right
/// about errors, only about what it accepts.
struct JSONScanner {
    /// Thrown whenever the input is not the plain, valid JSON the fast path handles.
    struct GiveUp: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// When set, the pages already read are handed back to the system as reading goes
    /// on (see `StoreReader.register(from:discardingRead:)`).
    var release: PageRelease?

    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Hands back the pages before the reading position once enough have gathered.
    @inline(__always)
    mutating func releaseRead() {
        guard release != nil, position - release!.done >= PageRelease.step else { return }
        release!.release(upTo: position, in: bytes)
    }

    mutating func skip(_ count: Int) {
        position += count
    }

    mutating func skip(to newPosition: Int) {
        position = newPosition
    }

    /// Where `needle` next occurs at or after `start`, as a byte offset.
    func search(_ needle: StaticString, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = needle.utf8CodeUnitCount
        var at = start
        while at + count <= bytes.count {
            guard let found = memchr(base + at, Int32(needle.utf8Start[0]), bytes.count - count + 1 - at) else { return nil }
            at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, needle.utf8Start, count) == 0 { return at }
            at += 1
        }
        return nil
    }

    var atEnd: Bool {
        mutating get {
            skipWhitespace()
            return position == bytes.count
        }
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    @inline(__always)
    mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        return bytes[position]
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw GiveUp() }
        position += 1
    }

    /// Consumes `null` if it comes next.
    mutating func takeNull() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func bool() throws -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw GiveUp()
        }
    }

    /// A plain integer (`-?[0-9]+`, no fraction or exponent) that fits an Int.
    mutating func int() throws -> Int {
        _ = try peek()
        var negative = false
        if bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let start = position
        var value = 0
        while position < bytes.count, case 0x30...0x39 = bytes[position] {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[position] - 0x30))
            guard !o1, !o2 else { throw GiveUp() }
            value = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, !(digits > 1 && bytes[start] == 0x30) else { throw GiveUp() }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) {
            throw GiveUp()
        }
        return negative ? -value : value
    }

    /// A string value, unescaped and checked to be valid UTF-8.
    mutating func string() throws -> String {
        let raw = try stringBytes()
        if let direct = raw.direct {
            guard let text = String(validating: direct, as: UTF8.self) else { throw GiveUp() }
            return text
        }
        guard let text = String(validating: raw.unescaped, as: UTF8.self) else { throw GiveUp() }
        return text
    }

    /// The bytes of a string value: a slice of the input when it has no escapes (the
    /// common case, no copy), otherwise an unescaped copy.
    mutating func stringBytes() throws -> (direct: UnsafeBufferPointer<UInt8>?, unescaped: [UInt8]) {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                return (slice, [])
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw GiveUp() }
            position += 1
        }
        var out = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return (nil, out)
            case UInt8(ascii: "\\"):
                try unescape(into: &out)
            case 0..<0x20:
                throw GiveUp()
            default:
                out.append(byte)
            }
        }
        throw GiveUp()
    }

    private mutating func unescape(into out: inout [UInt8]) throws {
        guard position < bytes.count else { throw GiveUp() }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                position += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw GiveUp()
            }
            guard let s = Unicode.Scalar(scalar) else { throw GiveUp() }
            out.append(contentsOf: UTF8.encode(s)!)
        default:
            throw GiveUp()
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else { throw GiveUp() }
        position += count
    }

    /// Reads an object, calling `field` with each key; `field` must consume the value.
    mutating func object(_ field: (inout JSONScanner, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = try stringBytes()
            guard let name = key.direct, name.allSatisfy({ $0 < 0x80 }) || String(validating: name, as: UTF8.self) != nil
            else { throw GiveUp() }
            try expect(UInt8(ascii: ":"))
            try field(&self, name)
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return
            default: throw GiveUp()
            }
        }
    }

    /// Reads an array, calling `element` for each value; `element` must consume it.
    mutating func array(_ element: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            switch try peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return
            default: throw GiveUp()
            }
        }
    }

    mutating func stringArray() throws -> [String] {
        var out: [String] = []
        try array { out.append(try $0.string()) }
        return out
    }

    /// Skips any value (a field this version does not know), checking it is valid JSON
    /// as strictly as reading it would.
    mutating func skipValue(depth: Int = 0) throws {
        guard depth < 64 else { throw GiveUp() }
        switch try peek() {
        case UInt8(ascii: "{"): try object { scanner, _ in try scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { try $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): _ = try takeNull()
        default: _ = try int()
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether these bytes spell `word`: comparing keys without making a String of them.
    @inline(__always)
    func spells(_ word: StaticString) -> Bool {
        count == word.utf8CodeUnitCount && memcmp(baseAddress!, word.utf8Start, count) == 0
    }
}
