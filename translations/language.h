#pragma once

// Which language the programs speak: English (the source strings) or French.
// The choice is the system locale unless a setting or --language overrides it;
// installing a language replaces the translators of the application (which
// sends QEvent::LanguageChange to every widget) and the default locale.

#include <QString>
#include <QStringList>

namespace em::i18n {

// Codes of the shipped languages: "en", "fr".
QStringList languages();
// "English", "Français": each language named in itself, for a language menu.
QString nativeName(const QString &code);
// "system" (or empty) -> the first shipped language of the system's UI
// languages, else "en"; a shipped code -> itself; anything else -> "en".
QString resolve(const QString &choice);
// Whether `choice` is "system" or a shipped code.
bool isValidChoice(const QString &choice);
// Installs the translators of `code` (see resolve); returns the code installed.
QString install(const QString &choice);
// The code installed last ("en" before any install).
QString current();

} // namespace em::i18n
