extension KeyedDecodingContainer {
    /// Optional fields may be missing in files written by earlier versions of the program;
    /// they load as their empty value instead of failing the whole store.
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key, default value: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(type, forKey: key) ?? value()
    }
}
