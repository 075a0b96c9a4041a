import FrivilligCore

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

    /// The template with the sections that do not apply to this agreement left out
    /// (`!if KEY` … `!end`: the child-protection check when none is required, the
    /// workplace's guidelines when it has none).
    func applicableTemplate() -> WelcomeLetterTemplate {
        Self.template(language).keeping { key in
            WelcomeLetterFields.markKeys.contains(key) ? fields.marks[key] ?? false
                : !(fields.text[key] ?? "").trimmingWhitespace.isEmpty
        }
    }

    /// The letter as one text; HTML comes as a whole page with its print styles.
    public func render(_ format: WelcomeLetterFormat) -> String {
        let template = applicableTemplate()
        let renderer = WelcomeLetterRenderer(format: format, fields: fields)
        let body = renderer.body(template)
        guard format == .html else { return body + "\n" }
        var title = ""
        if case .heading(_, let line)? = template.blocks.first { title = renderer.inlinePlain(line) }
        let name = fields.text["volunteer.name"] ?? ""
        if !name.isEmpty { title += " – " + WelcomeLetterRenderer.clean(name) }
        let values = ["lang": language.rawValue, "title": WelcomeLetterRenderer.htmlEscape(title), "body": body]
        return Self.fill(WelcomeLetterTemplates.html, values) + "\n"
    }

    /// Fills `{{key}}` in one pass, so a value that itself contains `{{body}}` stays text.
    static func fill(_ page: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(page)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let key = String(rest[open.upperBound..<close.lowerBound])
            out += values[key] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
