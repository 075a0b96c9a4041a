import Foundation

/// Volunteers folded once for searching, so each keystroke only compares bytes.
///
/// Looks in names, phone digits, e-mail, skills, emergency-contact names and what tells
/// people apart (`Particulars`: workplaces, address, postcode, town, birth year). The
/// words of a query may come in any order and each may be found in another field
/// (`søren kildebakken`, `søren 4690`); a query that reads as a phone number is matched
/// whole. Results come ranked: the name starts with the whole query, then a word of the
/// name does, then the name holds it elsewhere, then every word is found somewhere; ties
/// in Danish name order.
///
/// All folded text sits back to back in one byte buffer, with five ranges per volunteer,
/// so a keystroke over 100 000 volunteers compares bytes without touching a reference
/// count. Workplace names are folded once each, in a table the volunteers point into.
public struct VolunteerIndex: Sendable {
    /// One volunteer's searchable text, folded: name and other fields (e-mail, skills,
    /// emergency contacts' names, address, postcode, town, birth year) each in both folds,
    /// and the phone digits of their own and their contacts' numbers joined by line breaks
    /// (a query of digits cannot match across one). Workplaces are not in it: an index
    /// keeps their names once each.
    struct Entry: Sendable {
        let fields: [[UInt8]]

        init(_ v: Volunteer) {
            let name = FoldedText(v.name)
            let others = FoldedText(([v.email] + v.skills + v.emergencyContacts.map(\.name) + Particulars.searchLines(of: v))
                .joined(separator: "\n"))
            let digits = (v.phones + v.emergencyContacts.map(\.phone)).map(Phone.searchDigits).joined(separator: "\n")
            fields = [name.plainBytes, name.collapsedBytes, others.plainBytes, others.collapsedBytes, Array(digits.utf8)]
        }
    }

    /// One term of the query, its bytes in place.
    struct Term {
        let plain: UnsafeBufferPointer<UInt8>
        let collapsed: UnsafeBufferPointer<UInt8>
        /// Empty unless the term is all digits (or a phone number).
        let digits: UnsafeBufferPointer<UInt8>
        /// The `SearchGrams` a text needs to hold the plain fold, the collapsed fold and
        /// the digits, `SearchGrams.words` each, one after the other.
        let grams: UnsafePointer<UInt64>
    }

    /// The query's bytes, taken out once per search.
    struct Needles {
        /// The whole query, for the name's match.
        let plain: UnsafeBufferPointer<UInt8>
        let collapsed: UnsafeBufferPointer<UInt8>
        let terms: UnsafeBufferPointer<Term>
        /// The bits of every term, as `SearchTerms.all`.
        let all: UInt64
        /// False when the one term is the whole query, whose match in the name was tried first.
        let termsInName: Bool
    }

    static let fieldsPerEntry = 5
    private let bytes: [UInt8]
    /// Start and end in `bytes` of each volunteer's fields, `fieldsPerEntry` each.
    private let bounds: [UInt32]
    /// The workplaces volunteers point into, folded once each.
    private let workplaces: WorkplaceFolds
    /// Each volunteer's places in `workplaces`, back to back; `workplaceBounds[i]` up to
    /// `workplaceBounds[i + 1]` are volunteer `i`'s.
    private let workplaceRefs: [UInt32]
    private let workplaceBounds: [UInt32]
    /// Each volunteer's `SearchGrams`, `SearchGrams.words` each, over all five fields.
    private let grams: [UInt64]
    /// Anonymised records, which a lookup or a picker leaves out (`Volunteer.anonymised`).
    private let anonymised: [Bool]
    /// Positions into the register's volunteer array, in Danish name order.
    public let sortedOrder: [Int]
    /// For each position, its place in `sortedOrder`.
    private let rank: [Int]

    /// The register's volunteers, with their workplaces' names.
    public init(_ register: Register) {
        self.init(register.volunteers, workplaceNames: register.workplaceNames)
    }

    /// `volunteers` with the workplace names `workplaceNames` gives (a workplace it does not
    /// name is left out, as a register leaves out one it does not hold).
    public init(_ volunteers: [Volunteer], workplaceNames: [UUID: String]) {
        var bytes: [UInt8] = []
        var bounds: [UInt32] = []
        bounds.reserveCapacity(volunteers.count * Self.fieldsPerEntry * 2)
        var table = WorkplaceFolds.Builder()
        var refs: [UInt32] = []
        var refBounds: [UInt32] = [0]
        refBounds.reserveCapacity(volunteers.count + 1)
        var grams = [UInt64](repeating: 0, count: volunteers.count * SearchGrams.words)
        for (i, v) in volunteers.enumerated() {
            for field in Entry(v).fields {
                field.withUnsafeBufferPointer { SearchGrams.add($0, to: &grams, at: i * SearchGrams.words) }
                bounds.append(UInt32(bytes.count))
                bytes.append(contentsOf: field)
                bounds.append(UInt32(bytes.count))
            }
            for id in v.workplaceIDs {
                if let name = workplaceNames[id] { refs.append(table.place(of: id, name: name)) }
            }
            refBounds.append(UInt32(refs.count))
        }
        self.grams = grams
        self.bytes = bytes
        self.bounds = bounds
        workplaces = table.folds
        workplaceRefs = refs
        workplaceBounds = refBounds
        anonymised = volunteers.map(\.anonymised)
        sortedOrder = VolunteerIndex.nameOrder(volunteers)
        var rank = [Int](repeating: 0, count: volunteers.count)
        for (place, position) in sortedOrder.enumerated() { rank[position] = place }
        self.rank = rank
    }

