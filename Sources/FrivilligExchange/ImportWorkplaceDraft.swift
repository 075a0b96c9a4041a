import Foundation
import FrivilligCore

/// A spreadsheet row read as a workplace. Matches an existing workplace with the same name
/// (or the same id): two places rarely share a name, and the name is all a sheet has.
struct WorkplaceDraft: ImportDraft {
    var id: UUID?
    var revision: Int?
    var name: String
    var area: String?
    var address: String?
    var contactIDs: [UUID]?
    var guidelines: String?
    var worksWithChildren: Bool?

    init(_ r: inout ImportRowReader, contacts: ImportNameIndex) {
        id = r.id()
        revision = r.parsed(.revision, .revision, ImportValues.revision)
        name = r.name()
        area = r.text(.area)
        address = r.address()
        contactIDs = r.references(.contacts, .unknownContact, lookup: contacts.resolve)
        guidelines = r.text(.guidelines)
        worksWithChildren = r.parsed(.worksWithChildren, .yesNo, ImportValues.yesNo)
    }

    static func name(of w: Workplace) -> String { w.name }

    /// The name is all a sheet has for a place, so the same name is the same workplace.
    func matches(_ w: Workplace) -> Bool { true }

    func applied(to existing: Workplace?, now: Date) -> Workplace {
        var w = existing ?? Workplace(id: id ?? UUID(), name: name)
        w.name = name
        if let area { w.area = area }
        if let address { w.address = address }
        if let contactIDs { w.contactIDs = contactIDs }
        if let guidelines { w.guidelines = guidelines }
        if let worksWithChildren { w.worksWithChildren = worksWithChildren }
        return w
    }

    static func touched(_ w: Workplace, now: Date) -> Workplace { w }

    static func put(_ w: Workplace) -> Change { .putWorkplace(w) }
}
