import Foundation

/// One volunteer's record in the lookup index, read in place from the file's bytes.
///
/// Layout: the length of the rest (u32, so a record that does not match is skipped
/// without reading its lists), position (u32), id (16 bytes), status (u8), flags (u8:
/// 1 when anonymised), then length-prefixed byte strings: name, the plain and collapsed
/// folds of the name and of the other searchable text, the phone digits (each number's,
/// joined by line breaks: a query of digits cannot match across one); the places of the
/// volunteer's workplaces in the file's table (a u32 count, then u32 each); then what is
/// read only for a hit: lists (a u32 count, then strings) of phones and emergency
/// contacts (name, relation, phone each), and the birth year (as text, empty when
/// unknown), address, postcode and town.
struct LookupRecord {
    let start: Int
    let position: Int
    private let idBytes: UnsafeBufferPointer<UInt8>
    private let status: UInt8
    let isAnonymised: Bool
    private let name: UnsafeBufferPointer<UInt8>
    private let namePlain: UnsafeBufferPointer<UInt8>
    private let nameCollapsed: UnsafeBufferPointer<UInt8>
    private let othersPlain: UnsafeBufferPointer<UInt8>
    private let othersCollapsed: UnsafeBufferPointer<UInt8>
    private let phoneDigits: UnsafeBufferPointer<UInt8>
    /// The workplaces' places, u32 each.
    private let places: UnsafeRawBufferPointer
    /// Where the phones and contacts begin; read only for a hit.
    private let detailsStart: Int
    private let bytes: UnsafeRawBufferPointer

    var id: UUID {
        let b = idBytes
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// Writes `v`, with `fields` from `VolunteerIndex.Entry` and the places in the file's
    /// workplace table of each of their workplaces.
    static func write(_ v: Volunteer, fields: ArraySlice<[UInt8]>, places: [Int], position: Int, into w: inout ByteWriter) {
        let lengthAt = w.bytes.count
        w.u32(0)
        w.u32(position)
        withUnsafeBytes(of: v.id.uuid) { w.raw(Array($0)) }
        w.u8(UInt8(VolunteerStatus.allCases.firstIndex(of: v.status)!))
        w.u8(v.anonymised ? 1 : 0)
        w.text(v.name)
        for field in fields { w.text(field) }
        w.u32(places.count)
        for place in places { w.u32(place) }
        w.u32(v.phones.count)
        for phone in v.phones { w.text(phone) }
        w.u32(v.emergencyContacts.count)
        for c in v.emergencyContacts {
            w.text(c.name)
            w.text(c.relation)
            w.text(c.phone)
        }
        w.text(v.yearOfBirth.map(String.init) ?? "")
        w.text(v.address)
        w.text(v.postalCode)
        w.text(v.city)
        w.patchU32(at: lengthAt, w.bytes.count - lengthAt - 4)
    }

    /// Reads the record at the reader's position and moves past it.
    init(_ r: inout ByteReader) throws {
        bytes = r.bytes
        start = r.position
        let end = try r.u32() + r.position
        guard end <= r.bytes.count else { throw ByteReader.Damaged() }
        position = try r.u32()
        idBytes = try r.raw(16)
        status = try r.u8()
        guard Int(status) < VolunteerStatus.allCases.count else { throw ByteReader.Damaged() }
        let flags = try r.u8()
        guard flags <= 1 else { throw ByteReader.Damaged() }
        isAnonymised = flags == 1
        name = try r.text()
        namePlain = try r.text()
        nameCollapsed = try r.text()
        othersPlain = try r.text()
        othersCollapsed = try r.text()
        phoneDigits = try r.text()
        let placeCount = try r.u32()
        places = UnsafeRawBufferPointer(try r.raw(placeCount * 4))
        detailsStart = r.position
        guard detailsStart <= end else { throw ByteReader.Damaged() }
        r.position = end
    }

    /// The rank group `VolunteerIndex.search` puts this volunteer in, for a non-empty
    /// query; `masks` has the query's match of each workplace in the file's table.
    func bucket(_ needles: VolunteerIndex.Needles, masks: UnsafeBufferPointer<UInt64>) throws -> Int? {
        var found: UInt64 = 0
        for k in 0..<places.count / 4 {
            let place = Self.place(k, in: places)
            guard place < masks.count else { throw ByteReader.Damaged() }
            found |= masks[place]
        }
        return VolunteerIndex.bucket(needles, namePlain, nameCollapsed, othersPlain, othersCollapsed, phoneDigits, workplaces: found)
    }

    func sortKey() throws -> String {
        SearchFold.sortKey(try text(name))
    }

    /// The person as the lookup shows them; `workplaceNames` has the current name of
    /// each workplace in the file's table, nil for one the register does not hold.
    func person(workplaceNames: [String?]) throws -> LookupIndex.Person {
        var r = ByteReader(bytes, at: detailsStart)
        var phones: [String] = []
        for _ in 0..<(try r.u32()) { phones.append(try r.string()) }
        var contacts: [EmergencyContact] = []
        for _ in 0..<(try r.u32()) {
            let name = try r.string(), relation = try r.string(), phone = try r.string()
            contacts.append(EmergencyContact(name: name, relation: relation, phone: phone))
        }
        let year = try r.string()
        guard year.isEmpty || Int(year) != nil else { throw ByteReader.Damaged() }
        let address = try r.string(), postalCode = try r.string(), city = try r.string()
        let workplaces = try (0..<places.count / 4).compactMap { k -> String? in
            let place = Self.place(k, in: places)
            guard place < workplaceNames.count else { throw ByteReader.Damaged() }
            return workplaceNames[place]
        }
        let particulars = Particulars(workplaces: workplaces, yearOfBirth: Int(year), address: address, postalCode: postalCode, city: city)
        return LookupIndex.Person(id: id, name: try text(name), status: VolunteerStatus.allCases[Int(status)],
                                  phones: phones, emergencyContacts: contacts, particulars: particulars)
    }

    /// What a card shows of a hit, in place.
    struct Details {
        let name: UnsafeBufferPointer<UInt8>
        /// Whether `checkDetails` found all of it plain.
        let plain: Bool
        let statusCode: Int
        /// The workplaces' places, u32 each.
        let places: UnsafeRawBufferPointer
        /// The index's body, which `contactsStart` is a position in.
        let body: UnsafeRawBufferPointer
        let firstPhone: UnsafeBufferPointer<UInt8>?
        let contactCount: Int
        /// Where the first contact's name begins.
        let contactsStart: Int
        let year: UnsafeBufferPointer<UInt8>
        let address: UnsafeBufferPointer<UInt8>
        let postalCode: UnsafeBufferPointer<UInt8>
        let city: UnsafeBufferPointer<UInt8>

        var placeCount: Int { places.count / 4 }

        func place(_ k: Int) -> Int { LookupRecord.place(k, in: places) }
    }

    /// The `k`th workplace place of a record's table of places, u32 each.
    static func place(_ k: Int, in places: UnsafeRawBufferPointer) -> Int {
        Int(UInt32(littleEndian: places.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)))
    }

