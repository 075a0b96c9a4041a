import Foundation

extension UUID {
    /// The id as two numbers that sort as its `uuidString` does (the hex digits are the
    /// bytes in order), without formatting a string: lists sorted by name use the id to
    /// break ties, for thousands of records at a time.
    var orderKey: UInt128 {
        withUnsafeBytes(of: uuid) { raw in
            raw.reduce(UInt128(0)) { $0 << 8 | UInt128($1) }
        }
    }
}
