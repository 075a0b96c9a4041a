import Foundation
import FrivilligCore

/// The rows of each collection as people read them: sorted the Danish way (events newest
/// first), filtered by a Danish-aware search, each row as display texts.
///
/// Shared by `frivillig list` and the TUI's list screens so both show the same columns.
public struct RecordListing {
    /// Records with the header and the cell texts that show them. Rows are made on
    /// demand, so a screen can format just the rows it shows.
    public struct Table<Record: Encodable> {
        public let headers: [String]
        public let records: [Record]
        public let row: (Record) -> [String]

        public var rows: [[String]] { records.map(row) }
    }

    public let register: Register
    public let l10n: Localizer
    public let today: Day

    public init(register: Register, l10n: Localizer, today: Day) {
        self.register = register
        self.l10n = l10n
        self.today = today
    }

    public var volunteerHeaders: [String] { [l10n.field("name"), l10n.field("phone"), l10n.field("email"), l10n.field("status"), l10n.field("emergency-contacts")] }
    public var contactHeaders: [String] { [l10n.field("name"), l10n.field("kind"), l10n.field("organisation"), l10n.field("role"), l10n.field("phone"), l10n.field("email")] }
    public var workplaceHeaders: [String] { [l10n.field("name"), l10n.field("area"), l10n.field("address"), l10n.field("contacts"), l10n(.listVolunteerCount)] }
    public var agreementHeaders: [String] { [l10n.field("volunteer"), l10n.field("workplace"), l10n.field("agreement-status"), l10n.field("start-date"), l10n.field("review-date"), l10n(.listSigned)] }
    public var eventHeaders: [String] { [l10n.field("date"), l10n.field("kind"), l10n.field("title"), l10n.field("attendees")] }

    /// Pass the index when one is at hand; building it folds every name.
    public func volunteers(_ query: SearchQuery, index: VolunteerIndex? = nil) -> Table<Volunteer> {
        let all = register.volunteers
        let records = (index ?? VolunteerIndex(register)).search(query).map { all[$0] }
        return Table(
            headers: volunteerHeaders,
            records: records,
            row: volunteerRow)
    }

    public func volunteerRow(_ v: Volunteer) -> [String] {
        [v.name, v.primaryPhone.map(Phone.display) ?? "", v.email, l10n.status(v.status),
         v.emergencyContacts.first.map { "\($0.name) \(Phone.display($0.phone))" } ?? "–"]
    }

    public func contacts(_ query: SearchQuery) -> Table<Contact> {
        let records = sortedByName(register.contacts.filter {
            matches(query, [$0.name, $0.organisation, $0.role, $0.email], phones: [$0.phone])
        }, \.name)
        return Table(
            headers: contactHeaders,
            records: records,
            row: contactRow)
    }

    public func contactRow(_ c: Contact) -> [String] {
        [c.name, l10n.contactKind(c.kind), c.organisation, c.role, Phone.display(c.phone), c.email]
    }

    public func workplaces(_ query: SearchQuery) -> Table<Workplace> {
        let records = sortedByName(register.workplaces.filter {
            matches(query, [$0.name, $0.area, $0.address], phones: [])
        }, \.name)
        let counts = volunteerCountsByWorkplace()
        return Table(
            headers: workplaceHeaders,
            records: records,
            row: { workplaceRow($0, volunteers: counts[$0.id, default: 0]) })
    }

    public func workplaceRow(_ w: Workplace, volunteers: Int) -> [String] {
        let contacts = w.contactIDs.compactMap { register.contact($0)?.name }.joined(separator: ", ")
        return [w.name, w.area, w.address, contacts, String(volunteers)]
    }

    public func agreements(_ query: SearchQuery) -> Table<Agreement> {
        let names = Dictionary(register.volunteers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(register.workplaces.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let records = register.agreements
            .filter { matches(query, [names[$0.volunteerID] ?? "", $0.workplaceID.flatMap { places[$0] } ?? ""], phones: []) }
            .map { (SearchFold.sortKey(names[$0.volunteerID] ?? ""), $0) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
        return Table(
            headers: agreementHeaders,
            records: records,
            row: { agreementRow($0, volunteer: names[$0.volunteerID] ?? "?", workplace: $0.workplaceID.flatMap { places[$0] } ?? "") })
    }

    public func agreementRow(_ a: Agreement, volunteer: String, workplace: String) -> [String] {
        return [volunteer, workplace, l10n.agreementStatus(a.status(on: today)), l10n.date(a.startDate), l10n.date(a.reviewDate), signedBy(a)]
    }

    /// Who has signed, in words: "begge", "kun frivillig", "kun kontakt" or "ingen".
    public func signedBy(_ a: Agreement) -> String {
        switch (a.signedByVolunteer != nil, a.signedByContact != nil) {
        case (true, true): return l10n(.columnSignedBoth)
        case (true, false): return l10n(.columnSignedVolunteer)
        case (false, true): return l10n(.columnSignedContact)
        case (false, false): return l10n(.columnSignedNeither)
        }
    }

    public func events(_ query: SearchQuery) -> Table<RecognitionEvent> {
        let records = register.events
            .filter { matches(query, [$0.title, $0.description, l10n.eventKind($0.kind)], phones: []) }
            .sorted { ($0.date, $0.title) > ($1.date, $1.title) }
        return Table(
            headers: eventHeaders,
            records: records,
            row: eventRow)
    }

    public func eventRow(_ e: RecognitionEvent) -> [String] {
        [l10n.date(e.date), l10n.eventKind(e.kind), e.title, String(e.attendeeIDs.count)]
    }

    /// How many volunteers help at each workplace.
    public func volunteerCountsByWorkplace() -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for v in register.volunteers {
            for id in v.workplaceIDs { counts[id, default: 0] += 1 }
        }
        return counts
    }

    func matches(_ query: SearchQuery, _ texts: [String], phones: [String]) -> Bool {
        guard !query.isEmpty else { return true }
        if FoldedText(texts.joined(separator: "\n")).contains(query) { return true }
        guard let digits = query.phoneDigits, !digits.isEmpty else { return false }
        return phones.contains { Phone.searchDigits($0).contains(digits) }
    }

    func sortedByName<T>(_ items: [T], _ name: (T) -> String) -> [T] {
        items.map { (SearchFold.sortKey(name($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
