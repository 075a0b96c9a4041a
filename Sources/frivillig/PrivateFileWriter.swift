import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes personal data (an export, a welcome letter) to a file only its owner can read
/// (mode 0600), and never replaces an existing file by accident: the file is created
/// with O_EXCL, so even a file that appears between a check and the write is kept.
enum PrivateFileWriter {
    enum Failure: Error, Equatable {
        case exists(String)
        case failed(String, reason: String)
    }

    /// Creates `path` with `data`. An existing file is an error unless `replace`; then the
    /// data goes to a new temporary file beside it that is renamed over it, so the result
    /// is 0600 whatever the old file's mode was, and a failed write leaves the old file.
    static func write(_ data: Data, to path: String, replace: Bool) throws {
        guard replace else { return try create(path, data) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
        try create(temporary, data)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.failed(path, reason: reason)
        }
    }

    /// Creates `directory/base.ext`, or `base-2.ext`, `base-3.ext` … whichever is the
    /// first that does not exist yet; returns its path. Throws only `failed`.
    static func writeNumbered(_ data: Data, directory: String, base: String, ext: String) throws -> String {
        for n in 1...999 {
            let name = n == 1 ? "\(base).\(ext)" : "\(base)-\(n).\(ext)"
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            do {
                try create(path, data)
                return path
            } catch Failure.exists {
                continue
            }
        }
        let last = URL(fileURLWithPath: directory).appendingPathComponent("\(base)-999.\(ext)").path
        throw Failure.failed(last, reason: String(cString: strerror(EEXIST)))
    }

    private static func create(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw Failure.exists(path) }
            throw Failure.failed(path, reason: String(cString: strerror(errno)))
        }
        var failure: String?
        if fchmod(fd, 0o600) != 0 { failure = String(cString: strerror(errno)) }
        data.withUnsafeBytes { raw in
            var offset = 0
            while failure == nil, offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                } else {
                    offset += n
                }
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(path)
            throw Failure.failed(path, reason: failure)
        }
    }
}
