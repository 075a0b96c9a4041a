import FrivilligApp
import FrivilligCore
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// `frivillig ice`'s text: each hit's name, phone and status, what tells them apart and
/// their emergency contacts, formatted into one reused byte buffer that goes to standard
/// output in large writes. A broad query shows thousands of people; formatting each line
/// as a string and printing it on its own cost three times abook's whole lookup.
///
/// The bytes are those `Console.line` would print: every piece of data is filtered as
/// `TextWidth.sanitize` filters it (checked on the bytes, made a string only when a byte
/// could start something to replace), and the localised words are filtered once.
struct IceText {
    private var out = Output()
    private var shown = 0
    /// Whether the card being added is plain (`LookupCard.isPlain`): its text needs no look.
    private var plain = false
    private let statuses = VolunteerStatus.allCases
    private let noPhone: [UInt8]
    private let noContact: [UInt8]
    /// "  [pause]" for each status, by `VolunteerStatus.allCases` order; empty for active.
    private let statusSuffix: [[UInt8]]
    /// `lookup.born` split where its `{0}` (the year) goes.
    private let born: [[UInt8]]

    init(_ l10n: Localizer) {
        func filtered(_ s: String) -> [UInt8] { Array(TextWidth.sanitize(s).utf8) }
        noPhone = filtered(l10n(.cliIceNoPhone))
        noContact = filtered(l10n(.cliIceNoContact))
        statusSuffix = VolunteerStatus.allCases.map { $0 == .active ? [] : filtered("  [\(l10n.status($0))]") }
        born = l10n.text(.lookupBorn, ["{0}"]).components(separatedBy: "{0}").map(filtered)
    }

    /// Adds one hit, after a blank line unless it is the first.
    mutating func add(_ card: LookupCard) {
        plain = card.isPlain
        if shown > 0 { out.byte(0x0A) }
        shown += 1
        card.name { data($0) }
        text("  ")
        if !card.primaryPhone({ phone($0) }) { out.append(noPhone) }
        out.append(statusSuffix[statuses.firstIndex(of: card.status)!])
        out.byte(0x0A)
        particulars(card)
        if card.contactCount == 0 {
            text("  ")
            out.append(noContact)
            out.byte(0x0A)
        }
        var n = 0
        card.forEachContact { name, relation, phone in
            n += 1
            text("  ")
            number(n)
            text(". ")
            data(name)
            if !relation.isEmpty {
                text(" (")
                data(relation)
                text(")")
            }
            text("  ")
            self.phone(phone)
            out.byte(0x0A)
        }
        out.flushIfFull()
    }

    /// Writes what is left; call once after the last hit.
    mutating func finish() {
        out.finish()
    }

    /// "  Dagcenter Kildebakken · f. 1956 · Vestergade 3, 4690 Haslev" as
    /// `Localizer.particulars` has it, or no line when the register knows none of it.
    private mutating func particulars(_ card: LookupCard) {
        let lineStart = out.count
        text("  ")
        let partsStart = out.count
        var parts = 0
        var workplaces = 0
        card.forEachWorkplace { name in
            if workplaces > 0 { text(", ") }
            workplaces += 1
            data(name, plain: false)
        }
        if out.count > partsStart { parts += 1 }
        if let year = card.yearOfBirth {
            if parts > 0 { text(" · ") }
            for (i, piece) in born.enumerated() {
                if i > 0 { number(year) }
                out.append(piece)
            }
            parts += 1
        }
        card.home { address, postalCode, city in
            guard !address.isEmpty || !postalCode.isEmpty || !city.isEmpty else { return }
            if parts > 0 { text(" · ") }
            parts += 1
            data(address)
            if !address.isEmpty && (!postalCode.isEmpty || !city.isEmpty) { text(", ") }
            data(postalCode)
            if !postalCode.isEmpty && !city.isEmpty { text(" ") }
            data(city)
        }
        if parts == 0 {
            out.count = lineStart
        } else {
            out.byte(0x0A)
        }
    }

