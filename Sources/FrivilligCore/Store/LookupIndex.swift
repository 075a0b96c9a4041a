import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `store.json.index`: a derived file that lets the emergency lookup (`frivillig ice`)
/// answer without loading the register: each volunteer's folded search fields and what
/// the lookup shows (name, status, phones, emergency contacts), in Danish name order.
///
/// It is written with every new snapshot and describes that snapshot only; changes saved
/// since are read from the journal and laid over it. It is trusted only while the
/// snapshot has the identity it records (`SnapshotIdentity`), the journal names the same
/// snapshot, no compaction is half-way, and its own checksum holds; otherwise `search`
/// returns nil and the caller loads the store the straightforward way. Searching uses the
/// same matching code as `VolunteerIndex`, and tests compare the two answers on demo
/// stores, with and without journals, so the shortcut never gives another answer.
///
/// Like the backups, it holds personal data: 0600, and deleting it loses nothing.
public enum LookupIndex {
    /// One volunteer as the emergency lookup shows them.
    public struct Person: Equatable, Sendable {
        public let id: UUID
        public let name: String
        public let status: VolunteerStatus
        public let phones: [String]
        public let emergencyContacts: [EmergencyContact]

        public var primaryPhone: String? { phones.first }

        public init(_ v: Volunteer) {
            id = v.id
            name = v.name
            status = v.status
            phones = v.phones
            emergencyContacts = v.emergencyContacts
        }

        init(id: UUID, name: String, status: VolunteerStatus, phones: [String], emergencyContacts: [EmergencyContact]) {
            self.id = id
            self.name = name
            self.status = status
            self.phones = phones
            self.emergencyContacts = emergencyContacts
        }
    }

    static let magic = Array("FRVLKP02".utf8)

    public static func url(forStore store: URL) -> URL {
        store.appendingPathExtension("index")
    }

    /// The records of an index, built before the snapshot they describe exists (on the
    /// second core while the snapshot is written) and written once it does.
    struct Prepared: Sendable {
        let count: Int
        let body: [UInt8]
        let checksum: UInt64

        init(_ volunteers: [Volunteer]) {
            let index = VolunteerIndex(volunteers)
            var w = ByteWriter()
            for position in index.sortedOrder {
                LookupRecord.write(volunteers[position], fields: index.fields(of: position), position: position, into: &w)
            }
            count = volunteers.count
            body = w.bytes
            checksum = w.bytes.withUnsafeBytes(Journal.wideHash)
        }
    }

    /// Writes the index of the snapshot at `store` (just written, named `fingerprint`).
    /// Best effort: an index that cannot be written only means the next lookup takes
    /// the slow path. Not fsynced: after a power cut a torn index fails its checksum and
    /// is ignored.
    static func write(_ prepared: Prepared, store: URL, fingerprint: String) {
        guard let identity = SnapshotIdentity(path: store.path) else { return }
        var header = ByteWriter()
        header.raw(magic)
        for field in identity.fields { header.u64(field) }
        header.text(fingerprint)
        header.u64(UInt64(prepared.count))
        header.u64(UInt64(prepared.body.count))
        header.u64(prepared.checksum)
        let target = url(forStore: store).path
        let tmp = target + ".tmp-\(getpid())"
        let fd = Glibc.open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let written = AtomicFile.writeAll(fd, header.bytes) && AtomicFile.writeAll(fd, prepared.body) && fchmod(fd, 0o600) == 0
        close(fd)
        if !written || rename(tmp, target) != 0 { unlink(tmp) }
    }

    /// The volunteers `query` finds in the store at `store`, in the order
    /// `VolunteerIndex.search` gives, or nil when the index cannot be trusted.
    public static func search(_ query: SearchQuery, store: URL) -> [Person]? {
        guard let files = readFiles(store: store) else { return nil }
        return files.index.withUnsafeBytes { raw -> [Person]? in
            try? search(query, index: raw, journal: files.journal, store: store)
        }
    }

