/// The forms a welcome letter can be written in: Markdown to edit, plain text to paste
/// into an e-mail, HTML to print on A4 from a browser.
public enum WelcomeLetterFormat: String, CaseIterable, Sendable {
    case md
    case txt
    case html

    public var fileExtension: String { rawValue }
}

/// The languages the welcome letter template exists in.
public enum WelcomeLetterLanguage: String, CaseIterable, Sendable {
    case da
    case en
}
