import XCTest
@testable import FrivilligCore

final class RegisterCheckTests: XCTestCase {
    private let created = Date(timeIntervalSince1970: 0)
    private let start = Day(year: 2024, month: 1, day: 15)!

    private func person(_ name: String, phone: String = "+4520123456", email: String = "") -> Volunteer {
        Volunteer(name: name, phones: [phone], email: email, created: created)
    }

    /// A small register where every reference resolves and every value is in stored form.
    private func cleanRegister() -> Register {
        let contact = Contact(name: "Mette Kjær", kind: .staff, phone: "+4531313131", email: "mette@kommune.example.dk")
        let workplace = Workplace(name: "Plejecenter Solgården", area: "ældre", contactIDs: [contact.id])
        var soeren = person("Søren Jensen", email: "soeren.jensen@example.dk")
        soeren.workplaceIDs = [workplace.id]
        soeren.emergencyContacts = [EmergencyContact(name: "Åse Jensen", relation: "datter", phone: "+4540404040")]
        let aase = person("Åse Østergaard", phone: "+4521212121")
        let agreement = Agreement(
            volunteerID: soeren.id, workplaceID: workplace.id, contactID: contact.id, startDate: start,
            reviewDate: start.adding(years: 1), endDate: start.adding(years: 2))
        let event = RecognitionEvent(date: start, kind: .excursion, title: "Sommerudflugt til Skagen", attendeeIDs: [soeren.id, aase.id])
        return Register(volunteers: [soeren, aase], contacts: [contact], workplaces: [workplace], agreements: [agreement], events: [event])
    }

    private func issues(_ register: Register) -> [RegisterProblem.Issue] {
        RegisterCheck.problems(in: register).map(\.issue)
    }

    func testACleanRegisterHasNoProblems() {
        XCTAssertEqual(RegisterCheck.problems(in: cleanRegister()), [])
        XCTAssertEqual(RegisterCheck.problems(in: Register()), [])
    }

    func testDanglingReferencesAreReportedOnTheRecordThatPointsAtNothing() {
        var register = cleanRegister()
        let gone = UUID()
        register.volunteers[1].workplaceIDs = [gone]
        register.workplaces[0].contactIDs.append(gone)
        register.agreements[0].volunteerID = gone
        register.agreements[0].workplaceID = gone
        register.agreements[0].contactID = gone
        register.events[0].attendeeIDs.append(gone)
        let problems = RegisterCheck.problems(in: register)
        let aase = register.volunteers[1], workplace = register.workplaces[0]
        XCTAssertEqual(problems, [
            RegisterProblem(record: .init(kind: .volunteer, id: aase.id, name: aase.name), issue: .missingWorkplace(gone)),
            RegisterProblem(record: .init(kind: .workplace, id: workplace.id, name: workplace.name), issue: .missingContact(gone)),
            RegisterProblem(record: .init(kind: .agreement, id: register.agreements[0].id, name: ""), issue: .missingVolunteer(gone)),
            RegisterProblem(record: .init(kind: .agreement, id: register.agreements[0].id, name: ""), issue: .missingWorkplace(gone)),
            RegisterProblem(record: .init(kind: .agreement, id: register.agreements[0].id, name: ""), issue: .missingContact(gone)),
            RegisterProblem(
                record: .init(kind: .event, id: register.events[0].id, name: "Sommerudflugt til Skagen"), issue: .missingAttendee(gone)),
        ])
    }

    func testTasksAndAssociationsPointingAtNothingAreReported() {
        var register = cleanRegister()
        let gone = UUID()
        let task = VolunteerTask(title: "Højtlæsning", workplaceID: gone, contactID: gone, volunteerIDs: [register.volunteers[0].id, gone])
        let association = Association(name: "Ældre Sagen", contactIDs: [register.contacts[0].id, gone])
        register.tasks = [task]
        register.associations = [association]
        register.volunteers[0].membership = Membership(kind: .association, name: "Røde Kors", associationID: gone)
        let soeren = register.volunteers[0]
        XCTAssertEqual(RegisterCheck.problems(in: register), [
            RegisterProblem(record: .init(kind: .volunteer, id: soeren.id, name: soeren.name), issue: .missingAssociation(gone)),
            RegisterProblem(record: .init(kind: .task, id: task.id, name: "Højtlæsning"), issue: .missingWorkplace(gone)),
            RegisterProblem(record: .init(kind: .task, id: task.id, name: "Højtlæsning"), issue: .missingContact(gone)),
            RegisterProblem(record: .init(kind: .task, id: task.id, name: "Højtlæsning"), issue: .missingVolunteer(gone)),
            RegisterProblem(record: .init(kind: .association, id: association.id, name: "Ældre Sagen"), issue: .missingContact(gone)),
        ])
    }

    func testAgreementsAreNamedByTheirVolunteer() {
        var register = cleanRegister()
        register.agreements[0].endDate = start.adding(days: -1)
        XCTAssertEqual(RegisterCheck.problems(in: register).map(\.record.name), ["Søren Jensen"])
    }

