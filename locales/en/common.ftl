# Texts shared by every screen.

# The name of the language, in the language itself (language button).
common-language-name = English
common-listen = Listen
common-home = Home
common-save-busy = Already saving, please wait a moment.
common-saved = Saved! { $file }
common-saved-to = Saved! The file is here: { $path }
common-save-failed = The file could not be saved. Ask a facilitator for help.
