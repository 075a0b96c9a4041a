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
    /// fields, phone digits, single letters, nothing, no match.
    private func queries(_ register: Register) -> [String] {
        var out = ["", "a", "s", "soeren", "søren", "sor", "aa", "ø", "ae", "ander", "sen", "hansen", "-", "@", "kørsel",
                   "20", "+45 2", "45", "9", "zzzz", "datter"]
        for v in register.volunteers.prefix(40) {
            out.append(String(v.name.prefix(3)))
            out.append(String(v.name.split(separator: " ").last ?? ""))
            if let phone = v.phones.first { out.append(String(phone.suffix(4))) }
            if let contact = v.emergencyContacts.first { out.append(String(contact.name.prefix(4))) }
        }
        return out
    }

    private func assertSameAnswers(_ register: Register, line: UInt = #line) throws {
        let straight = VolunteerIndex(register.volunteers)
        for text in queries(register) {
            let query = SearchQuery(text)
            let expected = straight.search(query).map { LookupIndex.Person(register.volunteers[$0]) }
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
