/// A value computed the first time it is read and kept; copies of the struct that holds
/// it share the one computation. Only for values derived from data that never changes
/// under it (a new register gets a new `LazyValue`).
final class LazyValue<T> {
    private var make: (() -> T)?
    private var computed: T?

    init(_ make: @escaping () -> T) {
        self.make = make
    }

    var value: T {
        if let computed { return computed }
        let value = make!()
        computed = value
        make = nil
        return value
    }
}
