import Foundation
import FrivilligApp
import FrivilligExchange
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file the user names as input (a spreadsheet to import), refusing anything but
/// a regular file of at most `SpreadsheetLimits.fileBytes` with a message that says what
/// it is instead.
///
/// The file is opened without blocking and its type and size checked on the open
/// descriptor, so a FIFO cannot hang the import, /dev/zero cannot fill the memory and a
/// file too large is refused before a byte is read. Reading stops one byte past the limit
/// too, for a file that grows meanwhile or whose size the kernel does not know (`/proc`).
enum InputFile {
    /// Reads `path`, where a leading `~` is `$HOME` as in `--store` (the full-screen
    /// interface's path field is typed, not expanded by a shell); a refusal names the file
    /// as the user wrote it.
    static func read(_ path: String, _ l10n: Localizer) throws(FileRefusal) -> Data {
        let unreadable = { (code: Int32) in FileRefusal(message: l10n(.importFileUnreadable, path, reason(code, l10n))) }
        let tooLarge = { (bytes: Int) in FileRefusal(message: l10n.importFileError(.fileTooLarge(bytes: bytes), file: path)) }
        let limit = SpreadsheetLimits.fileBytes
        let fd = open(expandingHome(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw unreadable(errno) }
        let kind = FileKind(mode: st.st_mode)
        guard kind == .regular else { throw FileRefusal(message: l10n(.filesInputNotRegular, path, kind.described(l10n))) }
        guard st.st_size <= limit else { throw tooLarge(Int(st.st_size)) }
        var data = Data(capacity: Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let wanted = min(chunk.count, limit + 1 - data.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if n < 0 {
                if errno == EINTR { continue }
                throw unreadable(errno)
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
            if data.count > limit { throw tooLarge(data.count) }
        }
    }

    private static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }

    private static func reason(_ code: Int32, _ l10n: Localizer) -> String {
        code == EACCES || code == EPERM ? l10n(.filesReasonNoPermissionToRead) : String(cString: strerror(code))
    }
}
