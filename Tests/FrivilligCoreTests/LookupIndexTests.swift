import Foundation
import FrivilligCore
import XCTest

/// The lookup index is a shortcut for `frivillig ice`: it must answer exactly what
/// searching the loaded register answers, or not at all.
final class LookupIndexTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("store.json") }
    private var indexURL: URL { StoreFiles(snapshot: url).index }
    private let today = Day(year: 2026, month: 11, day: 23)!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-lookup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// Queries of every kind: prefixes, Danish spellings, word starts, insides, other
    /// fields, phone digits, single letters, nothing, no match; words in any order and
    /// across fields (a name with a workplace, a postcode or a birth year).
    private func queries(_ register: Register) -> [String] {
        var out = ["", "a", "s", "soeren", "søren", "sor", "aa", "ø", "ae", "ander", "sen", "hansen", "-", "@", "kørsel",
                   "20", "+45 2", "45", "9", "zzzz", "datter", "søren 4", "a 19", "19 a", "dagcenter", "center s", "s center"]
        let places = register.workplaceNames
        for v in register.volunteers.prefix(40) {
            let first = String(v.name.split(separator: " ").first ?? ""), last = String(v.name.split(separator: " ").last ?? "")
            out.append(String(v.name.prefix(3)))
            out.append(last)
            out.append(last + " " + first)
            if let phone = v.phones.first { out.append(String(phone.suffix(4))) }
            if let contact = v.emergencyContacts.first { out.append(String(contact.name.prefix(4))) }
            if let place = v.workplaceIDs.first.flatMap({ places[$0] }) {
                out.append(first + " " + String(place.split(separator: " ").last ?? ""))
                out.append(String(place.prefix(6)) + " " + String(first.prefix(2)))
            }
            if !v.postalCode.isEmpty { out.append(first + " " + v.postalCode) }
            if let year = v.yearOfBirth { out.append("\(year) \(first)") }
        }
        return out
    }

    private func assertSameAnswers(_ register: Register, extra: [String] = [], line: UInt = #line) throws {
        for text in queries(register) + extra {
            let query = SearchQuery(text)
            let expected = LookupIndex.search(query, in: register)
            let answer = try XCTUnwrap(LookupIndex.search(query, store: url), "no answer for \(text)", line: line)
            XCTAssertEqual(answer.map(\.id), expected.map(\.id), "order or hits differ for »\(text)«", line: line)
            XCTAssertEqual(answer, expected, "contents differ for »\(text)«", line: line)
        }
    }

    func testTheIndexAnswersAsTheLoadedRegisterDoes() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 1, volunteers: 600, today: today).make())
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: indexURL.path)[.posixPermissions] as! NSNumber).intValue & 0o777, 0o600)
        try assertSameAnswers(try Store.open(at: url).register)
    }

    /// Changes saved since the snapshot come from the journal: edits keep their place,
    /// newcomers (some with a name already taken, so order decides ties) go last, deletions
    /// vanish, and someone deleted and added again moves to the end.
    func testJournalChangesAreLaidOverTheIndex() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 2, volunteers: 300, today: today).make())
        var volunteers = store.register.volunteers
        var renamed = volunteers[5]
        renamed.name = volunteers[9].name
        renamed.phones = ["+4529998877"]
        try store.commit([.putVolunteer(renamed)])
        try store.commit([.putVolunteer(Volunteer(name: volunteers[9].name, emergencyContacts: [EmergencyContact(name: "Ny Pårørende", phone: "+4511112222")]))])
        try store.commit([.putVolunteer(Volunteer(name: "Søren Aagaard", phones: ["+4520202020"]))])
        try store.commit([.deleteVolunteer(volunteers[0].id), .deleteVolunteer(volunteers[1].id)])
        try store.commit([.deleteVolunteer(volunteers[2].id)])
        try store.commit([.putVolunteer(volunteers[2])])
        volunteers[3].status = .paused
        try store.commit([.putVolunteer(volunteers[3])])
        try assertSameAnswers(try Store.open(at: url).register)
    }

    /// Anonymised records, in the snapshot and saved since, are no one to call: the index
    /// leaves them out, as the register's answer does.
    func testAnonymisedVolunteersAreLeftOut() throws {
        var register = DemoGenerator(seed: 6, volunteers: 200, today: today).make()
        let first = register.volunteers[0], second = register.volunteers[1]
        register.volunteers[0] = anonymised(first, label: "Anonym frivillig 2026-001")
        let store = try Store.open(at: url)
        try store.replace(with: register)
        try store.commit([.putVolunteer(anonymised(second, label: "Anonym frivillig 2026-002"))])
        XCTAssertEqual(try XCTUnwrap(LookupIndex.search(SearchQuery("anonym frivillig"), store: url)), [])
        let everyone = try XCTUnwrap(LookupIndex.search(SearchQuery(""), store: url))
        XCTAssertEqual(everyone.count, 198)
        XCTAssertFalse(everyone.contains { $0.id == first.id || $0.id == second.id })
        try assertSameAnswers(try Store.open(at: url).register, extra: ["anonym", "2026-00"])
    }

    /// A workplace renamed, added or deleted in the journal changes what every hit at it
    /// shows and what finds them, exactly as in the register.
    func testWorkplaceChangesInTheJournalGiveTheRegistersAnswer() throws {
        var generated = DemoGenerator(seed: 7, volunteers: 300, today: today).make()
        let unused = Workplace(name: "Det Gamle Bibliotek")
        generated.workplaces.append(unused)
        let store = try Store.open(at: url)
        try store.replace(with: generated)
        var place = try XCTUnwrap(generated.workplaces.first { w in generated.volunteers.filter { $0.workplaceIDs.contains(w.id) }.count >= 3 })
        let oldName = place.name
        place.name = "Frivillighuset Ølstykke"
        try store.commit([.putWorkplace(place)])
        let added = Workplace(name: "Kildebakkens Café")
        var mover = try XCTUnwrap(generated.volunteers.first { !$0.workplaceIDs.contains(place.id) })
        mover.workplaceIDs.append(added.id)
        try store.commit([.putWorkplace(added), .putVolunteer(mover)])
        let passing = Workplace(name: "Midlertidigt Værested")
        try store.commit([.putWorkplace(passing)])
        try store.commit([.deleteWorkplace(passing.id), .deleteWorkplace(unused.id)])

        let now = try Store.open(at: url).register
        let atPlace = now.volunteers.filter { $0.workplaceIDs.contains(place.id) }
        let hits = try XCTUnwrap(LookupIndex.search(SearchQuery("frivillighuset ølstykke"), store: url))
        XCTAssertEqual(Set(hits.map(\.id)), Set(atPlace.map(\.id)))
        XCTAssertTrue(hits.allSatisfy { $0.particulars.workplaces.contains("Frivillighuset Ølstykke") && !$0.particulars.workplaces.contains(oldName) })
        let moved = try XCTUnwrap(LookupIndex.search(SearchQuery("café " + mover.name), store: url))
        XCTAssertEqual(moved.first?.id, mover.id)
        XCTAssertEqual(moved.first?.particulars.workplaces.last, "Kildebakkens Café")
        let firstName = String(atPlace[0].name.split(separator: " ")[0])
        try assertSameAnswers(now, extra: [oldName, "ølstykke " + firstName, firstName + " frivillighuset", "café", "værested", "bibliotek"])
    }

    /// An index of an older format (another name at its start) is not read as today's:
    /// the lookup takes the slow path, which writes one of today's format.
    func testAnIndexOfAnOlderFormatIsRebuiltNotMisread() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 8, volunteers: 30, today: today).make())
        var bytes = try Data(contentsOf: indexURL)
        XCTAssertEqual(String(decoding: bytes.prefix(8), as: UTF8.self), "FRVLKP03")
        bytes.replaceSubrange(0..<8, with: Data("FRVLKP02".utf8))
        try bytes.write(to: indexURL)
        XCTAssertNil(LookupIndex.search(SearchQuery("a"), store: url))
        XCTAssertTrue(try Store.open(at: url).refreshLookupIndex())
        XCTAssertNotNil(LookupIndex.search(SearchQuery("a"), store: url))
    }

    private func anonymised(_ v: Volunteer, label: String) -> Volunteer {
        var out = v
        out.name = label
        out.phones = []
        out.email = ""
        out.address = ""
        out.emergencyContacts = []
        out.birthYear = v.yearOfBirth
        out.birthDate = nil
        out.anonymised = true
        return out
    }

    func testADamagedOrStaleIndexGivesNoAnswer() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 3, volunteers: 50, today: today).make())
        let good = try Data(contentsOf: indexURL)
        let query = SearchQuery("a")
        XCTAssertNotNil(LookupIndex.search(query, store: url))

        var flipped = good
        flipped[flipped.count - 10] ^= 0x20
        try flipped.write(to: indexURL)
        XCTAssertNil(LookupIndex.search(query, store: url), "a flipped byte")
        try good.prefix(good.count - 1).write(to: indexURL)
        XCTAssertNil(LookupIndex.search(query, store: url), "cut short")
        try Data("garbage".utf8).write(to: indexURL)
        XCTAssertNil(LookupIndex.search(query, store: url), "garbage")

        try good.write(to: indexURL)
        XCTAssertNotNil(LookupIndex.search(query, store: url))
        try Data("x\n".utf8).write(to: url.appendingPathExtension("compacting"))
        XCTAssertNil(LookupIndex.search(query, store: url), "a compaction half-way")
        try FileManager.default.removeItem(at: url.appendingPathExtension("compacting"))

        let snapshot = try Data(contentsOf: url)
        try snapshot.write(to: url)
        XCTAssertNil(LookupIndex.search(query, store: url), "the snapshot was rewritten (same bytes, other file)")
    }

    func testAJournalOfAnotherSnapshotGivesNoAnswer() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 4, volunteers: 20, today: today).make())
        try store.commit([.putVolunteer(Volunteer(name: "Bo"))])
        let journal = try Data(contentsOf: store.files.journal)
        XCTAssertNotNil(LookupIndex.search(SearchQuery("bo"), store: url))
        var text = String(decoding: journal, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"snapshot\":\"w4:", with: "\"snapshot\":\"w4:f")
        try Data(text.utf8).write(to: store.files.journal)
        XCTAssertNil(LookupIndex.search(SearchQuery("bo"), store: url))
    }

    func testAStoreWithoutAnIndexGetsOneWhenLoadedWithoutAJournal() throws {
        let store = try Store.open(at: url)
        try store.replace(with: DemoGenerator(seed: 5, volunteers: 30, today: today).make())
        try FileManager.default.removeItem(at: indexURL)
        XCTAssertNil(LookupIndex.search(SearchQuery("a"), store: url))
        try Store.open(at: url).refreshLookupIndex()
        try assertSameAnswers(try Store.open(at: url).register)
    }
}
