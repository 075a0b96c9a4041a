import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A held flock on one of the store's lock files (`StoreFiles.lock`, `StoreFiles.session`).
///
/// flock, not fcntl locks: the kernel releases it when the process dies, so a crash never
/// blocks the next writer, and it is held per descriptor, so two stores opened in one
/// process exclude each other as two processes do. The three kinds the store needs are
/// here in one place: exclusive for writers, shared for readers, and a try that gives up
/// at once (stray clean-up, the editing session).
struct StoreLock {
    let descriptor: Int32

    /// Waits for the writers' lock; creates the lock file (0600) when missing.
    static func exclusive(_ file: URL) throws(StoreError) -> StoreLock {
        let fd = Glibc.open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: file.path, reason: AtomicFile.errnoText()) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = AtomicFile.errnoText()
                close(fd)
                throw .writeFailed(path: file.path, reason: reason)
            }
        }
        return StoreLock(descriptor: fd)
    }

    /// A shared lock for reading, so readers never wait for each other. Nil when the lock
    /// file cannot be opened (a store in a read-only folder): then the caller reads
    /// without it, as no one can be writing there either.
    static func shared(_ file: URL) -> StoreLock? {
        var fd = Glibc.open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if fd < 0 && errno != ELOOP { fd = Glibc.open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        guard fd >= 0 else { return nil }
        while flock(fd, LOCK_SH) != 0 {
            guard errno == EINTR else {
                close(fd)
                return nil
            }
        }
        return StoreLock(descriptor: fd)
    }

    /// What trying the exclusive lock without waiting found.
    enum Attempt {
        case held(StoreLock)
        /// Another process holds it.
        case busy
        /// The lock file could not be opened (missing without `create`, a read-only folder).
        case unavailable
    }

    /// The exclusive lock if no one holds it now, without waiting. `create` makes the
    /// lock file when missing (the editing session); without it a missing file means
    /// there is nothing to guard.
    static func attempt(_ file: URL, create: Bool) -> Attempt {
        let flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0)
        let fd = Glibc.open(file.path, flags, 0o600)
        guard fd >= 0 else { return .unavailable }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return .busy
        }
        return .held(StoreLock(descriptor: fd))
    }

    /// Closing the descriptor releases the flock.
    func release() {
        close(descriptor)
    }
}
