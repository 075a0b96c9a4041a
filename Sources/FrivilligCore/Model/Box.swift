/// A reference that value types keep their fields in, to be copied cheaply and changed
/// only when no one else holds it (see `Volunteer`).
final class Box<T>: @unchecked Sendable {
    var value: T

    init(_ value: T) {
        self.value = value
    }
}
