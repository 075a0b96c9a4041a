import Foundation

/// Earlier revisions of records, as the journal and its history saved them: a change
/// made from an old revision (an export read in later, a long-lived copy) is merged
/// against the version it was made from instead of every field that differs being
/// taken for a conflict. Read only when a merge needs it.
final class RevisionHistory {
    private let files: [URL]
    private lazy var decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    init(files: [URL]) {
        self.files = files
    }

    /// The record with `id` as it was saved at `revision`, if a journal line holds it.
    func record<T: Revisioned>(_ id: UUID, revision: Int) -> T? {
        let needle = Data(id.uuidString.utf8)
        for file in files {
            guard let data = try? Store.read(file.path) else { continue }
            var from = data.startIndex
            while let hit = data.range(of: needle, in: from..<data.endIndex) {
                let start = data[..<hit.lowerBound].lastIndex(of: 0x0A).map { data.index(after: $0) } ?? data.startIndex
                let end = data[hit.upperBound...].firstIndex(of: 0x0A) ?? data.endIndex
                from = end
                guard let entry = try? decoder.decode(Journal.Entry.self, from: data[start..<end]),
                      entry.change.putRecord.map({ $0.id == id && $0.revision == revision }) == true else { continue }
                if let record = entry.change.record as? T { return record }
            }
        }
        return nil
    }
}
