import Foundation
import FrivilligCore
import XCTest

/// `frivillig export public`: the open tasks and the association directory, in each
/// format, without any volunteer's personal data, and only what may be published.
final class CLIPublicListTests: XCTestCase {
    private var cli: CLIRunner!
    private static let id = TaskRankingFixture.id

    /// Søren (with all his data) is assigned to the reading task and a member of Ældre
    /// Sagen, which agreed to be listed; Besøgsvennerne did not. The closed task and the
    /// filled one are not published.
    static func register() -> Register {
        let soeren = Volunteer(id: id(1), name: "Søren Hemmelig", phones: ["+4520999999"], email: "soeren@privat.dk",
                               address: "Skjultvej 7", skills: ["højtlæsning"],
                               membership: Membership(kind: .association, name: "Ældre Sagen", associationID: id(50)),
                               emergencyContacts: [EmergencyContact(name: "Mette Pårørende", relation: "datter", phone: "+4530888888")],
                               notes: "Privat note")
        let place = Workplace(id: id(20), name: "Solgården", area: "ældre")
        let staff = Contact(id: id(40), name: "Lis Holm", kind: .staff, phone: "+4586123456", email: "lis@kommune.dk")
        let tasks = [
            VolunteerTask(id: id(30), title: "Højtlæsning", description: "Læs avis | blade", workplaceID: place.id, contactID: staff.id,
                          time: TaskTime(weekdays: [.tuesday], partsOfDay: [.morning]), wanted: 2, volunteerIDs: [soeren.id],
                          notes: "Søren Hemmelig er god til det"),
            VolunteerTask(id: id(31), title: "Havedag", wanted: 1, status: .closed),
            VolunteerTask(id: id(32), title: "Kaffe", wanted: 1, volunteerIDs: [soeren.id]),
        ]
        let associations = [
            Association(id: id(50), name: "Ældre Sagen", area: "ældre", phone: "+4533969696", web: "https://aeldresagen.dk",
                        notes: "Søren Hemmelig er medlem", listedSince: Day(year: 2026, month: 3, day: 1)),
            Association(id: id(51), name: "Besøgsvennerne", kind: .network),
        ]
        return Register(volunteers: [soeren], contacts: [staff], workplaces: [place], tasks: tasks, associations: associations)
    }

    override func setUpWithError() throws {
        cli = try CLIRunner()
        try StoreCodec.encode(Self.register()).write(to: cli.store)
    }

    override func tearDown() { cli.remove() }

    private var personalData: [String] {
        ["Søren", "Hemmelig", "20999999", "20 99 99 99", "soeren@privat.dk", "Skjultvej", "Mette", "30888888", "Privat note"]
    }

    func testNeitherListHoldsAVolunteersPersonalDataInAnyFormat() throws {
        for list in ["opgaver", "foreninger"] {
            for format in ["md", "html", "csv"] {
                let out = cli.home.appendingPathComponent("\(list).\(format)")
                let r = try cli.run(["export", "public", list, "--format", format, "--out", out.path])
                XCTAssertEqual(r.status, 0, r.stderr)
                let text = String(decoding: try Data(contentsOf: out), as: UTF8.self)
                for word in personalData { XCTAssertFalse(text.contains(word), "\(list).\(format) holds \(word)") }
                let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
                XCTAssertEqual(mode, 0o600)
            }
        }
    }

    func testTheTaskListHasTheOpenTasksStillShortOfVolunteers() throws {
        let r = try cli.run(["export", "public", "opgaver"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            # Opgaver til frivillige

            | Titel | Beskrivelse | Arbejdsplads | Område | Hvornår | Kompetencer | Frivillige søges | Kontaktperson |
            |---|---|---|---|---|---|---|---|
            | Højtlæsning | Læs avis \\| blade | Solgården | ældre | tir formiddag |  | 1 | Lis Holm, +4586123456, lis@kommune.dk |

            """)
    }

    func testTheDirectoryHasOnlyTheAssociationsThatAgreed() throws {
        let r = try cli.run(["export", "public", "associations", "--format", "html"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("<td>Ældre Sagen</td>"), r.stdout)
        XCTAssertTrue(r.stdout.contains("https://aeldresagen.dk"), r.stdout)
        XCTAssertFalse(r.stdout.contains("Besøgsvennerne"), r.stdout)
    }
}
