import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a streamed snapshot's bytes go: a file descriptor, with the fingerprint hash
/// and the size kept up as the bytes pass. The first failed write is remembered and
/// everything after it skipped; the caller reports it and keeps the old snapshot.
struct StreamSink {
    static let chunk = 1 << 20

    let fd: Int32
    /// The store whose folder holds scratch files; nil for a sink that is itself a scratch file.
    let files: StoreFiles?
    private(set) var hasher = WideHasher()
    private(set) var written = 0
    private(set) var failure: String?

    init(fd: Int32, files: StoreFiles?) {
        self.fd = fd
        self.files = files
    }

    mutating func write(_ bytes: [UInt8]) {
        guard failure == nil else { return }
        guard AtomicFile.writeAll(fd, bytes) else {
            failure = AtomicFile.errnoText()
            return
        }
        hasher.update(bytes)
        written += bytes.count
    }

    mutating func fail(_ reason: String) {
        if failure == nil { failure = reason }
    }

    /// An unnamed file in the store's folder (created and unlinked at once, so nothing is left
    /// behind even after a crash) for the second core's half of a long list; nil when it
    /// cannot be made, and the list is then written on one core.
    func scratchFile() -> Int32? {
        guard let path = files?.scratch() else { return nil }
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        unlink(path)
        return fd
    }

    /// Copies a scratch file's bytes to the end of this stream.
    mutating func append(contentsOf scratch: Int32) {
        guard lseek(scratch, 0, SEEK_SET) == 0 else {
            fail(AtomicFile.errnoText())
            return
        }
        var buffer = [UInt8](repeating: 0, count: Self.chunk)
        while failure == nil {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(scratch, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                fail(AtomicFile.errnoText())
                return
            }
            if n == 0 { return }
            write(Array(buffer[0..<n]))
        }
    }
}
