/// A search that is typed one key at a time: when the new query only adds to the last
/// one, only the last hits can still match, so only they are scanned again.
///
/// Folding keeps this true: the folds of a longer query start with the folds of the
/// shorter one, so any text containing the longer also contains the shorter.
public struct VolunteerSearch: Sendable {
    public private(set) var query = SearchQuery("")
    public private(set) var hits: [Int] = []
    private var hasRun = false

    public init() {}

    /// Searches for `newQuery`; without `includingAnonymised` anonymised records are left
    /// out (see `VolunteerIndex.search`). One search keeps one choice of that.
    public mutating func update(_ newQuery: SearchQuery, in index: VolunteerIndex, includingAnonymised: Bool = true) {
        let narrows = hasRun && !query.isEmpty && newQuery.extends(query)
        hits = index.search(newQuery, among: narrows ? hits : nil, includingAnonymised: includingAnonymised)
        query = newQuery
        hasRun = true
    }
}

extension SearchQuery {
    /// True when every text matching `self` also matches `shorter`: each word of the
    /// shorter query is part of a word of this one, or both are phone numbers and this
    /// one's digits go on from the shorter one's. A word query after a phone number (or
    /// the other way round) matches by another rule, so it is scanned afresh.
    func extends(_ shorter: SearchQuery) -> Bool {
        guard plainBytes.starts(with: shorter.plainBytes), collapsedBytes.starts(with: shorter.collapsedBytes) else { return false }
        switch (phoneDigits, shorter.phoneDigits) {
        case (nil, nil): return true
        case (let longer?, let short?): return short.isEmpty ? longer.isEmpty : longer.hasPrefix(short)
        default: return false
        }
    }
}
