#if canImport(Glibc)
import Glibc
#endif

/// Which file a snapshot is, down to its last change: device, inode, size, and both the
/// modification and the status-change time in nanoseconds.
///
/// A derived file records the identity of the snapshot it was made from and is trusted
/// only while the snapshot still has it. Frivillig never rewrites a snapshot in place (a
/// new one is a new inode, renamed over the old); an editor that does rewrite it changes
/// the modification time, and `touch -d` cannot turn back the status-change time.
struct SnapshotIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: (seconds: Int64, nanoseconds: Int64)
    let changed: (seconds: Int64, nanoseconds: Int64)

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        modified = (Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec))
        changed = (Int64(st.st_ctim.tv_sec), Int64(st.st_ctim.tv_nsec))
    }

    init(fields: [UInt64]) {
        device = fields[0]
        inode = fields[1]
        size = Int64(bitPattern: fields[2])
        modified = (Int64(bitPattern: fields[3]), Int64(bitPattern: fields[4]))
        changed = (Int64(bitPattern: fields[5]), Int64(bitPattern: fields[6]))
    }

    /// The seven numbers, in the order `init(fields:)` reads them.
    var fields: [UInt64] {
        [device, inode, UInt64(bitPattern: size), UInt64(bitPattern: modified.seconds), UInt64(bitPattern: modified.nanoseconds),
         UInt64(bitPattern: changed.seconds), UInt64(bitPattern: changed.nanoseconds)]
    }

    static func == (a: SnapshotIdentity, b: SnapshotIdentity) -> Bool {
        a.fields == b.fields
    }
}
