import Foundation

/// Work started on another thread now and collected later, so the store can use the
/// machine's second core for half of a long list, or for the lookup index while the
/// snapshot is written. `value` waits for the work to finish.
final class InBackground<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)
    private var collected = false

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's result; the first call waits for it.
    var value: T {
        if !collected {
            done.wait()
            collected = true
        }
        return result!
    }
}
