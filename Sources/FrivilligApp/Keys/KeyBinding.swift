import TerminalUI

/// One line of a key table: the keys, what they do, how `?` and the status line name
/// them, when they apply and whether a read-only window may use them. Declared once,
/// it drives dispatch, help, the hint line and the read-only refusal, so those four
/// cannot disagree about a key (the model is bubbles' `key.Binding`).
///
/// The same shape serves every table; only what the keys do differs: a screen's
/// `KeyAction`, an overlay's `OverlayAction`, a form's `FormAction`.
struct KeyBinding<Action: Sendable>: Sendable {
    let keys: [Key]
    let action: Action
    /// The line in `?` help, key names included ("e   ret"); bindings that share a line
    /// (↑ and ↓) show it once.
    let help: TextKey
    /// The short form for the status line ("e ret"); nil leaves the key to `?`.
    let hint: TextKey?
    let condition: KeyCondition
    /// False for keys that change the register, refused while another window edits it.
    let allowedReadOnly: Bool

    init(_ keys: Key..., action: Action, help: TextKey, hint: TextKey? = nil,
         when condition: KeyCondition = .always, readOnly allowedReadOnly: Bool = true) {
        self.keys = keys
        self.action = action
        self.help = help
        self.hint = hint
        self.condition = condition
        self.allowedReadOnly = allowedReadOnly
    }

    /// F1 over an overlay or a form, where `?` may be text: the keys of what is on top.
    static func help(_ action: Action) -> KeyBinding {
        KeyBinding(.function(1), action: action, help: .helpHelpF1)
    }
}

extension Array {
    /// The binding of a table that `key` belongs to.
    func binding<Action>(for key: Key) -> KeyBinding<Action>? where Element == KeyBinding<Action> {
        first { $0.keys.contains(key) }
    }
}
