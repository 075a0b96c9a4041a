import Foundation
@testable import FrivilligCore

/// One record of every kind with every field set: every list non-empty, every optional
/// present, every value other than its default, and texts with characters the JSON must
/// escape. What the demo generator leaves empty is checked here.
enum MaximalRecords {
    static let workplaceID = UUID(uuidString: "11111111-2222-3333-4444-555555555555")!
    static let contactID = UUID(uuidString: "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE")!
    static let volunteerID = UUID(uuidString: "0F0F0F0F-1E1E-2D2D-3C3C-4B4B4B4B4B4B")!
    static let taskID = UUID(uuidString: "7A5C0000-1111-2222-3333-444444444444")!
    static let associationID = UUID(uuidString: "A550C000-1111-2222-3333-444444444444")!

    static var task: VolunteerTask {
        var t = VolunteerTask(
            id: taskID, title: "Højtlæsning \"avis\"", description: "Læs\nhøjt", workplaceID: workplaceID, contactID: contactID,
            skills: ["højtlæsning", "tålmodighed"],
            time: TaskTime(weekdays: [.tuesday], partsOfDay: [.afternoon], from: day(2026, 5, 1), until: day(2026, 8, 31), ongoing: true),
            wanted: 3, status: .filled, volunteerIDs: [volunteerID], notes: "Note\t1")
        t.revision = 4
        return t
    }

