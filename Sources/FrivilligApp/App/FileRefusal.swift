/// Why a file the user named (a spreadsheet to import) was not read, as a sentence in
/// their language that names the file: what the path is instead of a file, that it is too
/// large, or why it cannot be opened. The command line's reader throws it and the runner
/// uses the same reader for the full-screen interface's `.readFile`, so the import
/// dialog says what `frivillig import` says.
public struct FileRefusal: Error, Sendable {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}