    /// Positions of matching volunteers, best first. An empty query gives all, by name.
    ///
    /// `candidates` limits the scan to the hits of an earlier query that this one extends
    /// (see `VolunteerSearch`); the result is the same as a full scan. Without
    /// `includingAnonymised`, anonymised records are left out: they are no one to call
    /// or to pick.
    public func search(_ query: SearchQuery, among candidates: [Int]? = nil, includingAnonymised: Bool = true) -> [Int] {
        let keep = { (i: Int) in includingAnonymised || !anonymised[i] }
        guard !query.isEmpty else { return includingAnonymised ? sortedOrder : sortedOrder.filter(keep) }
        let order = candidates.map(inNameOrder) ?? sortedOrder
        var ranked: [[Int]] = [[], [], [], []]
        VolunteerIndex.withNeedles(query) { needles in
            let masks = workplaces.masks(needles)
            withFields(masks) { fields in
                for i in order where keep(i) {
                    if let bucket = fields.bucket(of: i, needles, skippingByGrams: true) { ranked[bucket].append(i) }
                }
            }
        }
        return ranked.flatMap { $0 }
    }

    /// The rank group of every volunteer for a non-empty query (see `bucket`), nil for
    /// those it does not find, by position. It compares every volunteer's text, skipping
    /// none by its `SearchGrams`, so it is also the answer `search` is tested against.
    func buckets(_ needles: Needles) -> [Int?] {
        withFields(workplaces.masks(needles)) { fields in anonymised.indices.map { fields.bucket(of: $0, needles) } }
    }

    /// Whether the volunteer at `position` is anonymised.
    func isAnonymised(_ position: Int) -> Bool { anonymised[position] }

    /// The folded text and its ranges, in place for a scan, with the query's match of
    /// each workplace.
    private struct Fields {
        let all: UnsafeBufferPointer<UInt8>
        let bounds: UnsafeBufferPointer<UInt32>
        let refs: UnsafeBufferPointer<UInt32>
        let refBounds: UnsafeBufferPointer<UInt32>
        let masks: UnsafeBufferPointer<UInt64>
        let grams: UnsafeBufferPointer<UInt64>

        /// The volunteer's rank group (`VolunteerIndex.bucket`). `skippingByGrams` first
        /// rules out, without comparing text, a volunteer whose `SearchGrams` cannot hold
        /// a term; the answer is the same.
        @inline(__always)
        func bucket(of i: Int, _ needles: Needles, skippingByGrams: Bool = false) -> Int? {
            let places = places(of: i)
            if skippingByGrams, !mayMatch(i, needles, found: places) { return nil }
            let at = i * VolunteerIndex.fieldsPerEntry * 2
            func field(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[Int(bounds[at + 2 * k])..<Int(bounds[at + 2 * k + 1])])
            }
            return VolunteerIndex.bucket(needles, field(0), field(1), field(2), field(3), field(4), workplaces: places)
        }

        /// False when some term not in `found` (the terms a workplace holds) cannot be in
        /// the volunteer's text by its `SearchGrams`. Every term is part of the whole
        /// query, so a whole-query match in the name passes too.
        @inline(__always)
        private func mayMatch(_ i: Int, _ needles: Needles, found: UInt64) -> Bool {
            let text = grams.baseAddress! + i * SearchGrams.words
            for k in 0..<needles.terms.count where found & (1 << UInt64(k)) == 0 {
                let term = needles.terms[k], needed = term.grams
                guard SearchGrams.holds(text, needed) || SearchGrams.holds(text, needed + SearchGrams.words)
                    || (!term.digits.isEmpty && SearchGrams.holds(text, needed + 2 * SearchGrams.words)) else { return false }
            }
            return true
        }

