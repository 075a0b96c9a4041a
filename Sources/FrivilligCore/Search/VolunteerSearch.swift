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

    public mutating func update(_ newQuery: SearchQuery, in index: VolunteerIndex) {
        let narrows = hasRun && !query.isEmpty && newQuery.extends(query)
        hits = index.search(newQuery, among: narrows ? hits : nil)
        query = newQuery
        hasRun = true
    }
}

extension SearchQuery {
    /// True when every text matching `self` also matches `shorter`.
    func extends(_ shorter: SearchQuery) -> Bool {
        guard plainBytes.starts(with: shorter.plainBytes), collapsedBytes.starts(with: shorter.collapsedBytes) else { return false }
        let nonEmpty = { (digits: String?) in digits.flatMap { $0.isEmpty ? nil : $0 } }
        switch (nonEmpty(phoneDigits), nonEmpty(shorter.phoneDigits)) {
        case (nil, _): return true
        case (let longer?, let short?): return longer.hasPrefix(short)
        case (.some, nil): return false
        }
    }
}
