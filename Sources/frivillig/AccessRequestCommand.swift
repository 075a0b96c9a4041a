import ArgumentParser
import FrivilligApp
import FrivilligCore
import Foundation

/// The log of access requests (indsigtsanmodninger, GDPR art. 15) and their deadlines.
struct AccessRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access-request",
        abstract: HelpText.l10n(.usageAccessRequestAbstract),
        discussion: HelpText.l10n(.usageAccessRequestDiscussion),
        subcommands: [AccessRequestAddCommand.self, AccessRequestListCommand.self, AccessRequestAnswerCommand.self,
                      AccessRequestExtendCommand.self])
}

extension Console {
    /// The one request `text` names: its id (the first digits are enough), or the open
    /// request of the volunteer or the person outside the register it names. Otherwise
    /// says so and exits with 1 (none) or 2 (several).
    func accessRequest(_ text: String, in register: Register) throws -> AccessRequest {
        let query = text.trimmingWhitespace
        let hex = query.uppercased()
        if hex.count >= 4, hex.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
            let byID = register.accessRequests.filter { $0.id.uuidString.hasPrefix(hex) }
            if byID.count == 1 { return byID[0] }
        }
        let open = register.accessRequests.filter(\.isOpen)
        let folded = SearchFold.plain(query)
        var matches = open.filter { r in
            let name = SearchFold.plain(r.name)
            return !folded.isEmpty && (name.hasPrefix(folded) || name.contains(" " + folded))
        }
        if matches.isEmpty, case .found(let v) = VolunteerResolver(register).resolve(query) {
            matches = open.filter { $0.volunteerID == v.id }
        }
        switch matches.count {
        case 1: return matches[0]
        case 0:
            error(l10n(.cliAccessNoSuchRequest, query))
            throw ExitCode(1)
        default:
            error(l10n(.cliAccessAmbiguous, query, matches.count))
            for r in matches { error("  " + l10n.accessLine(r, today: Day.today())) }
            throw ExitCode(2)
        }
    }

    /// Says what is wrong, that nothing was saved, and exits with 2.
    func refuse(_ message: String) throws -> Never {
        error(message)
        error(l10n(.errorNothingWritten))
        throw ExitCode(2)
    }
}