    /// The index and the journal, read together under the store's shared lock, so no
    /// compaction can run in between; nil when the index does not describe the snapshot.
    private static func readFiles(store: URL) -> (index: Data, journal: Data?)? {
        let lock = Store.sharedLock(at: store.path + ".lock")
        defer { if let lock { close(lock) } }
        guard !FileManager.default.fileExists(atPath: store.appendingPathExtension("compacting").path),
              let identity = SnapshotIdentity(path: store.path),
              let index = try? Data(contentsOf: url(forStore: store), options: .alwaysMapped) else { return nil }
        let stored = index.withUnsafeBytes { raw -> SnapshotIdentity? in
            var r = ByteReader(raw, at: magic.count)
            guard raw.count > magic.count, raw.prefix(magic.count).elementsEqual(magic),
                  let fields = try? (0..<7).map({ _ in try r.u64() }) else { return nil }
            return SnapshotIdentity(fields: fields)
        }
        guard stored == identity else { return nil }
        let journalURL = store.appendingPathExtension("journal")
        guard FileManager.default.fileExists(atPath: journalURL.path) else { return (index, nil) }
        guard let journal = try? Data(contentsOf: journalURL) else { return nil }
        return (index, journal)
    }

    private static func search(_ query: SearchQuery, index raw: UnsafeRawBufferPointer, journal: Data?, store: URL) throws -> [Person]? {
        var r = ByteReader(raw, at: magic.count + 7 * 8)
        let fingerprint = try r.string()
        let count = Int(try r.u64())
        let bodyLength = Int(try r.u64())
        let checksum = try r.u64()
        guard r.position + bodyLength == raw.count else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[r.position...])
        guard Journal.wideHash(body) == checksum else { return nil }

        var overlay = LookupOverlay(fileCount: count)
        if let journal {
            guard let contents = try? Journal.parse(journal, path: "", startsAtHeader: true),
                  contents.header?.snapshot == fingerprint else { return nil }
            guard overlay.apply(contents.entries.map(\.change), fileIDs: { try fileIDs(body, count: count) }) else { return nil }
        }

        var hits: [LookupHit] = []
        let scanned: Bool = try VolunteerIndex.withNeedles(query) { needles in
            var reader = ByteReader(body)
            for _ in 0..<count {
                let record = try LookupRecord(&reader)
                guard overlay.current.isEmpty || !overlay.touches(record.id) else { continue }
                if let bucket = query.isEmpty ? 0 : record.bucket(needles) {
                    hits.append(LookupHit(bucket: bucket, position: record.position, source: .file(record.start)))
                }
            }
            guard reader.atEnd else { return false }
            for (id, change) in overlay.current {
                guard let volunteer = change.volunteer else { continue }
                if let bucket = query.isEmpty ? 0 : LookupRecord.bucket(VolunteerIndex.Entry(volunteer), needles) {
                    hits.append(LookupHit(bucket: bucket, position: change.position, source: .journal(id)))
                }
            }
            return true
        }
        guard scanned else { return nil }
        if overlay.current.isEmpty {
            hits = (0..<4).flatMap { bucket in hits.filter { $0.bucket == bucket } }
        } else {
            try sortLikeVolunteerIndex(&hits, body: body, overlay: overlay)
        }
        return try hits.map { hit in
            switch hit.source {
            case .file(let start):
                var at = ByteReader(body, at: start)
                return try LookupRecord(&at).person()
            case .journal(let id):
                return Person(overlay.current[id]!.volunteer!)
            }
        }
    }

    /// Buckets first, then Danish name order, then position in the register: the order
    /// `VolunteerIndex.search` gives. Only needed once the journal has added or moved
    /// someone; otherwise the file's own order already is the order within a bucket.
    private static func sortLikeVolunteerIndex(_ hits: inout [LookupHit], body: UnsafeRawBufferPointer, overlay: LookupOverlay) throws {
        let keys: [String] = try hits.map { hit in
            switch hit.source {
            case .file(let start):
                var at = ByteReader(body, at: start)
                return try LookupRecord(&at).sortKey()
            case .journal(let id):
                return SearchFold.sortKey(overlay.current[id]!.volunteer!.name)
            }
        }
        let order = hits.indices.sorted { a, b in
            if hits[a].bucket != hits[b].bucket { return hits[a].bucket < hits[b].bucket }
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return hits[a].position < hits[b].position
        }
        hits = order.map { hits[$0] }
    }

    private static func fileIDs(_ body: UnsafeRawBufferPointer, count: Int) throws -> [UUID: Int] {
        var ids: [UUID: Int] = [:]
        var reader = ByteReader(body)
        for _ in 0..<count {
            let record = try LookupRecord(&reader)
            ids[record.id] = record.position
        }
        return ids
    }
}

/// One hit before it becomes a `Person`: where its record is, and how to order it.
private struct LookupHit {
    enum Source {
        case file(Int)
        case journal(UUID)
    }

    let bucket: Int
    let position: Int
    let source: Source
}
