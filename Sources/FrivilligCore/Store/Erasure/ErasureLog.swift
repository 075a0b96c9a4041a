import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What was erased, and when (`store.json.erasures`, JSON Lines): the date, the kind and
/// the number of records, never the person.
///
/// The records' ids are kept as well (random UUIDs that name no one): an erasure's are the
/// tombstones that make an erasure newer than any revision, so a form left open in
/// another window, an old export or a line replayed from a copy cannot bring the person
/// back (`RevisionMerge`).
struct ErasureLog {
    let file: URL

    struct Entry: Codable, Equatable {
        enum Kind: String, Codable {
            /// A volunteer erased, with their agreements.
            case erased = "volunteer"
            /// A volunteer anonymised: the record stays, so there is no tombstone.
            case anonymised = "anonymised-volunteer"
            /// A contact erased, with their record.
            case contact
            /// A bare emergency contact erased: their entries on the volunteers who listed
            /// them (`records` counts those volunteers). No record, so no tombstone.
            case relative = "emergency-contact"

            /// Whether the ids are records that are gone, and must stay gone.
            var isTombstone: Bool { self == .erased || self == .contact }
        }
        let at: Date
        let kind: Kind
        let records: Int
        let ids: [UUID]
        /// The erasure's own id, random, for one with no record ids to tell it by
        /// (`RelativeErasure`); nil for the others.
        let intent: UUID?

        init(at: Date, kind: Kind, records: Int, ids: Set<UUID>, intent: UUID? = nil) {
            self.at = at
            self.kind = kind
            self.records = records
            self.ids = ids.sorted { $0.uuidString < $1.uuidString }
            self.intent = intent
        }

        /// Whether this entry logs the same erasure as `other`.
        func isSameErasure(as other: Entry) -> Bool {
            kind == other.kind && ids == other.ids && intent == other.intent
        }
    }

    func entries() -> [Entry] {
        guard let data = try? Store.read(file.path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return data.split(separator: 0x0A).compactMap { try? decoder.decode(Entry.self, from: Data($0)) }
    }

    /// Every id erased so far (an anonymised record stays, and may be saved again).
    func erasedIDs() -> Set<UUID> {
        Set(entries().filter(\.kind.isTombstone).flatMap(\.ids))
    }

    /// Appends the entry, once: an erasure finished again after a crash is not logged twice.
    func append(_ entry: Entry, files: StoreFiles) throws(StoreError) {
        let existing = entries()
        guard !existing.contains(where: entry.isSameErasure) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var data = (try? Store.read(file.path)) ?? Data()
        if let last = data.last, last != 0x0A { data.append(0x0A) }
        guard let line = try? encoder.encode(entry) else { return }
        data.append(line + [0x0A])
        try AtomicFile.replace(file, with: data, backup: nil, files: files)
    }
}
