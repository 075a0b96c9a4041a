import ArgumentParser
import FrivilligApp
import FrivilligCore
import FrivilligExchange
import Foundation

/// The welcome letter (velkomstbrev) of an agreement, to print and sign.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: HelpText.l10n(.usageLetterAbstract),
        discussion: HelpText.l10n(.usageLetterDiscussion))

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Argument(help: HelpText.help(.usageLetterQuery, value: .usageValueQuery))
    var query: [String]

    @Option(help: HelpText.help(.usageLetterFormat, valuesOf: WelcomeLetterFormat.self))
    var format: String?

    func run() throws {
        let console = Console(options)
        let l10n = console.l10n
        let chosen: WelcomeLetterFormat
        if let format {
            guard let f = WelcomeLetterFormat(rawValue: format.lowercased()) else {
                console.error(l10n(.letterBadFormat, format))
                throw ExitCode(2)
            }
            chosen = f
        } else {
            chosen = target.out.flatMap { WelcomeLetterFormat(rawValue: URL(fileURLWithPath: $0).pathExtension.lowercased()) } ?? .md
        }
        let register = try console.openStore(options).register
        let agreement = try resolve(query.joined(separator: " "), in: register, console)
        let fields = WelcomeLetterFields(agreement: agreement, in: register, date: { l10n.date($0) })
        let language = WelcomeLetterLanguage(rawValue: l10n.language.rawValue) ?? .da
        try target.write(WelcomeLetter(fields: fields, language: language).render(chosen), kind: .letter, console: console)
    }

    /// An agreement id, else the one agreement of the one volunteer the text names.
    private func resolve(_ text: String, in register: Register, _ console: Console) throws -> Agreement {
        let l10n = console.l10n
        if let id = UUID(uuidString: text.trimmingWhitespace), let a = register.agreement(id) { return a }
        let v = try console.volunteer(named: text, in: register, noMatch: l10n(.letterNoMatch, text))
        let agreements = register.agreements.filter { $0.volunteerID == v.id }
        if agreements.count == 1 { return agreements[0] }
        if agreements.isEmpty {
            console.error(l10n(.letterNoAgreement, v.name))
            throw ExitCode(1)
        }
        console.error(l10n(.letterSeveralAgreements, v.name, agreements.count))
        for a in agreements {
            let place = a.workplaceID.flatMap(register.workplace)?.name ?? ""
            let start = a.startDate.map { l10n.date($0) } ?? ""
            console.error("  - \(a.id.uuidString)  \(place)  \(start)  \(l10n.agreementStatus(a.status(on: Day.today())))")
        }
        throw ExitCode(2)
    }
}
