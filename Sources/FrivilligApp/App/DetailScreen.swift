/// A record shown with every field and the records linked to it, scrolled by line.
public struct DetailScreen: Sendable {
    public let ref: RecordRef
    public var scroll = 0

    public init(ref: RecordRef) {
        self.ref = ref
    }
}
