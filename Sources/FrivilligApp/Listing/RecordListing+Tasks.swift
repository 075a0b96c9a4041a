import Foundation
import FrivilligCore

extension RecordListing {
    public var taskHeaders: [String] { [l10n.field("title"), l10n.field("workplace"), l10n.field("status"), l10n.field("time"), l10n(.listWantedCount), l10n.field("volunteers")] }
    public var associationHeaders: [String] { [l10n.field("name"), l10n.field("kind"), l10n.field("area"), l10n.field("phone"), l10n.field("email"), l10n(.listMemberCount)] }

    /// The task bank, by title; a search looks in the title, description, skills and
    /// the workplace's name.
    public func tasks(_ query: SearchQuery) -> Table<VolunteerTask> {
        let places = Dictionary(register.workplaces.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let records = sortedByName(register.tasks.filter {
            matches(query, [$0.title, $0.description, $0.skills.joined(separator: ", "), $0.workplaceID.flatMap { places[$0] } ?? ""], phones: [])
        }, \.title)
        return Table(headers: taskHeaders, records: records) { taskRow($0, workplace: $0.workplaceID.flatMap { places[$0] } ?? "") }
    }

    public func taskRow(_ t: VolunteerTask, workplace: String) -> [String] {
        [t.title, workplace, l10n.taskStatus(t.status), l10n.taskTime(t.time), String(t.wanted), String(t.volunteerIDs.count)]
    }

    /// The associations and networks, by name, with how many volunteers are members.
    public func associations(_ query: SearchQuery) -> Table<Association> {
        let members = memberCountsByAssociation()
        let records = sortedByName(register.associations.filter {
            matches(query, [$0.name, $0.area, $0.email, $0.web], phones: [$0.phone])
        }, \.name)
        return Table(headers: associationHeaders, records: records) { associationRow($0, members: members[$0.id] ?? 0) }
    }

    public func associationRow(_ a: Association, members: Int) -> [String] {
        [a.name, l10n.associationKind(a.kind), a.area, Phone.display(a.phone), a.email, String(members)]
    }

    /// How many volunteers are members of each association.
    public func memberCountsByAssociation() -> [UUID: Int] {
        var members: [UUID: Int] = [:]
        for v in register.volunteers {
            if let id = v.membership.associationID { members[id, default: 0] += 1 }
        }
        return members
    }
}