    /// The details, found without copying a byte; `checkDetails` first says they are whole.
    func details(plain: Bool) throws -> Details {
        var r = ByteReader(bytes, at: detailsStart)
        let phoneCount = try r.u32()
        var firstPhone: UnsafeBufferPointer<UInt8>?
        for k in 0..<phoneCount {
            let phone = try r.text()
            if k == 0 { firstPhone = phone }
        }
        let contactCount = try r.u32()
        let contactsStart = r.position
        for _ in 0..<contactCount * 3 { _ = try r.text() }
        return Details(name: name, plain: plain, statusCode: Int(status), places: places, body: bytes, firstPhone: firstPhone,
                       contactCount: contactCount, contactsStart: contactsStart,
                       year: try r.text(), address: try r.text(), postalCode: try r.text(), city: try r.text())
    }

    /// Throws where `person(workplaceNames:)` would: a length past the end, text that is
    /// not UTF-8, a birth year that is not a number, a workplace place past the table's
    /// `workplaceCount`. A card is shown only from a record this passes. Returns whether
    /// the name and every detail are plain: no byte that could start a control or
    /// another scalar `TextWidth.sanitize` replaces (see `scan`).
    func checkDetails(workplaceCount: Int) throws -> Bool {
        var plain = true
        func check(_ b: UnsafeBufferPointer<UInt8>) throws {
            let (valid, isPlain) = Self.scan(b)
            guard valid else { throw ByteReader.Damaged() }
            plain = plain && isPlain
        }
        try check(name)
        var r = ByteReader(bytes, at: detailsStart)
        for _ in 0..<(try r.u32()) { try check(try r.text()) }
        for _ in 0..<(try r.u32()) * 3 { try check(try r.text()) }
        let year = try r.text()
        try check(year)
        guard year.isEmpty || Int(String(decoding: year, as: UTF8.self)) != nil else { throw ByteReader.Damaged() }
        for _ in 0..<3 { try check(try r.text()) }
        for k in 0..<places.count / 4 where Self.place(k, in: places) >= workplaceCount { throw ByteReader.Damaged() }
        return plain
    }

    /// Whether `b` is well-formed UTF-8, as `String(validating:)` decides (no overlong
    /// forms, no surrogates, nothing past U+10FFFF), without making a string; and whether
    /// it is plain: no byte below 0x20, no 0x7F, no lead byte 0xC2 (U+0080–U+00BF), 0xD8
    /// (U+0600–U+063F) or 0xE2 (U+2000–U+2FFF), which hold every scalar
    /// `TextWidth.sanitize` replaces. Plain text can go to the terminal as it is.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> (valid: Bool, plain: Bool) {
        var i = 0
        let n = b.count
        var plain = true
        guard let base = b.baseAddress else { return (true, true) }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            if i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if x & highs == 0 {
                    // Any byte below 0x20, or any 0x7F (0x7F ^ 0x7F is the zero byte found).
                    let y = x ^ (ones &* 0x7F)
                    if (x &- ones &* 0x20) & ~x & highs != 0 || (y &- ones) & ~y & highs != 0 { plain = false }
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 || c == 0x7F { plain = false }
                i += 1
                continue
            }
            if c == 0xC2 || c == 0xD8 || c == 0xE2 { plain = false }
            func continuation(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            func second(_ low: UInt8, _ high: UInt8) -> Bool { i + 1 < n && (low...high).contains(b[i + 1]) }
            switch c {
            case 0xC2...0xDF:
                guard continuation(1) else { return (false, plain) }
                i += 2
            case 0xE0...0xEF:
                guard second(c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF), continuation(2) else { return (false, plain) }
                i += 3
            case 0xF0...0xF4:
                guard second(c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF), continuation(2), continuation(3) else { return (false, plain) }
                i += 4
            default:
                return (false, plain)
            }
        }
        return (true, plain)
    }

    private func text(_ b: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let s = String(validating: b, as: UTF8.self) else { throw ByteReader.Damaged() }
        return s
    }
}
