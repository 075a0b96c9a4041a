/// The screens speak through `Localizer`; whoever imports the screens gets the words too.
@_exported import FrivilligText
