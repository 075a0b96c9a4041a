/// The welcome letter (velkomstbrev) for one agreement, ready to print and sign.
///
/// The template (from `Resources/letters`, embedded at build time) gives the wording and
/// the sections; `WelcomeLetterFields` gives the values. Values are escaped for the
/// format (HTML entities, Markdown punctuation) and stripped of control characters, so
/// a name or a task list can neither break the page nor smuggle in markup.
public struct WelcomeLetter: Sendable {
    public let fields: WelcomeLetterFields
    public let language: WelcomeLetterLanguage

    public init(fields: WelcomeLetterFields, language: WelcomeLetterLanguage) {
        self.fields = fields
        self.language = language
    }

    static func template(_ language: WelcomeLetterLanguage) -> WelcomeLetterTemplate {
        WelcomeLetterTemplate(language == .da ? WelcomeLetterTemplates.da : WelcomeLetterTemplates.en)
    }

    public func render(_ format: WelcomeLetterFormat) -> String {
        let template = Self.template(language)
        let renderer = WelcomeLetterRenderer(format: format, fields: fields)
        let body = renderer.body(template)
        guard format == .html else { return body + "\n" }
        var title = ""
        if case .heading(_, let line)? = template.blocks.first { title = renderer.inlinePlain(line) }
        let name = fields.text["volunteer.name"] ?? ""
        if !name.isEmpty { title += " – " + WelcomeLetterRenderer.clean(name) }
        return WelcomeLetterTemplates.html
            .replacingOccurrences(of: "{{lang}}", with: language.rawValue)
            .replacingOccurrences(of: "{{title}}", with: WelcomeLetterRenderer.htmlEscape(title))
            .replacingOccurrences(of: "{{body}}", with: body) + "\n"
    }
}
