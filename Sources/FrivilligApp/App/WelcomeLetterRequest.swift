/// A welcome letter the interface asks the runtime to save as a file: the state makes
/// the letter (pure), the runtime picks a free file name and writes it.
public struct WelcomeLetterRequest: Equatable, Sendable {
    /// The file name without extension, e.g. `velkomstbrev-søren-østergaard-2026-11-23`;
    /// the runtime adds `-2`, `-3` … when that name is taken.
    public let baseName: String
    public let fileExtension: String
    public let contents: String

    public init(baseName: String, fileExtension: String, contents: String) {
        self.baseName = baseName
        self.fileExtension = fileExtension
        self.contents = contents
    }
}
