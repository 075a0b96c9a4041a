import Foundation

/// One hit of the emergency lookup as `frivillig ice` prints it, read in place from the
/// lookup index (`LookupIndex.forEachCard`) or from a `LookupIndex.Person` (a volunteer
/// saved in the journal since the snapshot, or the answer of a loaded register), so both
/// are printed by the same code and the index's hits need no strings or arrays each.
///
/// The bytes handed to the closures are UTF-8 and live only during the call.
public struct LookupCard {
    private enum Source {
        case record(LookupRecord.Details, workplaceNames: WorkplaceNames)
        case person(LookupIndex.Person)
    }

    private let source: Source
    private static let statuses = VolunteerStatus.allCases

    /// The current name of each workplace in the index's table as bytes, made once for
    /// all the cards: nil for one the register does not hold.
    final class WorkplaceNames {
        private let bytes: [UInt8]
        private let ranges: [Range<Int>?]

        init(_ names: [String?]) {
            var bytes: [UInt8] = [], ranges: [Range<Int>?] = []
            for name in names {
                guard let name else {
                    ranges.append(nil)
                    continue
                }
                let start = bytes.count
                bytes += name.utf8
                ranges.append(start..<bytes.count)
            }
            self.bytes = bytes
            self.ranges = ranges
        }

        /// Place `place`'s name, when the register holds it; `checkDetails` has checked the place.
        func name(_ place: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            guard let range = ranges[place] else { return }
            bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    init(record: LookupRecord.Details, workplaceNames: WorkplaceNames) {
        source = .record(record, workplaceNames: workplaceNames)
    }

    public init(_ person: LookupIndex.Person) {
        source = .person(person)
    }

    /// True when the card's own text (not its workplaces' names) has nothing in it that
    /// `TextWidth.sanitize` would replace, as the index found when it checked the record:
    /// it can be printed without looking at it again. Always false for a `Person`.
    public var isPlain: Bool {
        switch source {
        case .record(let d, _): return d.plain
        case .person: return false
        }
    }

    public var status: VolunteerStatus {
        switch source {
        case .record(let d, _): return Self.statuses[d.statusCode]
        case .person(let p): return p.status
        }
    }

    public func name(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch source {
        case .record(let d, _): body(d.name)
        case .person(let p): Self.bytes(p.name, body)
        }
    }

    /// Hands over the first phone number as stored and returns true; false when there is none.
    public func primaryPhone(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        switch source {
        case .record(let d, _):
            guard let phone = d.firstPhone else { return false }
            body(phone)
        case .person(let p):
            guard let phone = p.primaryPhone else { return false }
            Self.bytes(phone, body)
        }
        return true
    }

    /// The names of the volunteer's workplaces the register holds, in the volunteer's order.
    public func forEachWorkplace(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch source {
        case .record(let d, let names):
            for k in 0..<d.placeCount {
                names.name(d.place(k), body)
            }
        case .person(let p):
            for name in p.particulars.workplaces { Self.bytes(name, body) }
        }
    }

    public var yearOfBirth: Int? {
        switch source {
        case .record(let d, _): return d.year.isEmpty ? nil : Int(String(decoding: d.year, as: UTF8.self))
        case .person(let p): return p.particulars.yearOfBirth
        }
    }

    /// The address, postcode and town, in that order.
    public func home(_ body: (_ address: UnsafeBufferPointer<UInt8>, _ postalCode: UnsafeBufferPointer<UInt8>,
                              _ city: UnsafeBufferPointer<UInt8>) -> Void) {
        switch source {
        case .record(let d, _):
            body(d.address, d.postalCode, d.city)
        case .person(let p):
            Self.bytes(p.particulars.address) { a in
                Self.bytes(p.particulars.postalCode) { pc in Self.bytes(p.particulars.city) { body(a, pc, $0) } }
            }
        }
    }

    public var contactCount: Int {
        switch source {
        case .record(let d, _): return d.contactCount
        case .person(let p): return p.emergencyContacts.count
        }
    }

    /// Each emergency contact's name, relation and phone as stored, in order.
    public func forEachContact(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ relation: UnsafeBufferPointer<UInt8>,
                                        _ phone: UnsafeBufferPointer<UInt8>) -> Void) {
        switch source {
        case .record(let d, _):
            // `LookupRecord.checkDetails` has read these very lengths: none can fail here.
            var r = ByteReader(d.body, at: d.contactsStart)
            for _ in 0..<d.contactCount {
                guard let name = try? r.text(), let relation = try? r.text(), let phone = try? r.text() else { return }
                body(name, relation, phone)
            }
        case .person(let p):
            for c in p.emergencyContacts {
                Self.bytes(c.name) { n in Self.bytes(c.relation) { r in Self.bytes(c.phone) { body(n, r, $0) } } }
            }
        }
    }

    private static func bytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8(body)
    }
}
