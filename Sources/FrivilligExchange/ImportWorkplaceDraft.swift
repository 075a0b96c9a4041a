import Foundation
import FrivilligCore

/// A spreadsheet row read as a workplace. Matches an existing workplace with the same name
/// (or the same id): two places rarely share a name, and the name is all a sheet has.
struct WorkplaceDraft: ImportDraft {
    var id: UUID?
    var name: String
    var area: String?
    var address: String?
    var contactIDs: [UUID]?
    var guidelines: String?

    init(_ r: inout ImportRowReader, register: Register) {
        id = r.id()
        name = r.name()
        area = r.text(.area)
        address = r.address()
        contactIDs = r.references(.contacts, .unknownContact) { name in
            let matches = register.contacts.filter { SpreadsheetImport.sameName($0.name, name) }
            return matches.count == 1 ? matches[0].id : nil
        }
        guidelines = r.text(.guidelines)
    }

    func matches(_ w: Workplace) -> Bool { SpreadsheetImport.sameName(w.name, name) }

    func applied(to existing: Workplace?, now: Date) -> Workplace {
        var w = existing ?? Workplace(id: id ?? UUID(), name: name)
        w.name = name
        if let area { w.area = area }
        if let address { w.address = address }
        if let contactIDs { w.contactIDs = contactIDs }
        if let guidelines { w.guidelines = guidelines }
        return w
    }

    static func touched(_ w: Workplace, now: Date) -> Workplace { w }

    static func put(_ w: Workplace) -> Change { .putWorkplace(w) }
}
