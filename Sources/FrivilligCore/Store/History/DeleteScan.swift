import Foundation

/// The ids that journal lines delete, so a row of an old export cannot bring back
/// someone deleted since. Read once, the first time a commit asks, by the lines' bytes
/// without decoding them: a delete is written `"change":{"id":"<uuid>","op":"delete…"}`
/// (keys sorted). Erased records (`ErasureLog`) count as deleted whatever revision a
/// put names, since their lines are gone from the journal and history.
final class DeleteScan {
    private let files: [URL]
    private let erasures: URL?
    private(set) lazy var ids: Set<UUID> = scan().union(erased)
    private(set) lazy var erased: Set<UUID> = erasures.map { ErasureLog(file: $0).erasedIDs() } ?? []

    init(files: [URL], erasures: URL? = nil) {
        self.files = files
        self.erasures = erasures
    }

    private func scan() -> Set<UUID> {
        let marker = Data(#""change":{"id":""#.utf8)
        let op = Data(#"","op":"delete"#.utf8)
        var ids: Set<UUID> = []
        for file in files {
            guard let data = try? Store.read(file.path) else { continue }
            var from = data.startIndex
            while let hit = data.range(of: marker, in: from..<data.endIndex) {
                let start = hit.upperBound, end = data.index(start, offsetBy: 36, limitedBy: data.endIndex) ?? data.endIndex
                if data[end...].starts(with: op), let id = UUID(uuidString: String(decoding: data[start..<end], as: UTF8.self)) {
                    ids.insert(id)
                }
                from = end
            }
        }
        return ids
    }
}
