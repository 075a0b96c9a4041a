import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading the store's files: the whole file, with the system's own words for why not,
/// never through a link and never waiting on a FIFO.
extension Store {
    static func fileSize(_ path: String) -> Int? {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : nil
    }

    /// Snapshots at least this large are read into memory the reader may give back as it
    /// goes (see `PageRelease`): at 100,000 volunteers that is 150 MB less at the peak.
    nonisolated(unsafe) static var releaseReadPagesFrom = 8 << 20

    /// The file's bytes in a private anonymous mapping of their own, which the fast reader
    /// may hand back page by page. Nil when the mapping cannot be made or the file grew
    /// while it was read: the caller then reads it the ordinary way.
    static func readReleasable(_ path: String) throws(StoreError) -> Data? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(path: path, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let mapping = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapping != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        var got = 0
        while got < size {
            let n = Glibc.read(fd, mapping + got, size - got)
            if n < 0 {
                if errno == EINTR { continue }
                let reason = AtomicFile.errnoText()
                munmap(mapping, size)
                throw .unreadable(path: path, reason: reason)
            }
            if n == 0 { break }
            got += n
        }
        var extra: UInt8 = 0
        guard got == size, Glibc.read(fd, &extra, 1) == 0 else {
            munmap(mapping, size)
            return nil
        }
        return Data(bytesNoCopy: mapping, count: size, deallocator: .custom { pointer, _ in munmap(pointer, size) })
    }

    /// Reads the whole file, with the system's own words for why it cannot be read
    /// ("Permission denied", "Is a directory").
    static func read(_ path: String) throws(StoreError) -> Data {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(path: path, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: path, reason: AtomicFile.errnoText()) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile(path: path) }
        var data = Data(capacity: Int(st.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: AtomicFile.errnoText())
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[0..<n])
        }
    }
}
