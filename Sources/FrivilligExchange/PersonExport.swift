import Foundation
import FrivilligCore

/// Everything the register holds about one volunteer, for a data-access request (indsigt,
/// GDPR article 15): their record with its emergency contacts, the workplaces, agreements
/// and recognition events that name them, their access requests, and their change history.
/// Their consent is part of the record.
///
/// The volunteer and agreements are encoded exactly as stored, so nothing kept is left
/// out of the answer; names of linked workplaces and contacts are added for the reader.
public struct PersonExport: Encodable, Sendable {
    public struct WorkplaceEntry: Encodable, Sendable {
        public let id: UUID
        public let name: String
    }

    public struct AgreementEntry: Encodable, Sendable {
        public let record: Agreement
        public let workplace: String?
        public let contact: String?
    }

    public struct EventEntry: Encodable, Sendable {
        public let id: UUID
        public let date: Day
        public let kind: EventKind
        public let title: String
        public let description: String
        public let giftValue: String
    }

    /// One line of the change history, without interface wording.
    public struct HistoryItem: Encodable, Sendable {
        public let at: Date
        public let kind: String
        public let fields: [String]?
        public let title: String?
        public let date: Day?
    }

    public let exportedOn: Day
    public let volunteer: Volunteer
    public let workplaces: [WorkplaceEntry]
    public let agreements: [AgreementEntry]
    public let events: [EventEntry]
    /// Their access requests as logged, this one included.
    public let accessRequests: [AccessRequest]
    public let history: [HistoryItem]

    /// Collects what `register` and `history` hold about `v`; `today` dates the answer.
    public init(volunteer v: Volunteer, in register: Register, history: [HistoryEntry], today: Day) {
        exportedOn = today
        volunteer = v
        workplaces = v.workplaceIDs.map { WorkplaceEntry(id: $0, name: register.workplace($0)?.name ?? "") }
        agreements = register.agreements.filter { $0.volunteerID == v.id }.map {
            AgreementEntry(record: $0, workplace: $0.workplaceID.flatMap(register.workplace)?.name,
                           contact: $0.contactID.flatMap(register.contact)?.name)
        }
        events = register.events.filter { $0.attendeeIDs.contains(v.id) }.sorted { $0.date < $1.date }.map {
            EventEntry(id: $0.id, date: $0.date, kind: $0.kind, title: $0.title, description: $0.description, giftValue: $0.giftValue)
        }
        accessRequests = register.accessRequests.filter { $0.volunteerID == v.id }.sorted { $0.received < $1.received }
        self.history = history.map(PersonExport.item)
    }

    static func item(_ e: HistoryEntry) -> HistoryItem {
        switch e.what {
        case .created: return HistoryItem(at: e.at, kind: "created", fields: nil, title: nil, date: nil)
        case .changed(let fields): return HistoryItem(at: e.at, kind: "changed", fields: fields, title: nil, date: nil)
        case .deleted: return HistoryItem(at: e.at, kind: "deleted", fields: nil, title: nil, date: nil)
        case .attended(let title, let day): return HistoryItem(at: e.at, kind: "attended", fields: nil, title: title, date: day)
        case .agreementSaved: return HistoryItem(at: e.at, kind: "agreement-saved", fields: nil, title: nil, date: nil)
        case .agreementDeleted: return HistoryItem(at: e.at, kind: "agreement-deleted", fields: nil, title: nil, date: nil)
        }
    }
}
