/// What has the keys and is drawn on top: an overlay, a list's `/` search, or the
/// screen itself with its key table. `AppState.focus` is the one place that decides it.
enum Focus {
    case overlay(Overlay)
    case search
    case screen(KeyScope)
}
