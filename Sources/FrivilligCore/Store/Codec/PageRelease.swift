import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives the pages of a private anonymous mapping back to the system once they have been
/// read (`madvise(MADV_DONTNEED)`; they would read as zeros afterwards), so loading a
/// large snapshot does not hold the file's bytes and the decoded register at once.
///
/// Each reading thread has its own, limited to its part of the bytes (`ceiling`), and
/// releases only whole pages inside it.
struct PageRelease {
    /// Release in steps of this many bytes.
    static let step = 4 << 20
    private static let page = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Bytes before this offset have been released (or belong to someone else).
    private(set) var done: Int
    /// Never release at or beyond this offset.
    var ceiling: Int

    init(from start: Int, ceiling: Int) {
        done = start
        self.ceiling = ceiling
    }

    mutating func release(upTo position: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let from = (done + Self.page - 1) / Self.page * Self.page
        let to = min(position, ceiling) / Self.page * Self.page
        guard to > from else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + from), to - from, MADV_DONTNEED)
        done = to
    }
}