        /// The bits of the terms the volunteer's workplaces' names hold.
        @inline(__always)
        private func places(of i: Int) -> UInt64 {
            var places: UInt64 = 0
            for r in Int(refBounds[i])..<Int(refBounds[i + 1]) { places |= masks[Int(refs[r])] }
            return places
        }
    }

    private func withFields<T>(_ masks: [UInt64], _ body: (Fields) -> T) -> T {
        bytes.withUnsafeBufferPointer { all in
            bounds.withUnsafeBufferPointer { bounds in
                workplaceRefs.withUnsafeBufferPointer { refs in
                    workplaceBounds.withUnsafeBufferPointer { refBounds in
                        masks.withUnsafeBufferPointer { masks in
                            grams.withUnsafeBufferPointer {
                                body(Fields(all: all, bounds: bounds, refs: refs, refBounds: refBounds, masks: masks, grams: $0))
                            }
                        }
                    }
                }
            }
        }
    }

    /// Positions in Danish name order, ties by position: the order results come in.
    static func nameOrder(_ volunteers: [Volunteer]) -> [Int] {
        let keys = volunteers.map { SearchFold.sortKey($0.name) }
        return volunteers.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }

    /// Runs `body` with the query's bytes in place.
    static func withNeedles<T>(_ query: SearchQuery, _ body: (Needles) throws -> T) rethrows -> T {
        let t = query.terms
        return try t.bytes.withUnsafeBufferPointer { termBytes in
            func part(_ k: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: termBytes[t.bounds[2 * k]..<t.bounds[2 * k + 1]])
            }
            var needed = [UInt64](repeating: 0, count: 3 * t.count * SearchGrams.words)
            for k in 0..<3 * t.count { SearchGrams.needle(part(k), into: &needed, at: k * SearchGrams.words) }
            return try needed.withUnsafeBufferPointer { needed in
                let terms = (0..<t.count).map {
                    Term(plain: part(3 * $0), collapsed: part(3 * $0 + 1), digits: part(3 * $0 + 2),
                         grams: needed.baseAddress! + 3 * $0 * SearchGrams.words)
                }
                return try terms.withUnsafeBufferPointer { terms in
                    try query.plainBytes.withUnsafeBufferPointer { plain in
                        try query.collapsedBytes.withUnsafeBufferPointer { collapsed in
                            try body(Needles(plain: plain, collapsed: collapsed, terms: terms, all: t.all, termsInName: t.count > 1))
                        }
                    }
                }
            }
        }
    }

    /// The rank group of one volunteer for a non-empty query: 0–2 by how the name
    /// matches the whole query (see `FoldedText.Match`), 3 when every term is found in
    /// the name, the other fields, the phone digits (a term of digits) or a workplace
    /// (`workplaces` has the bits of the terms their names hold), nil otherwise. The one
    /// rule, for the in-memory index and the lookup index file.
    @inline(__always)
    static func bucket(_ q: Needles, _ namePlain: UnsafeBufferPointer<UInt8>, _ nameCollapsed: UnsafeBufferPointer<UInt8>,
                       _ othersPlain: UnsafeBufferPointer<UInt8>, _ othersCollapsed: UnsafeBufferPointer<UInt8>,
                       _ digits: UnsafeBufferPointer<UInt8>, workplaces: UInt64) -> Int? {
        if let match = FoldedText.Match.better(FoldedText.match(q.plain, in: namePlain), FoldedText.match(q.collapsed, in: nameCollapsed)) {
            return match.rawValue
        }
        var found = workplaces
        for k in 0..<q.terms.count where found & (1 << UInt64(k)) == 0 {
            let t = q.terms[k]
            let hit = (q.termsInName && (FoldedText.occurs(t.plain, in: namePlain) || FoldedText.occurs(t.collapsed, in: nameCollapsed)))
                || FoldedText.occurs(t.plain, in: othersPlain) || FoldedText.occurs(t.collapsed, in: othersCollapsed)
                || (!t.digits.isEmpty && FoldedText.occurs(t.digits, in: digits))
            guard hit else { return nil }
            found |= 1 << UInt64(k)
        }
        return 3
    }

    /// The bits of the terms that a workplace's name holds.
    @inline(__always)
    static func mask(_ q: Needles, plain: UnsafeBufferPointer<UInt8>, collapsed: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var bits: UInt64 = 0
        for k in 0..<q.terms.count where FoldedText.occurs(q.terms[k].plain, in: plain) || FoldedText.occurs(q.terms[k].collapsed, in: collapsed) {
            bits |= 1 << UInt64(k)
        }
        return bits
    }

    /// The candidates in Danish name order. Many candidates (the hits of a first letter)
    /// are picked out of `sortedOrder` with a mark per volunteer, which costs one pass
    /// instead of a sort; few are sorted by rank.
    private func inNameOrder(_ candidates: [Int]) -> [Int] {
        guard candidates.count > sortedOrder.count / 16 else { return candidates.sorted { rank[$0] < rank[$1] } }
        var isCandidate = [Bool](repeating: false, count: sortedOrder.count)
        for i in candidates { isCandidate[i] = true }
        return sortedOrder.filter { isCandidate[$0] }
    }
}