    func testIdsUsedTwiceAreReportedOnTheLaterRecordOfEachKind() {
        var register = cleanRegister()
        register.volunteers.append(register.volunteers[0])
        register.volunteers[2].name = "Bjørn Bæk"
        register.volunteers[2].email = ""
        register.contacts.append(register.contacts[0])
        register.contacts[1].name = "Kirsten Lund"
        register.workplaces.append(register.workplaces[0])
        register.agreements.append(register.agreements[0])
        register.events.append(register.events[0])
        let problems = RegisterCheck.problems(in: register)
        XCTAssertEqual(problems.map(\.issue), Array(repeating: .duplicateID, count: 5))
        XCTAssertEqual(problems.map(\.record.kind), [.volunteer, .contact, .workplace, .agreement, .event])
        XCTAssertEqual(problems.first?.record.name, "Bjørn Bæk")
    }

    func testEmptyNamesOfPeopleAndPlaces() {
        var register = cleanRegister()
        register.volunteers[1].name = "  "
        register.contacts[0].name = ""
        register.workplaces[0].name = "\t"
        XCTAssertEqual(issues(register), [.emptyName, .emptyName, .emptyName])
    }

    func testPhonesNotInStoredFormAndInvalidEmails() {
        var register = cleanRegister()
        register.volunteers[0].phones = ["+4520123456", "20 12 34 57"]
        register.volunteers[0].emergencyContacts[0].phone = "0045 40404040"
        register.volunteers[1].email = "aase@"
        register.contacts[0].phone = "12345"
        register.contacts[0].email = "mette kjaer@kommune.dk"
        XCTAssertEqual(issues(register), [
            .phoneNotNormalised("20 12 34 57"), .phoneNotNormalised("0045 40404040"), .invalidEmail("aase@"),
            .phoneNotNormalised("12345"), .invalidEmail("mette kjaer@kommune.dk"),
        ])
    }

    func testEmergencyContactsWithoutNameOrPhone() {
        var register = cleanRegister()
        register.volunteers[0].emergencyContacts = [
            EmergencyContact(name: "Per", phone: "+4540404040"),
            EmergencyContact(name: " ", phone: "+4541414141"),
            EmergencyContact(name: "Lis", phone: ""),
            EmergencyContact(name: "", phone: " "),
        ]
        XCTAssertEqual(issues(register), [
            .emergencyContactWithoutName(index: 1), .emergencyContactWithoutPhone(index: 2),
            .emergencyContactWithoutName(index: 3), .emergencyContactWithoutPhone(index: 3),
        ])
    }

    func testAgreementDatesInTheWrongOrder() {
        var register = cleanRegister()
        register.agreements[0].endDate = start.adding(days: -1)
        register.agreements[0].reviewDate = start.adding(days: -2)
        XCTAssertEqual(issues(register), [
            .endBeforeStart(start: start, end: start.adding(days: -1)),
            .reviewBeforeStart(start: start, review: start.adding(days: -2)),
        ])
        register.agreements[0].endDate = start
        register.agreements[0].reviewDate = start
        XCTAssertEqual(issues(register), [])
    }

    func testSameNameAndPhoneIsALikelyDuplicateWhateverTheSpelling() {
        var register = cleanRegister()
        let again = person("  SØREN jensen ", phone: "20 12 34 56")
        let keyboard = person("Soren Jensen", phone: "+4520123456")
        register.volunteers += [again, person("Søren Jensen", phone: "+4599999999"), keyboard, person("Søren Jensen Bæk")]
        let first = register.volunteers[0]
        let record = { (v: Volunteer) in RegisterProblem.Record(kind: .volunteer, id: v.id, name: v.name) }
        XCTAssertEqual(RegisterCheck.problems(in: register).filter { $0.issue != .phoneNotNormalised("20 12 34 56") }, [
            RegisterProblem(record: record(again), issue: .likelyDuplicate(of: record(first), because: .sameNameAndPhone("+4520123456"))),
            RegisterProblem(record: record(keyboard), issue: .likelyDuplicate(of: record(first), because: .sameNameAndPhone("+4520123456"))),
            RegisterProblem(record: record(keyboard), issue: .likelyDuplicate(of: record(again), because: .sameNameAndPhone("+4520123456"))),
        ])
    }

    func testSameEmailIsALikelyDuplicateAndEachPairIsReportedOnce() {
        var register = cleanRegister()
        register.volunteers.append(person("Søren Jensen", email: "Soeren.Jensen@example.dk"))
        register.volunteers.append(person("S. Jensen", phone: "+4528282828", email: "soeren.jensen@example.dk"))
        let found = issues(register)
        let ids = register.volunteers.map(\.id)
        XCTAssertEqual(found.count, 3)
        guard found.count == 3,
              case .likelyDuplicate(let a, .sameNameAndPhone) = found[0],
              case .likelyDuplicate(let b, .sameEmail("soeren.jensen@example.dk")) = found[1],
              case .likelyDuplicate(let c, .sameEmail("soeren.jensen@example.dk")) = found[2]
        else { return XCTFail("\(found)") }
        XCTAssertEqual([a.id, b.id, c.id], [ids[0], ids[0], ids[2]])
    }

    func testACopiedVolunteerInALargeRegisterIsTheOnlyProblem() {
        var register = DemoGenerator(seed: 5, volunteers: 5_000, today: Day(year: 2025, month: 3, day: 10)!).make()
        register.volunteers.append(register.volunteers[4_999])
        XCTAssertEqual(RegisterCheck.problems(in: register).map(\.issue), [.duplicateID])
    }
}
