import Foundation

/// Records that other records point at by name in a spreadsheet (workplaces, contacts),
/// indexed by folded name. A name two records share is written and read as the id
/// instead, so a link never lands on the wrong one of two "Plejecenter Solgården".
struct ImportNameIndex {
    private var ids: Set<UUID> = []
    private var byName: [String: [UUID]] = [:]
    private var keyOf: [UUID: String] = [:]

    init(_ records: [(id: UUID, name: String)]) {
        for record in records {
            ids.insert(record.id)
            let key = SpreadsheetImport.nameKey(record.name)
            byName[key, default: []].append(record.id)
            keyOf[record.id] = key
        }
    }

    /// Every record a cell could mean: the one with its id, or all with its name, so a
    /// message can say how many share it (none, or several).
    func candidates(_ text: String) -> [UUID] {
        if let id = UUID(uuidString: text), ids.contains(id) { return [id] }
        return byName[SpreadsheetImport.nameKey(text)] ?? []
    }

    /// Whether `text` is the name of the record with this id (which an export wrote as its
    /// name, though another record has it too).
    func names(_ id: UUID, _ text: String) -> Bool {
        keyOf[id] == SpreadsheetImport.nameKey(text)
    }

    /// The record a cell names: by id, or by a name exactly one record has.
    func resolve(_ text: String) -> UUID? {
        if let id = UUID(uuidString: text), ids.contains(id) { return id }
        let matches = byName[SpreadsheetImport.nameKey(text)] ?? []
        return matches.count == 1 ? matches[0] : nil
    }

    /// What an export writes for a link: the name, or the id when the name is shared.
    func label(_ id: UUID, name: String?) -> String {
        guard let name, byName[SpreadsheetImport.nameKey(name)]?.count == 1 else { return id.uuidString }
        return name
    }
}
