import FrivilligCore

/// The structured name (`N`) of a card, read from the one name the register keeps.
///
/// "Hansen, Jens Peter" is written family name first, as lists sort people, so the comma
/// decides; without one the last word is the family name, which is right for most Danish
/// names ("Jens Peter Hansen"). A relative's name as sheets often give it, "Kirsten
/// Hansen, hustru", ends in the relation instead: `separatingRelation` takes it off
/// first, so a phone never files her under the family name "hustru".
struct VCardName: Equatable {
    let family: String
    let given: String

    init(_ name: String) {
        if let comma = name.firstIndex(of: ",") {
            let family = name[..<comma].trimmingWhitespace, given = name[name.index(after: comma)...].trimmingWhitespace
            if !family.isEmpty && !given.isEmpty {
                (self.family, self.given) = (family, given)
                return
            }
        }
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        guard words.count > 1 else {
            (family, given) = (words.first.map(String.init) ?? "", "")
            return
        }
        (family, given) = (String(words.last!), words.dropLast().joined(separator: " "))
    }

    /// The relative with a relation written after their name ("Kirsten Hansen, hustru")
    /// moved out of the name: into the relation when that is empty, dropped when the
    /// relation already says it. The part after the comma is a relation when it is the
    /// stored relation or starts with a small letter, as a relation does and a given
    /// name does not ("Hansen, Kirsten" stays a name).
    static func separatingRelation(_ relative: EmergencyContact) -> EmergencyContact {
        guard let comma = relative.name.lastIndex(of: ",") else { return relative }
        let name = relative.name[..<comma].trimmingWhitespace
        let tail = relative.name[relative.name.index(after: comma)...].trimmingWhitespace
        let isRelation = !name.isEmpty && !tail.isEmpty
            && (tail.lowercased() == relative.relation.trimmingWhitespace.lowercased() || tail.first!.isLowercase)
        guard isRelation else { return relative }
        var out = relative
        out.name = name
        if relative.relation.trimmingWhitespace.isEmpty { out.relation = tail }
        return out
    }
}
