import FrivilligCore
import TerminalUI

/// A list of records on screen: the whole collection of a tab, or the records behind a
/// line of the overview, filtered by an incremental search.
public struct ListScreen: Sendable {
    public let kind: ListKind
    /// The records before filtering, in display order; nil means the whole collection.
    public private(set) var fixed: [RecordRef]?
    /// The overview line this list shows, so it follows the register when records are
    /// fixed (a volunteer given an emergency contact leaves "without emergency contact").
    let overviewItem: Int?
    public let title: String
    public var refs: [RecordRef] = []
    public var viewport = ListViewport()
    public var filter = TextField()
    /// True while `/` search is taking keys.
    public var isFiltering = false
    public var marked: Set<RecordRef> = []
    /// True until the rows are computed for the current register; a tab's list is only
    /// computed when it is first shown, so start-up pays for the overview alone.
    var isStale = true
    /// The volunteer search as typed so far, so each key rescans only the last hits.
    var volunteerSearch = VolunteerSearch()
    /// For a ranking list, the task's ranking, which its rows and order come from.
    private(set) var ranking: RankingRows?

    public init(kind: ListKind, title: String, fixed: [RecordRef]? = nil, overviewItem: Int? = nil) {
        self.kind = kind
        self.title = title
        self.fixed = fixed
        self.overviewItem = overviewItem
    }

    /// The volunteers ranked for a task, best first.
    init(ranking: RankingRows, title: String) {
        self.init(kind: .ranking, title: title, fixed: ranking.refs)
        self.ranking = ranking
    }

    /// Ranks the volunteers again after the register changed (someone was asked or
    /// assigned); false when the task is gone.
    mutating func rerank(_ register: Register) -> Bool {
        guard let taskID = ranking?.taskID else { return true }
        guard let fresh = RankingRows(taskID: taskID, register: register) else { return false }
        ranking = fresh
        fixed = fresh.refs
        return true
    }

    /// Takes the records of an overview line again after the register changed.
    mutating func follow(_ overview: OverviewScreen) {
        guard let overviewItem, overview.items.indices.contains(overviewItem) else { return }
        fixed = overview.items[overviewItem].refs
    }

    var selectedRef: RecordRef? { viewport.isEmpty ? nil : refs[viewport.selected] }

    /// Recomputes the rows after the filter or the register changed, keeping the selected
    /// record selected when it is still there.
    mutating func refresh(_ context: ListContext) {
        let keep = selectedRef
        let query = SearchQuery(filter.text)
        if let fixed {
            let allowed = Set(context.refs(kind, query))
            refs = query.isEmpty ? fixed.filter(context.exists) : fixed.filter { allowed.contains($0) }
        } else if kind == .volunteers {
            volunteerSearch.update(query, in: context.volunteerIndex)
            let all = context.register.volunteers
            refs = volunteerSearch.hits.map { .volunteer(all[$0].id) }
        } else {
            refs = context.refs(kind, query)
        }
        marked = marked.filter(context.exists)
        isStale = false
        viewport.count = refs.count
        if let keep, let i = refs.firstIndex(of: keep) {
            viewport.selected = i
        }
    }
}
