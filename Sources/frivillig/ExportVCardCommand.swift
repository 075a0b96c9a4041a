import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange

/// Volunteers, their emergency contacts and the contacts as vCards, for a phone or an
/// address book.
struct ExportVCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcard",
        abstract: HelpText.l10n(.usageExportVcardAbstract),
        discussion: HelpText.l10n(.usageExportVcardDiscussion))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Option(help: HelpText.help(.usageExportVcardSearch, value: .usageValueSearch))
    var search: String?

    @Option(name: .customLong("version"), help: HelpText.help(.usageExportVcardVersion, values: "3|4"))
    var cardVersion = "3"

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let version: VCardVersion
        switch cardVersion {
        case "3", "3.0": version = .v3
        case "4", "4.0": version = .v4
        default:
            console.error(l10n(.exportBadVersion, cardVersion))
            throw ExitCode(2)
        }
        let register = try console.openStore(options).register
        var volunteers = VolunteerIndex(register).sortedOrder.map { register.volunteers[$0] }
        var contacts = register.contacts.sorted { SearchFold.sortKey($0.name) < SearchFold.sortKey($1.name) }
        if let search {
            let query = SearchQuery(search)
            volunteers = VolunteerIndex(register).search(query).map { register.volunteers[$0] }
            contacts = contacts.filter { c in
                [c.name, c.organisation, c.email].contains { FoldedText($0).contains(query) }
                    || (query.phoneDigits.map { c.phone.contains($0) } ?? false)
            }
            guard !volunteers.isEmpty || !contacts.isEmpty else {
                console.error(l10n(.exportVcardNoMatch, search))
                throw ExitCode(1)
            }
        }
        let labels = VCardLabels(
            volunteerCategory: l10n(.exportVcardVolunteer), contactCategory: l10n(.exportVcardContact),
            relativeCategory: l10n(.exportVcardRelative),
            relativeNote: { relative, v in
                relative.relation.isEmpty ? l10n(.exportVcardRelativeOf, v.name) : l10n(.exportVcardRelativeOfAs, v.name, relative.relation)
            },
            emergencyNote: { relatives in
                l10n(.exportVcardEmergency, relatives.map { r in
                    [r.name, r.relation.isEmpty ? "" : "(\(r.relation))", r.phone.isEmpty ? "" : Phone.display(r.phone)]
                        .filter { !$0.isEmpty }.joined(separator: " ")
                }.joined(separator: "; "))
            })
        try target.write(VCardWriter(version: version, labels: labels).write(volunteers: volunteers, contacts: contacts), kind: .vcard, console: console)
    }
}
