import Foundation
import FrivilligCore
import TerminalUI

/// The `X` dialog on a volunteer, asking what `frivillig anonymise` and `frivillig
/// erase` ask at the terminal, one step at a time: anonymise (the default) or erase for
/// good; when erasing someone who is another volunteer's emergency contact, what becomes
/// of those entries; the preview of every place the person occurs; and their name,
/// typed, before Enter carries it out. Esc at any step closes it with nothing changed.
public struct RemovalDialog: Sendable {
    /// The steps in the order the dialog goes through them.
    public enum Step: Equatable, Sendable {
        case kind
        /// Only when erasing someone who is another volunteer's emergency contact.
        case relatives
        case preview
        case name
        /// Being carried out: the store reports each file it rewrites.
        case running
    }

    public let volunteerID: UUID
    /// The name as stored: in the title, and what must be typed to confirm.
    public let name: String
    /// The other volunteers who have the person as their emergency contact.
    public let relativeOf: [String]
    public var step = Step.kind
    public var kind = RemovalKind.anonymise
    /// Kept unless the coordinator chooses otherwise, as `frivillig erase` does.
    public var relatives = Erasure.Relatives.keep
    /// Every place the person occurs, once the runtime has looked (`.removalPlanned`).
    public var plan: RemovalPlan?
    /// The first preview row on screen.
    public var scroll = 0
    public var typed = TextField()
    /// Why Enter on the name step did nothing, shown under the field until it is edited.
    public var error: TextKey?
    /// What the store is doing, once it has said.
    public var progress: Store.ErasureStep?

    public init(volunteerID: UUID, name: String, relativeOf: [String]) {
        self.volunteerID = volunteerID
        self.name = name
        self.relativeOf = relativeOf
    }

    /// Whether `typed` confirms the removal of `name`: the name exactly as stored, the
    /// spaces around it aside (a paste ending in a line break), the rule
    /// `frivillig erase` and `anonymise` hold a typed name to.
    public static func confirms(_ typed: String, name: String) -> Bool {
        typed.trimmingCharacters(in: .whitespaces) == name
    }

    /// ↑ or ↓ on a choice: there are two, so either key switches to the other.
    mutating func switchChoice() {
        switch step {
        case .kind: kind = kind == .anonymise ? .erase : .anonymise
        case .relatives: relatives = relatives == .keep ? .remove : .keep
        case .preview, .name, .running: break
        }
    }

    /// Enter on a choice or on the preview (whose table offers Enter only once the
    /// places are found).
    mutating func advance() {
        switch step {
        case .kind: step = kind == .erase && !relativeOf.isEmpty ? .relatives : .preview
        case .relatives: step = .preview
        case .preview: step = .name
        case .name, .running: break
        }
        scroll = 0
    }

    /// What the coordinator confirmed, for the runtime.
    func choice(year: Int) -> RemovalChoice {
        RemovalChoice(volunteerID: volunteerID, name: name, kind: kind, relatives: kind == .erase ? relatives : .keep, year: year)
    }
}