    /// A stored number as `Phone.display` shows it, filtered: `+45 20 12 34 56` for a
    /// Danish one. Printable ASCII is done here; anything else the slow way.
    private mutating func phone(_ stored: UnsafeBufferPointer<UInt8>) {
        guard stored.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            filteredSlowly(Phone.display(String(decoding: stored, as: UTF8.self)))
            return
        }
        guard stored.count == 11, stored[0] == UInt8(ascii: "+"), stored[1] == UInt8(ascii: "4"), stored[2] == UInt8(ascii: "5") else {
            data(stored)
            return
        }
        out.append(UnsafeBufferPointer(rebasing: stored[0..<3]))
        for i in stride(from: 3, to: 11, by: 2) {
            out.byte(0x20)
            out.byte(stored[i])
            out.byte(stored[i + 1])
        }
    }

    /// A number as `String(n)` writes it.
    private mutating func number(_ n: Int) {
        guard n >= 0 else {
            out.append(Array(String(n).utf8))
            return
        }
        if n >= 10 { number(n / 10) }
        out.byte(UInt8(ascii: "0") + UInt8(n % 10))
    }

    /// Text of this program's own (separators), which needs no filtering.
    private mutating func text(_ s: StaticString) {
        out.append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Data as `TextWidth.sanitize` leaves it. Every scalar it replaces is a byte below
    /// 0x20, 0x7F, or starts with 0xC2 (U+0080–U+00BF), 0xD8 (U+0600–U+063F) or 0xE2
    /// (U+2000–U+2FFF); text with none of these is kept byte for byte.
    private mutating func data(_ bytes: UnsafeBufferPointer<UInt8>) {
        data(bytes, plain: plain)
    }

    private mutating func data(_ bytes: UnsafeBufferPointer<UInt8>, plain: Bool) {
        if !plain && Self.mayNeedFilter(bytes) {
            filteredSlowly(String(decoding: bytes, as: UTF8.self))
        } else {
            out.append(bytes)
        }
    }

    /// Whether any byte is one `data` must look at as text, eight bytes at a time.
    private static func mayNeedFilter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        var i = 0
        while i + 8 <= bytes.count {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if (x &- ones &* 0x20) & ~x & highs != 0 || hasZero(x ^ (ones &* 0x7F)) || hasZero(x ^ (ones &* 0xC2))
                || hasZero(x ^ (ones &* 0xD8)) || hasZero(x ^ (ones &* 0xE2)) {
                return true
            }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 { return true }
            i += 1
        }
        return false
    }

    private mutating func filteredSlowly(_ s: String) {
        out.append(Array(TextWidth.sanitize(s).utf8))
    }

}

/// Bytes for standard output, kept in one buffer and written once a hit has filled it
/// past `flushAt`. It grows only for a hit longer than itself, so that a hit can take
/// back what it added (`count`) until it ends.
private struct Output {
    private static let flushAt = 1 << 16
    private var capacity = 1 << 17
    private var buffer: UnsafeMutablePointer<UInt8>
    /// The bytes waiting; set only to take back what was added since.
    var count = 0
    /// A write that failed stops the output, as it would have stopped `print`'s.
    private var failed = false
    private var flushedOnce = false

    init() {
        buffer = .allocate(capacity: capacity)
    }

    mutating func byte(_ b: UInt8) {
        if count == capacity { grow(to: count + 1) }
        buffer[count] = b
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (buffer + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Writes the buffer once it holds enough to be worth a write; call between hits.
    mutating func flushIfFull() {
        if count >= Self.flushAt { flush() }
    }

    /// Writes what is left and frees the buffer.
    mutating func finish() {
        flush()
        buffer.deallocate()
    }

    private mutating func grow(to needed: Int) {
        capacity = max(2 * capacity, needed)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        bigger.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
    }

    private mutating func flush() {
        defer { count = 0 }
        guard !failed, count > 0 else { return }
        if !flushedOnce {
            fflush(stdout)
            flushedOnce = true
        }
        var at = 0
        while at < count {
            let n = Glibc.write(STDOUT_FILENO, buffer + at, count - at)
            if n > 0 {
                at += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                failed = true
                return
            }
        }
    }
}
