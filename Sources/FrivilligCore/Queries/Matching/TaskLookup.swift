import Foundation

/// Finds the task a person named on the command line: by id, by the whole title
/// (Danish-aware, any case), or else by a part of the title.
public enum TaskLookup {
    public static func find(_ text: String, in register: Register) -> [VolunteerTask] {
        if let id = UUID(uuidString: text.trimmingWhitespace) { return register.task(id).map { [$0] } ?? [] }
        guard !NameLookup.danish(text).isEmpty else { return [] }
        return NameLookup.find(text, in: register.tasks, name: \.title).records
    }
}
