# Texts shared by every screen.

# The name of the language, in the language itself (language button).
common-language-name = English
common-listen = Listen
# The guide, a small kitten who gives the 6-9 instructions: its name (read by screen readers).
common-guide-name = Miette, the kitten
# On an end screen, beside the sticker the visitor just earned for the album.
common-new-sticker = A new sticker!
common-home = Home
common-save-busy = Already saving, please wait a moment.
common-saved = Saved! { $file }
common-saved-to = Saved! The file is here: { $path }
common-save-failed = The file could not be saved. Ask a facilitator for help.
