import FrivilligCore
import XCTest

final class StoreTests: XCTestCase {
    private var dir: URL!
    private var url: URL { dir.appendingPathComponent("data/store.json") }

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("frivillig-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.deletingLastPathComponent().path)
        try? FileManager.default.removeItem(at: dir)
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
    }

    private func sample() -> Register {
        let v = Volunteer(
            name: "Søren Østergaard", phones: ["+4520123456"], email: "soeren@example.dk", birthDate: Day(year: 1950, month: 2, day: 3),
            startDate: Day(year: 2020, month: 1, day: 1), skills: ["kørsel"],
            availability: Availability(weekdays: [.monday, .thursday], note: "ikke i ferier"),
            membership: Membership(kind: .association, name: "Ældre Sagen"),
            emergencyContacts: [EmergencyContact(name: "Mette", relation: "datter", phone: "+4530123456")],
            created: Date(timeIntervalSince1970: 1_700_000_000))
        let c = Contact(name: "Hanne Kjær", kind: .staff, organisation: "Solgården", phone: "+4540000000")
        let w = Workplace(name: "Plejecenter Solgården", area: "ældre", contactIDs: [c.id])
        let a = Agreement(volunteerID: v.id, workplaceID: w.id, contactID: c.id, allowedTasks: "Højtlæsning",
                          reviewDate: Day(year: 2027, month: 1, day: 1), childCheck: CertificateCheck(required: true))
        let e = RecognitionEvent(date: Day(year: 2026, month: 6, day: 20)!, kind: .excursion, title: "Sommerudflugt", attendeeIDs: [v.id])
        return Register(volunteers: [v], contacts: [c], workplaces: [w], agreements: [a], events: [e])
    }

    func testCreatesAnEmptyPrivateStoreOnFirstUse() throws {
        let store = try Store.open(at: url)
        XCTAssertTrue(store.register.isEmpty)
        XCTAssertEqual(try mode(url.path), 0o600)
        XCTAssertEqual(try mode(url.deletingLastPathComponent().path), 0o700)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("\"schemaVersion\" : 1"), text)
    }

    func testRoundTripKeepsEveryField() throws {
        let store = try Store.open(at: url)
        let original = sample()
        try store.replace(with: original)
        let reopened = try Store.open(at: url)
        XCTAssertEqual(reopened.register, original)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("\"birthDate\" : \"1950-02-03\""))
        XCTAssertTrue(text.contains("\"name\" : \"Søren Østergaard\""), "UTF-8 stays readable")
    }

    func testSaveKeepsThePreviousVersionAsPrivateBackup() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        let first = try Data(contentsOf: url)
        try store.commit([.putVolunteer(Volunteer(name: "Åse Bæk"))])
        XCTAssertEqual(try Data(contentsOf: store.backupURL), first)
        XCTAssertEqual(try mode(store.backupURL.path), 0o600)
        XCTAssertEqual(try mode(url.path), 0o600)
        XCTAssertEqual(try Store.open(at: url).register.volunteers.count, 2)
    }

    func testFailedSaveLeavesThePreviousFileIntact() throws {
        let store = try Store.open(at: url)
        try store.replace(with: sample())
        let before = try Data(contentsOf: url)
        let folder = url.deletingLastPathComponent().path
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder)
        if getuid() == 0 {
            // root ignores folder permissions; use a folder that cannot hold files instead
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
            try FileManager.default.createDirectory(atPath: folder + "/.store.json.tmp-\(getpid())", withIntermediateDirectories: false)
        }
        XCTAssertThrowsError(try store.commit([.putVolunteer(Volunteer(name: "Ny"))])) { error in
            guard case StoreError.writeFailed = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try Data(contentsOf: url), before)
        XCTAssertEqual(store.register.volunteers.count, 1, "memory matches the disk")
    }

    func testCorruptJSONIsRefusedWithLineAndColumnAndLeftUnchanged() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let broken = Data("{\n  \"schemaVersion\": 1,\n  \"volunteers\": [ { \"name\": \"Søren\", }\n".utf8)
        try broken.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.malformed(let path, let line, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, url.path)
            XCTAssertEqual(line, 3)
        }
        XCTAssertEqual(try Data(contentsOf: url), broken)
    }

    func testWrongTypesNameTheFieldPath() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var text = try String(contentsOf: fixture("minimal-v1"), encoding: .utf8)
        text = text.replacingOccurrences(of: "[\"+4520123456\"]", with: "[20123456]")
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.invalidContent(_, let field, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "volunteers[0].phones[0]")
        }
    }

    func testBadDateNamesTheField() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = try String(contentsOf: fixture("minimal-v1"), encoding: .utf8)
            .replacingOccurrences(of: "\"status\": \"active\",", with: "\"status\": \"active\", \"startDate\": \"31.12.2020\",")
        try Data(text.utf8).write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            guard case StoreError.invalidContent(_, let field, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "volunteers[0].startDate")
        }
    }

    func testNewerSchemaIsRefusedAndLeftUnchanged() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let future = Data("{\"schemaVersion\": 99, \"volunteers\": [], \"spaceships\": []}".utf8)
        try future.write(to: url)
        XCTAssertThrowsError(try Store.open(at: url)) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(path: url.path, found: 99, supported: Register.currentSchemaVersion))
        }
        XCTAssertEqual(try Data(contentsOf: url), future)
    }

    func testMinimalEarlyFileLoadsWithDefaults() throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture("minimal-v1"), to: url)
        let store = try Store.open(at: url)
        let v = try XCTUnwrap(store.register.volunteers.first)
        XCTAssertEqual(v.name, "Søren Østergaard")
        XCTAssertEqual(v.emergencyContacts, [EmergencyContact(name: "Mette Østergaard", relation: "", phone: "+4530123456")])
        XCTAssertEqual(v.membership, .individual)
        XCTAssertTrue(store.register.events.isEmpty)
    }

    func testTwoWritersDoNotLoseEachOthersChanges() throws {
        let a = try Store.open(at: url)
        let b = try Store.open(at: url)
        try a.commit([.putVolunteer(Volunteer(name: "Fra A"))])
        try b.commit([.putVolunteer(Volunteer(name: "Fra B"))])
        let names = try Store.open(at: url).register.volunteers.map(\.name).sorted()
        XCTAssertEqual(names, ["Fra A", "Fra B"])
    }

    func testDeletingAVolunteerTakesAgreementsAndAttendance() throws {
        var register = sample()
        let id = register.volunteers[0].id
        XCTAssertEqual(register.deletionImpact(ofVolunteer: id).agreements.count, 1)
        try register.apply(.deleteVolunteer(id))
        XCTAssertTrue(register.agreements.isEmpty)
        XCTAssertEqual(register.events.count, 1, "the event stays")
        XCTAssertEqual(register.events[0].attendeeIDs, [])
    }

    func testDeletingAReferencedWorkplaceOrContactIsRefused() throws {
        var register = sample()
        let before = register
        XCTAssertThrowsError(try register.apply(.deleteWorkplace(register.workplaces[0].id))) { error in
            guard case RegisterError.stillReferenced(let refs) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(refs, [.agreement(register.agreements[0].id, volunteerName: "Søren Østergaard")])
        }
        XCTAssertThrowsError(try register.apply(.deleteContact(register.contacts[0].id)))
        XCTAssertEqual(register, before)
    }

    private func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).json")
    }
}
