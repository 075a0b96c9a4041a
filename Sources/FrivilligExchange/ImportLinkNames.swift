import FrivilligCore

/// The records agreements, events and tasks name in their cells, indexed once per file.
struct ImportLinkNames {
    let volunteers: ImportNameIndex
    let workplaces: ImportNameIndex
    let contacts: ImportNameIndex

    init(_ register: Register) {
        volunteers = ImportNameIndex(register.volunteers.map { ($0.id, $0.name) })
        workplaces = ImportNameIndex(register.workplaces.map { ($0.id, $0.name) })
        contacts = ImportNameIndex(register.contacts.map { ($0.id, $0.name) })
    }
}
