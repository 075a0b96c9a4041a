#if canImport(Glibc)
import Glibc
#endif

/// Identity of the file as last seen, so a writer can tell that another process has
/// replaced the store since it was loaded and reload before applying its change.
struct FileStamp: Equatable {
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    /// The change time, which `touch` cannot set back: a file edited with its
    /// modification time restored still looks changed.
    let changedSeconds: Int
    let changedNanoseconds: Int

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modifiedSeconds = st.st_mtim.tv_sec
        modifiedNanoseconds = st.st_mtim.tv_nsec
        changedSeconds = st.st_ctim.tv_sec
        changedNanoseconds = st.st_ctim.tv_nsec
    }
}
