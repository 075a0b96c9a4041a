import Foundation

/// The lookup index's table of workplaces, at the start of its body: every workplace of
/// the register and every id a volunteer names that the register lacks, each once.
/// Records point into it by place, so a workplace renamed in the journal is renamed for
/// everyone at it without touching their records (`LookupOverlay`).
///
/// Layout: a u32 count, then per workplace its id (16 bytes), whether the register holds
/// it (u8), and length-prefixed byte strings: its name and the name's plain and
/// collapsed folds.
struct LookupWorkplaces {
    let ids: [UUID]
    /// The names as the file has them; nil for an id the register lacked.
    let names: [String?]
    private let plain: [UnsafeBufferPointer<UInt8>]
    private let collapsed: [UnsafeBufferPointer<UInt8>]

    /// The table of `register`: its places by id, and the entries to write.
    struct Plan {
        private(set) var places: [UUID: Int] = [:]
        private(set) var entries: [(id: UUID, name: String?)] = []

        init(_ register: Register) {
            for w in register.workplaces where places[w.id] == nil { add(w.id, w.name) }
            for v in register.volunteers {
                for id in v.workplaceIDs where places[id] == nil { add(id, nil) }
            }
        }

        private mutating func add(_ id: UUID, _ name: String?) {
            places[id] = entries.count
            entries.append((id, name))
        }

        func write(into w: inout ByteWriter) {
            w.u32(entries.count)
            for entry in entries {
                withUnsafeBytes(of: entry.id.uuid) { w.raw(Array($0)) }
                w.u8(entry.name == nil ? 0 : 1)
                let folded = FoldedText(entry.name ?? "")
                w.text(entry.name ?? "")
                w.text(folded.plainBytes)
                w.text(folded.collapsedBytes)
            }
        }
    }

    init(_ r: inout ByteReader) throws {
        let count = try r.u32()
        guard count <= r.bytes.count else { throw ByteReader.Damaged() }
        var ids: [UUID] = [], names: [String?] = [], plain: [UnsafeBufferPointer<UInt8>] = [], collapsed: [UnsafeBufferPointer<UInt8>] = []
        for _ in 0..<count {
            let b = try r.raw(16)
            ids.append(UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15])))
            let known = try r.u8()
            guard known <= 1 else { throw ByteReader.Damaged() }
            let name = try r.string()
            names.append(known == 1 ? name : nil)
            plain.append(try r.text())
            collapsed.append(try r.text())
        }
        self.ids = ids
        self.names = names
        self.plain = plain
        self.collapsed = collapsed
    }

    /// The ids the register held when the file was written.
    var heldIDs: Set<UUID> {
        Set(zip(ids, names).compactMap { $1 == nil ? nil : $0 })
    }

    /// Each place's name now, the journal's changes (`overlay`) laid over the file's.
    func currentNames(_ overlay: LookupOverlay) -> [String?] {
        zip(ids, names).map { id, name in overlay.workplaceChanged(id) ? overlay.workplaceName(id) : name }
    }

    /// Every workplace's name now by id, the ones added in the journal included: what
    /// volunteers saved in the journal are folded with.
    func currentNamesByID(_ overlay: LookupOverlay) -> [UUID: String] {
        var out: [UUID: String] = [:]
        for (id, name) in zip(ids, currentNames(overlay)) { out[id] = name }
        for (id, name) in overlay.workplaceNames { out[id] = name }
        return out
    }

    /// For each place, the bits of the query's terms its current name holds.
    func masks(_ needles: VolunteerIndex.Needles, _ overlay: LookupOverlay) -> [UInt64] {
        ids.indices.map { k in
            guard overlay.workplaceChanged(ids[k]) else {
                return names[k] == nil ? 0 : VolunteerIndex.mask(needles, plain: plain[k], collapsed: collapsed[k])
            }
            guard let name = overlay.workplaceName(ids[k]) else { return 0 }
            let folded = FoldedText(name)
            return folded.plainBytes.withUnsafeBufferPointer { p in
                folded.collapsedBytes.withUnsafeBufferPointer { VolunteerIndex.mask(needles, plain: p, collapsed: $0) }
            }
        }
    }
}
