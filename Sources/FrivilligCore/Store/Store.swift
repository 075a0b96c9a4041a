import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The register on disk: one JSON file, written atomically, with the previous version
/// kept as `<name>.bak` beside it.
///
/// Writers serialise on an advisory lock (`<name>.lock`, flock, released by the kernel
/// when a process dies) and reload first when another process replaced the file since
/// this one read it, so two copies of the program never lose each other's changes.
public final class Store {
    public let url: URL
    public private(set) var register: Register
    private var stamp: FileStamp?

    public var path: String { url.path }
    public var backupURL: URL { url.appendingPathExtension("bak") }
    var lockPath: String { url.path + ".lock" }

    private init(url: URL, register: Register, stamp: FileStamp?) {
        self.url = url
        self.register = register
        self.stamp = stamp
    }

    /// Opens the store, creating an empty one (0600, folder 0700) if there is none yet.
    /// A file that does not load is left exactly as it is.
    public static func open(at url: URL) throws(StoreError) -> Store {
        let path = url.path
        if FileManager.default.fileExists(atPath: path) {
            let store = Store(url: url, register: Register(), stamp: nil)
            try store.reload()
            return store
        }
        try AtomicFile.ensureDirectory(for: url)
        let store = Store(url: url, register: Register(), stamp: nil)
        let lock = try store.acquireLock()
        defer { Store.release(lock) }
        if FileManager.default.fileExists(atPath: path) {
            try store.reload()
        } else {
            try store.write(Register())
        }
        return store
    }

    /// Applies changes and saves; the register is only replaced once the file is written.
    /// Another process's save since our load is read first, so its changes survive.
    ///
    /// Throws `RegisterError` when a change is refused and `StoreError` when the file
    /// could not be read or written; either way nothing on disk or in memory changed.
    @discardableResult
    public func commit(_ changes: [Change]) throws -> Register {
        let lock = try acquireLock()
        defer { Store.release(lock) }
        if FileStamp(path: path) != stamp { try reload() }
        let updated = try register.applying(changes)
        try write(updated)
        return updated
    }

    /// Replaces the whole register (demo data, a restore), keeping the old file as backup.
    public func replace(with newRegister: Register) throws(StoreError) {
        let lock = try acquireLock()
        defer { Store.release(lock) }
        try write(newRegister)
    }

    /// Re-reads the file, e.g. after another process changed it.
    public func reload() throws(StoreError) {
        let data = try Store.read(path)
        let newStamp = FileStamp(path: path)
        register = try StoreCodec.decode(data, path: path)
        stamp = newStamp
    }

    private func write(_ newRegister: Register) throws(StoreError) {
        let data: Data
        do {
            data = try StoreCodec.encode(newRegister)
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        try AtomicFile.replace(url, with: data, backup: backupURL)
        register = newRegister
        stamp = FileStamp(path: path)
    }

    private func acquireLock() throws(StoreError) -> Int32 {
        let fd = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: lockPath, reason: AtomicFile.errnoText()) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = AtomicFile.errnoText()
                close(fd)
                throw .writeFailed(path: lockPath, reason: reason)
            }
        }
        return fd
    }

    /// Closing the descriptor releases the flock.
    private static func release(_ fd: Int32) {
        close(fd)
    }

    /// Reads the whole file, with the system's own words for why it cannot be read
    /// ("Permission denied", "Is a directory").
    private static func read(_ path: String) throws(StoreError) -> Data {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(path: path, reason: AtomicFile.errnoText()) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: String(cString: strerror(EISDIR))) }
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
