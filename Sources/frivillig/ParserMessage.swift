import ArgumentParser
import Foundation
import TerminalUI

/// What swift-argument-parser prints when it stops the program (an unknown option, help,
/// the version), made safe for the terminal: its messages quote the user's arguments,
/// so `--$'\e]0;x\a'` would otherwise send a raw escape sequence to the screen.
enum ParserMessage {
    /// Prints the message for `error` as the parser would (help and version to standard
    /// output, errors to standard error) with control characters made visible, and exits
    /// with the parser's status. Line breaks and tabs of the layout are kept. Help has
    /// the parser's own words in the help's language too; errors keep the parser's words.
    static func exit(with error: Error, from command: ParsableCommand.Type) -> Never {
        let code = command.exitCode(for: error)
        let message = command.fullMessage(for: error)
        let text = code == .success ? HelpText.parserWordsTranslated(message) : message
        if !text.isEmpty {
            let out = code == .success ? FileHandle.standardOutput : FileHandle.standardError
            out.write(Data((sanitized(text) + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }

    private static func sanitized(_ text: String) -> String {
        text.components(separatedBy: "\n")
            .map { $0.components(separatedBy: "\t").map(TextWidth.sanitize).joined(separator: "\t") }
            .joined(separator: "\n")
    }
}
