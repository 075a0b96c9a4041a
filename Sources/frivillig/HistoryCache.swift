import FrivilligCore
import Foundation

/// Remembers the last volunteer's history for the detail screen, which is drawn after
/// every key: the files are read again only when another volunteer is shown or the
/// journal or history file has changed size (every save changes one of them).
final class HistoryCache {
    private let store: Store
    private var key: (id: UUID, journal: Int, history: Int)?
    private var entries: [HistoryEntry] = []

    init(store: Store) {
        self.store = store
    }

    func history(of id: UUID) -> [HistoryEntry] {
        let current = (id: id, journal: HistoryCache.size(store.files.journal), history: HistoryCache.size(store.files.history))
        if let key, key == current { return entries }
        entries = (try? store.history(ofVolunteer: id)) ?? []
        key = current
        return entries
    }

    private static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.intValue ?? -1
    }
}
