import ArgumentParser

/// The collections a command can list; Danish names are accepted too.
enum RecordKind: String, CaseIterable, ExpressibleByArgument {
    case volunteers, contacts, workplaces, agreements, events

    init?(argument: String) {
        let danish: [String: RecordKind] = [
            "frivillige": .volunteers, "kontakter": .contacts, "arbejdspladser": .workplaces,
            "aftaler": .agreements, "påskønnelser": .events, "paaskoennelser": .events,
        ]
        guard let kind = RecordKind(rawValue: argument.lowercased()) ?? danish[argument.lowercased()] else { return nil }
        self = kind
    }
}
