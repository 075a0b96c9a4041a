import FrivilligCore
import FrivilligExchange
import Foundation

extension AppState {
    /// `b` on an agreement: the HTML welcome letter, in the interface's language, for
    /// the runtime to save.
    mutating func requestLetter(_ id: UUID) -> [Effect] {
        guard let agreement = context.agreement(id) else { return [] }
        let fields = WelcomeLetterFields(agreement: agreement, in: register, date: { l10n.date($0) })
        let language = WelcomeLetterLanguage(rawValue: l10n.language.rawValue) ?? .da
        let name = register.volunteer(agreement.volunteerID)?.name ?? ""
        let base = [l10n(.letterFileName), Self.fileNamePart(name), today.iso].filter { !$0.isEmpty }.joined(separator: "-")
        let letter = WelcomeLetter(fields: fields, language: language).render(.html)
        return [.writeLetter(WelcomeLetterRequest(baseName: base, fileExtension: WelcomeLetterFormat.html.fileExtension, contents: letter))]
    }

    /// "Søren Østergaard" → "søren-østergaard": letters and digits, the rest one dash,
    /// so a name cannot put a slash or a leading dot into the file name.
    static func fileNamePart(_ name: String) -> String {
        var out = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber {
                out.append(c)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}
