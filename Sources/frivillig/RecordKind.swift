import ArgumentParser

/// The collections a command can list; Danish names are accepted too.
enum RecordKind: String, CaseIterable, ExpressibleByArgument {
    case volunteers, contacts, workplaces, agreements, events, tasks, associations

    init?(argument: String) {
        let danish: [String: RecordKind] = [
            "frivillige": .volunteers, "kontakter": .contacts, "arbejdspladser": .workplaces,
            "aftaler": .agreements, "påskønnelser": .events, "paaskoennelser": .events,
            "opgaver": .tasks, "foreninger": .associations,
        ]
        guard let kind = RecordKind(rawValue: argument.lowercased()) ?? danish[argument.lowercased()] else { return nil }
        self = kind
    }
}
