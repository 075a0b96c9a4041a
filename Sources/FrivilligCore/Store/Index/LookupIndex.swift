import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `store.json.index`: a derived file that lets the emergency lookup (`frivillig ice`)
/// answer without loading the register: each volunteer's folded search fields and what
/// the lookup shows (name, status, phones, emergency contacts, what tells them apart), in
/// Danish name order, after a table of the workplaces they point into.
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
    /// One volunteer as the emergency lookup shows them, with what tells them apart
    /// from others of the same name.
    public struct Person: Equatable, Sendable {
        public let id: UUID
        public let name: String
        public let status: VolunteerStatus
        public let phones: [String]
        public let emergencyContacts: [EmergencyContact]
        public let particulars: Particulars

        public var primaryPhone: String? { phones.first }

        public init(_ v: Volunteer, workplaceNames: [UUID: String]) {
            id = v.id
            name = v.name
            status = v.status
            phones = v.phones
            emergencyContacts = v.emergencyContacts
            particulars = Particulars(v, workplaceNames: workplaceNames)
        }

        init(id: UUID, name: String, status: VolunteerStatus, phones: [String], emergencyContacts: [EmergencyContact],
             particulars: Particulars) {
            self.id = id
            self.name = name
            self.status = status
            self.phones = phones
            self.emergencyContacts = emergencyContacts
            self.particulars = particulars
        }
    }

    /// The answer of the loaded register, which the index must give: the volunteers
    /// `query` finds, anonymised ones left out, in `VolunteerIndex.search`'s order.
    public static func search(_ query: SearchQuery, in register: Register) -> [Person] {
        let names = register.workplaceNames
        let volunteers = register.volunteers
        return VolunteerIndex(volunteers, workplaceNames: names).search(query, includingAnonymised: false)
            .map { Person(volunteers[$0], workplaceNames: names) }
    }

    /// The format's name and version: an index of another version is not this
    /// program's to read, so the lookup takes the slow path and writes a new one.
    static let magic = Array("FRVLKP03".utf8)

    /// The records of an index, written to a temporary file before the snapshot they
    /// describe exists (on the second core while the snapshot is written) and put in
    /// place once it does. Records go out a megabyte at a time, folded one volunteer at a
    /// time, so a compaction holds neither the folded text of everyone nor the file.
    struct Prepared: Sendable {
        let temporaryPath: String
        let count: Int
        let bodyLength: Int
        let checksum: UInt64

        /// Nil when the temporary file cannot be written.
        init?(_ register: Register, store: URL) {
            let volunteers = register.volunteers
            let files = StoreFiles(snapshot: store)
            let path = files.temporary(for: files.index)
            let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var hasher = WideHasher()
            var length = 0
            var w = ByteWriter()
            var ok = lseek(fd, off_t(LookupIndex.headerSize), SEEK_SET) >= 0
            func flush() {
                guard ok else { return }
                ok = AtomicFile.writeAll(fd, w.bytes)
                hasher.update(w.bytes)
                length += w.bytes.count
                w = ByteWriter()
            }
            let workplaces = LookupWorkplaces.Plan(register)
            workplaces.write(into: &w)
            for position in VolunteerIndex.nameOrder(volunteers) where ok {
                let v = volunteers[position]
                LookupRecord.write(v, fields: VolunteerIndex.Entry(v).fields[...], places: v.workplaceIDs.map { workplaces.places[$0]! },
                                   position: position, into: &w)
                if w.bytes.count >= 1 << 20 { flush() }
            }
            flush()
            guard ok, fchmod(fd, 0o600) == 0 else {
                unlink(path)
                return nil
            }
            temporaryPath = path
            count = volunteers.count
            bodyLength = length
            checksum = hasher.finish()
        }

        func discard() {
            unlink(temporaryPath)
        }
    }

    /// Magic, the snapshot's identity, its fingerprint (`w4:` and 16 hex digits), the
    /// record count, the body's length and checksum; the body follows: the workplace
    /// table (`LookupWorkplaces`), then the records (`LookupRecord`).
    static let headerSize = 8 + 7 * 8 + (4 + 19) + 3 * 8

    /// Puts the index of the snapshot at `store` (just written, named `fingerprint`) in
    /// place. Best effort: an index that cannot be written only means the next lookup
    /// takes the slow path. Not fsynced: after a power cut a torn index fails its
    /// checksum and is ignored.
    @discardableResult
    static func write(_ prepared: Prepared?, store: URL, fingerprint: String) -> Bool {
        guard let prepared else { return false }
        guard fingerprint.utf8.count == 19, let identity = SnapshotIdentity(path: store.path) else {
            prepared.discard()
            return false
        }
        var header = ByteWriter()
        header.raw(magic)
        for field in identity.fields { header.u64(field) }
        header.text(fingerprint)
        header.u64(UInt64(prepared.count))
        header.u64(UInt64(prepared.bodyLength))
        header.u64(prepared.checksum)
        let fd = Glibc.open(prepared.temporaryPath, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            prepared.discard()
            return false
        }
        let written = header.bytes.count == headerSize && header.bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == headerSize
        close(fd)
        guard written, rename(prepared.temporaryPath, StoreFiles(snapshot: store).index.path) == 0 else {
            prepared.discard()
            return false
        }
        return true
    }

    /// The volunteers `query` finds in the store at `store`, as `search(_:in:)` finds
    /// them in its register, or nil when the index cannot be trusted.
    /// The store's real path is resolved as `Store.open` does; any link beside it, or an
    /// index or journal that is not a regular file, sends the caller the slow way, where
    /// `Store.open` says what is wrong.
    public static func search(_ query: SearchQuery, store: URL) -> [Person]? {
        withHits(query, store: store) { found in
            try found.hits.map { hit in
                switch hit.source {
                case .file(let start):
                    var at = ByteReader(found.body, at: start)
                    return try LookupRecord(&at).person(workplaceNames: found.names)
                case .journal(let id):
                    return Person(found.overlay.current[id]!.volunteer!, workplaceNames: found.namesByID)
                }
            }
        }
    }

    /// Shows each volunteer `search(_:store:)` would return, in its order, as a card read
    /// in place from the index (a volunteer saved since the snapshot from the journal),
    /// without making a `Person` of anyone: what `frivillig ice` prints from. Returns the
    /// number of cards shown, or nil, having shown none, when the index cannot be trusted:
    /// every hit is checked (lengths, UTF-8, birth year, workplace places) before the first
    /// is shown. A card's bytes live only during the call of `show` it is passed to.
    public static func forEachCard(_ query: SearchQuery, store: URL, _ show: (LookupCard) -> Void) -> Int? {
        withHits(query, store: store) { found in
            let names = LookupCard.WorkplaceNames(found.names)
            for hit in found.hits {
                switch hit.source {
                case .file(let start):
                    var at = ByteReader(found.body, at: start)
                    show(LookupCard(record: try LookupRecord(&at).details(plain: hit.plain), workplaceNames: names))
                case .journal(let id):
                    show(LookupCard(Person(found.overlay.current[id]!.volunteer!, workplaceNames: found.namesByID)))
                }
            }
            return found.count
        }
    }

    /// The hits of `query` in the store's index, handed to `answer` while the index's bytes
    /// are mapped; nil when the index cannot be trusted or `answer` finds it damaged.
    private static func withHits<T>(_ query: SearchQuery, store: URL, _ answer: (Found) throws -> T) -> T? {
        let files = StoreFiles(snapshot: StoreFiles.realPath(of: store))
        guard (try? files.refuseLinks()) != nil, let read = readFiles(files) else { return nil }
        return read.index.withUnsafeBytes { raw -> T? in
            guard let found = try? hits(query, index: raw, journal: read.journal) else { return nil }
            return try? answer(found)
        }
    }

    /// The index and the journal, read together under the store's shared lock, so no
    /// compaction can run in between; nil when the index does not describe the snapshot.
    private static func readFiles(_ files: StoreFiles) -> (index: Data, journal: Data?)? {
        let lock = StoreLock.shared(files.lock)
        defer { lock?.release() }
        guard !FileManager.default.fileExists(atPath: files.compacting.path), !StoreFiles.exists(files.erasing.path),
              let identity = SnapshotIdentity(path: files.snapshot.path), StoreFiles.isRegularFile(files.index.path),
              let index = try? Data(contentsOf: files.index, options: .alwaysMapped) else { return nil }
        let stored = index.withUnsafeBytes { raw -> SnapshotIdentity? in
            var r = ByteReader(raw, at: magic.count)
            guard raw.count > magic.count, raw.prefix(magic.count).elementsEqual(magic),
                  let fields = try? (0..<7).map({ _ in try r.u64() }) else { return nil }
            return SnapshotIdentity(fields: fields)
        }
        guard stored == identity else { return nil }
        guard StoreFiles.exists(files.journal.path) else { return (index, nil) }
        guard let journal = try? Store.read(files.journal.path) else { return nil }
        return (index, journal)
    }

    /// What a search found in the index: the hits in order, and what reading them needs.
    private struct Found {
        /// The hits in order: each group's, one group after the other.
        let groups: [[LookupHit]]
        var hits: FlattenSequence<[[LookupHit]]> { groups.joined() }
        var count: Int { groups.reduce(0) { $0 + $1.count } }
        let body: UnsafeRawBufferPointer
        let overlay: LookupOverlay
        /// The current name of each workplace in the file's table.
        let names: [String?]
        /// The current names by id, for volunteers saved in the journal; empty without one.
        let namesByID: [UUID: String]
    }

    private static func hits(_ query: SearchQuery, index raw: UnsafeRawBufferPointer, journal: Data?) throws -> Found? {
        var r = ByteReader(raw, at: magic.count + 7 * 8)
        let fingerprint = try r.string()
        let count = Int(try r.u64())
        let bodyLength = Int(try r.u64())
        let checksum = try r.u64()
        guard r.position + bodyLength == raw.count else { return nil }
        let body = UnsafeRawBufferPointer(rebasing: raw[r.position...])
        // A large body is checked on the second core while it is searched: every read is
        // bounds-checked, and nothing found is returned until the checksum holds.
        let hashed = body.count >= 1 << 20 ? InBackground { [body = UncheckedBytes(body)] in Journal.wideHash(body.bytes) } : nil
        defer { _ = hashed?.value }
        guard hashed != nil || Journal.wideHash(body) == checksum else { return nil }
        var reader = ByteReader(body)
        let workplaces = try LookupWorkplaces(&reader)
        let recordsStart = reader.position

        var overlay = LookupOverlay(fileCount: count)
        if let journal {
            guard let contents = try? Journal.parse(journal, path: "", startsAtHeader: true),
                  contents.header?.snapshot == fingerprint else { return nil }
            guard overlay.apply(contents.entries.map(\.change), fileIDs: { try fileIDs(body, from: recordsStart, count: count) },
                                fileWorkplaces: workplaces.heldIDs) else { return nil }
        }
        let names = workplaces.currentNames(overlay)

        // Hits by bucket, each in the file's order; room for everyone is asked for but
        // only touched as it fills, so a broad query neither copies nor faults in twice.
        var buckets: [[LookupHit]] = (0..<4).map { _ in
            var hits: [LookupHit] = []
            hits.reserveCapacity(min(count, body.count / 64))
            return hits
        }
        let tableSize = workplaces.names.count
        let scanned: Bool = try VolunteerIndex.withNeedles(query) { needles in
            let masks = query.isEmpty ? [] : workplaces.masks(needles, overlay)
            try masks.withUnsafeBufferPointer { masks in
                for _ in 0..<count {
                    let record = try LookupRecord(&reader)
                    guard !record.isAnonymised, overlay.current.isEmpty || !overlay.touches(record.id) else { continue }
                    if let bucket = try query.isEmpty ? 0 : record.bucket(needles, masks: masks) {
                        // Checked while its bytes are at hand, so that showing it cannot fail.
                        let plain = try record.checkDetails(workplaceCount: tableSize)
                        buckets[bucket].append(LookupHit(bucket: bucket, position: record.position, source: .file(record.start), plain: plain))
                    }
                }
            }
            guard reader.atEnd else { return false }
            let changed = overlay.current.compactMap { id, change in change.volunteer.map { (id: id, volunteer: $0, position: change.position) } }
            let folded = VolunteerIndex(changed.map(\.volunteer), workplaceNames: workplaces.currentNamesByID(overlay))
            let journalBuckets = query.isEmpty ? [] : folded.buckets(needles)
            for (i, change) in changed.enumerated() where !folded.isAnonymised(i) {
                if let bucket = query.isEmpty ? 0 : journalBuckets[i] {
                    buckets[bucket].append(LookupHit(bucket: bucket, position: change.position, source: .journal(change.id), plain: false))
                }
            }
            return true
        }
        guard scanned, hashed.map({ $0.value == checksum }) ?? true else { return nil }
        if !overlay.current.isEmpty {
            var hits = Array(buckets.joined())
            try sortLikeVolunteerIndex(&hits, body: body, overlay: overlay)
            buckets = [hits]
        }
        let namesByID = overlay.current.isEmpty ? [:] : workplaces.currentNamesByID(overlay)
        return Found(groups: buckets, body: body, overlay: overlay, names: names, namesByID: namesByID)
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

    private static func fileIDs(_ body: UnsafeRawBufferPointer, from recordsStart: Int, count: Int) throws -> [UUID: Int] {
        var ids: [UUID: Int] = [:]
        var reader = ByteReader(body, at: recordsStart)
        for _ in 0..<count {
            let record = try LookupRecord(&reader)
            ids[record.id] = record.position
        }
        return ids
    }
}

/// The index's bytes, handed to the thread that checks them; they stay mapped until
/// `hits` has waited for it.
private struct UncheckedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
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
    /// Whether its record's text is all plain (`LookupRecord.scan`); false for the journal's.
    let plain: Bool
}
