import Dispatch
import Foundation

/// Independent parts of one piece of work, run on all the machine's cores at once and
/// handed back in order. The overview at start-up and the statistics tab each work out
/// several lists that only read the same register; on two cores they are ready in a
/// little over half the time. Put the longest part first, so that no thread is left
/// with it at the end.
enum ParallelParts {
    /// Each part's result, at the part's place.
    static func run<T: Sendable>(_ parts: [@Sendable () -> T]) -> [T] {
        let slots = parts.map { _ in Slot<T>() }
        DispatchQueue.concurrentPerform(iterations: parts.count) { slots[$0].store(parts[$0]()) }
        return slots.map(\.filled)
    }

    /// Three parts of different kinds.
    static func run<A: Sendable, B: Sendable, C: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B,
                                                          _ c: @Sendable () -> C) -> (A, B, C) {
        let x = Slot<A>(), y = Slot<B>(), z = Slot<C>()
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            switch part {
            case 0: x.store(a())
            case 1: y.store(b())
            default: z.store(c())
            }
        }
        return (x.filled, y.filled, z.filled)
    }
}

/// One part's result, written by the thread that worked it out and read once all are done.
private final class Slot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func store(_ result: T) {
        lock.lock()
        value = result
        lock.unlock()
    }

    var filled: T {
        lock.lock()
        defer { lock.unlock() }
        return value!
    }
}
