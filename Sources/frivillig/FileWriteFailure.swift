import FrivilligApp
#if canImport(Glibc)
import Glibc
#endif

/// Why a file the program writes outside the store (an export, a letter) was not
/// written. In every case no existing file was changed and no temporary file is left,
/// and the message says so, naming the file the user asked for.
enum FileWriteFailure: Error, Equatable {
    /// A file of that name exists, and replacing it needs `--force`.
    case exists(path: String)
    /// The name is a symbolic link: writing through it would change the file it points
    /// to (perhaps another user's), and replacing it would break the link.
    case symbolicLink(path: String)
    /// The target is one of the store's own files (the snapshot, the journal, a backup).
    case storeFile(path: String)
    /// The name is a folder, a device, a FIFO or a socket, never something to replace.
    case notRegularFile(path: String, kind: FileKind)
    /// The system refused: `errno` says why (ENOSPC, EFBIG, EACCES …).
    case failed(path: String, errno: Int32)

    func message(_ l10n: Localizer) -> String {
        switch self {
        case .exists(let path): return l10n(.exportFileExists, path)
        case .symbolicLink(let path): return l10n(.filesOutIsLink, path)
        case .storeFile(let path): return l10n(.filesOutIsStoreFile, path)
        case .notRegularFile(let path, let kind): return l10n(.filesOutNotRegular, path, kind.described(l10n))
        case .failed(let path, let code): return l10n(.filesWriteFailed, path, FileWriteFailure.reason(code, l10n))
        }
    }

    /// The system's reason in words a coordinator can act on: a full disk and the file
    /// size limit (`ulimit -f`) are said plainly, anything else in the system's words.
    static func reason(_ code: Int32, _ l10n: Localizer) -> String {
        switch code {
        case ENOSPC, EDQUOT: return l10n(.filesReasonNoSpace)
        case EFBIG: return l10n(.filesReasonTooLarge)
        case EACCES, EPERM: return l10n(.filesReasonNoPermission)
        case EROFS: return l10n(.filesReasonReadOnly)
        default: return String(cString: strerror(code))
        }
    }
}
