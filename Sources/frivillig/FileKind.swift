import FrivilligApp
#if canImport(Glibc)
import Glibc
#endif

/// What a path names, for the files the user gives on the command line (the store, a
/// spreadsheet to import, an `--out` file). Reading a FIFO would wait for a writer
/// forever and reading a device such as /dev/zero would never end, so anything but a
/// regular file is refused before it is opened, with a message saying what it is.
enum FileKind: Equatable {
    case regular, folder, fifo, device, socket, symbolicLink, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// The kind of the file at `path` (a link's target), or nil when there is none or it
    /// cannot be looked at; opening it will then say why.
    static func at(_ path: String) -> FileKind? {
        var st = stat()
        return stat(path, &st) == 0 ? FileKind(mode: st.st_mode) : nil
    }

    /// "a folder", "a FIFO (named pipe)" …, to follow "X is".
    func described(_ l10n: Localizer) -> String {
        switch self {
        case .regular: return l10n(.filesKindRegular)
        case .folder: return l10n(.filesKindFolder)
        case .fifo: return l10n(.filesKindFifo)
        case .device: return l10n(.filesKindDevice)
        case .socket: return l10n(.filesKindSocket)
        case .symbolicLink: return l10n(.filesKindSymbolicLink)
        case .other: return l10n(.filesKindOther)
        }
    }
}
