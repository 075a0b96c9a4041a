import Foundation

/// Taking one person's data out of the register and out of every file of the store: an
/// erasure removes them, an anonymisation keeps what the statistics need. Both go through
/// the same steps (`Store.carryOut`), so both are all or nothing across a crash.
protocol PersonalDataRemoval: Codable, Sendable {
    /// The person's words (name, phones in each form, e-mail), replaced by
    /// `Erasure.placeholder` wherever another record's text holds them.
    var words: [String] { get }
    /// The records a line is about when it holds their id: the person's own (their
    /// record, a volunteer's agreements); none for a relative, who has no record.
    var recordIDs: Set<UUID> { get }
    /// The register with the removal applied to the `touched` records (`mentioning`).
    func apply(to register: Register, touched: Set<UUID>) -> Register
    /// The change as it may stay in the history; nil when it goes.
    func scrub(_ change: Change) -> Change?
    /// What the erasure log keeps of it.
    func logEntry(at date: Date) -> ErasureLog.Entry
}

/// What `store.json.erasing` holds while a removal runs. A case is only ever added, so
/// an intent an earlier version wrote is still finished by this one.
enum RemovalIntent: Codable {
    case erase(Erasure)
    case anonymise(Anonymisation)
    case eraseContact(ContactErasure)
    case eraseRelative(RelativeErasure)

    var removal: any PersonalDataRemoval {
        switch self {
        case .erase(let erasure): return erasure
        case .anonymise(let anonymisation): return anonymisation
        case .eraseContact(let erasure): return erasure
        case .eraseRelative(let erasure): return erasure
        }
    }
}

extension PersonalDataRemoval {
    /// The register without the person (or with them anonymised).
    public func apply(to register: Register) -> Register {
        apply(to: register, touched: mentioning(in: register))
    }

    /// Whether stored bytes hold one of the person's words or one of their records' ids.
    func names(_ data: Data) -> Bool {
        TextScrub(words: words).mentions(data) || recordIDs.contains { data.range(of: Data($0.uuidString.utf8)) != nil }
    }

    /// The ids of the records whose stored line names the person (or, with `references`,
    /// refers to one of their records). The snapshot's writer puts one record on a line,
    /// so one pass over its bytes finds the few records to change among 100,000.
    func mentioning(in register: Register, references: Bool = true) -> Set<UUID> {
        let scrub = TextScrub(words: words)
        let marker = Data(#""id":""#.utf8)
        var found: Set<UUID> = []
        for line in StoreCodec.encode(register).split(separator: 0x0A) {
            let line = Data(line)
            guard references ? names(line) : scrub.mentions(line) else { continue }
            var from = line.startIndex
            while let hit = line.range(of: marker, in: from..<line.endIndex) {
                let end = line.index(hit.upperBound, offsetBy: 36, limitedBy: line.endIndex) ?? line.endIndex
                if let id = UUID(uuidString: String(decoding: line[hit.upperBound..<end], as: UTF8.self)) { found.insert(id) }
                from = end
            }
        }
        return found
    }

    /// `records` with `change` applied to those `touched` names; a record it changes
    /// gets a new revision, so a form opened on it before merges with the changed record
    /// instead of writing the person back. Nil from `change` drops the record.
    static func revised<T: Revisioned & Equatable>(_ records: [T], _ touched: Set<UUID>, _ change: (T) -> T?) -> [T] {
        records.compactMap { record in
            guard touched.contains(record.id) else { return record }
            guard var out = change(record) else { return nil }
            if out != record { out.revision += 1 }
            return out
        }
    }
}
