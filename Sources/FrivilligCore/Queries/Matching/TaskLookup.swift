import Foundation

/// Finds the task a person named on the command line: by id, by the whole title
/// (Danish-aware, any case), or else by a part of the title.
public enum TaskLookup {
    public static func find(_ text: String, in register: Register) -> [VolunteerTask] {
        if let id = UUID(uuidString: text.trimmingWhitespace) { return register.task(id).map { [$0] } ?? [] }
        let typed = SearchFold.plain(text.trimmingWhitespace)
        guard !typed.isEmpty else { return [] }
        let whole = register.tasks.filter { SearchFold.plain($0.title.trimmingWhitespace) == typed }
        if !whole.isEmpty { return whole }
        return register.tasks.filter { SearchFold.plain($0.title).contains(typed) }
    }
}