    static var association: Association {
        var a = Association(
            id: associationID, name: "Ældre Sagen \\ Nord", kind: .network, area: "ældre", contactIDs: [contactID],
            phone: "+4533969696", email: "nord@example.dk", web: "https://example.dk/nord", address: "Torvet 1",
            notes: "Møde\nhver måned", listedSince: day(2026, 3, 1))
        a.revision = 2
        return a
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static var volunteer: Volunteer {
        var v = Volunteer(
            id: volunteerID, name: "Søren \"Sønne\" Ørsted", phones: ["+4520123456", "+46701234567"],
            email: "soeren@example.dk", address: "Vestergade 12, 1. th.\\bag", postalCode: "8000", city: "Aarhus C", birthDate: day(1950, 2, 28),
            status: .paused, statusChanged: day(2026, 3, 1), startDate: day(2019, 8, 15),
            skills: ["førstehjælp", "bil"], interests: ["natur", "læsning"],
            availability: Availability(weekdays: [.monday, .sunday], partsOfDay: [.morning, .evening], note: "formiddag\ttid"),
            workplaceIDs: [workplaceID], membership: Membership(kind: .association, name: "Ældresagen", associationID: associationID),
            emergencyContacts: [EmergencyContact(name: "Karen Ørsted", relation: "hustru", phone: "+4522334455")],
            consent: Consent(given: day(2019, 8, 1), scopes: [.register, .photos, .sharing], method: .written,
                             withdrawn: day(2026, 2, 3)), notes: "Linje 1\nLinje 2 \u{1}", tags: ["bil", "ny"],
            created: Date(timeIntervalSince1970: 1_600_000_000), updated: Date(timeIntervalSince1970: 1_700_000_123))
        v.revision = 7
        v.asked = [TaskAsk(taskID: taskID, day: day(2026, 11, 2))]
        v.birthYear = 1950
        v.anonymised = true
        v.statusPeriods = [StatusPeriod(.applicant, from: day(2019, 7, 1), to: day(2019, 8, 15)),
                           StatusPeriod(.active, from: day(2019, 8, 15), to: day(2026, 3, 1)), StatusPeriod(.paused, from: day(2026, 3, 1))]
        return v
    }

    static var contact: Contact {
        var c = Contact(id: contactID, name: "Lise Holm", kind: .association, organisation: "Plejecenter Solhaven",
                        role: "leder", phone: "+4587654321", email: "lise@example.dk", notes: "ring efter 10")
        c.revision = 2
        c.unlinkedSince = day(2025, 12, 31)
        return c
    }

    static var workplace: Workplace {
        var w = Workplace(id: workplaceID, name: "Solhaven", area: "ældre", address: "Solvej 1, 8000 Aarhus C",
                          contactIDs: [contactID], guidelines: "Ingen personlig pleje.", worksWithChildren: true)
        w.revision = 4
        return w
    }

    static var agreement: Agreement {
        let check = { (note: String) in
            CertificateCheck(required: true, consentRequested: day(2026, 1, 2), received: day(2026, 1, 20),
                             outcome: .remarksAssessedOK, assessedBy: "Lise \"leder\"", note: note)
        }
        var a = Agreement(
            id: UUID(uuidString: "99999999-8888-7777-6666-555555555555")!, volunteerID: volunteerID,
            workplaceID: workplaceID, contactID: contactID, allowedTasks: "kaffe", forbiddenTasks: "medicin",
            startDate: day(2026, 1, 1), reviewDate: day(2027, 1, 1), endDate: day(2028, 1, 1),
            signedByVolunteer: day(2026, 1, 3), signedByContact: day(2026, 1, 4), confidentialityExplained: true,
            dutyToReportExplained: true, insuranceExplained: true, expenses: "kørsel", regularAttachment: false,
            childCheck: check("børn"),
            criminalCheck: check("straf"), notes: "noter")
        a.revision = 5
        return a
    }

    static var event: RecognitionEvent {
        var e = RecognitionEvent(
            id: UUID(uuidString: "12345678-9ABC-DEF0-1234-56789ABCDEF0")!, date: day(2026, 6, 20), kind: .themeDay,
            title: "Sommerudflugt", description: "Til Mols", attendeeIDs: [volunteerID], giftValue: "150 kr.",
            notes: "bus")
        e.revision = 6
        return e
    }

    static var accessRequest: AccessRequest {
        var r = AccessRequest(
            id: UUID(uuidString: "ACCE5500-0000-4000-8000-000000000015")!, volunteerID: volunteerID, name: "Søren \"Sønne\" Ørsted",
            received: day(2026, 9, 30), extensionReason: "mange\tfiler", answered: day(2026, 12, 1), answerFile: "/tmp/svar \\ søren.txt")
        r.revision = 3
        return r
    }

    /// Every setting away from its default.
    static let settings = Settings(childCheckRenewalYears: 2, returnNeedsNewCheck: false, returnGapMonths: 18,
                                   occasionalAfterMonths: 4, occasionalWithinWeeks: 2, anonymiseStoppedMonths: 18,
                                   anonymisePausedMonths: 36, eraseDeclinedMonths: 3, eraseContactsMonths: 12, historyMonths: 60)

    static var register: Register {
        var r = Register(volunteers: [volunteer], contacts: [contact], workplaces: [workplace], agreements: [agreement],
                         events: [event], tasks: [task], associations: [association], settings: settings)
        r.accessRequests = [accessRequest]
        return r
    }

    /// Records with only what is required, each field at its default: what a maximal
    /// record must differ from in every field.
    static let blankVolunteer = Volunteer(id: StoreReader.placeholderID, name: "", created: Date(timeIntervalSince1970: 0))
    static let blankContact = Contact(id: StoreReader.placeholderID, name: "", kind: .staff)
    static let blankWorkplace = Workplace(id: StoreReader.placeholderID, name: "")
    static let blankAgreement = Agreement(id: StoreReader.placeholderID, volunteerID: StoreReader.placeholderID)
    static let blankEvent = RecognitionEvent(id: StoreReader.placeholderID, date: Day(ordinal: 0), kind: .gathering)
    static let blankAccessRequest = AccessRequest(id: StoreReader.placeholderID, name: "", received: Day(ordinal: 0))
    static let blankTask = VolunteerTask(id: StoreReader.placeholderID, title: "")
    static let blankAssociation = Association(id: StoreReader.placeholderID, name: "")
}
