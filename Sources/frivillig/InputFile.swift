import Foundation
import FrivilligApp
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file the user names as input (a spreadsheet to import), refusing anything but
/// a regular file with a message that says what it is instead.
///
/// The file is opened without blocking and its type checked on the open descriptor, so
/// a FIFO cannot hang the import and /dev/zero cannot fill the memory.
enum InputFile {
    /// Why the file was not read, as a sentence in the user's language naming the file.
    struct Refusal: Error {
        let message: String
    }

    static func read(_ path: String, _ l10n: Localizer) throws(Refusal) -> Data {
        let unreadable = { (code: Int32) in Refusal(message: l10n(.importFileUnreadable, path, reason(code, l10n))) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw unreadable(errno) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw unreadable(errno) }
        let kind = FileKind(mode: st.st_mode)
        guard kind == .regular else { throw Refusal(message: l10n(.filesInputNotRegular, path, kind.described(l10n))) }
        var data = Data(capacity: Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw unreadable(errno)
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
        }
    }

    private static func reason(_ code: Int32, _ l10n: Localizer) -> String {
        code == EACCES || code == EPERM ? l10n(.filesReasonNoPermissionToRead) : String(cString: strerror(code))
    }
}
