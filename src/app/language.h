#pragma once

#include <QList>
#include <QString>

namespace TaskLanes {

// The languages the app's texts come in, and the translators that show them. The
// command line never loads a translator: its output and errors stay English, since
// scripts read them.
struct Language
{
    QString code;       // "" follows the system; otherwise "en", "de", "fr"
    QString nativeName; // the language's own name for itself
};

QList<Language> availableLanguages();

// The choice saved in the settings ("" for the system's language).
QString savedLanguage();
void saveLanguage(const QString &code);

// Installs the app's translation and Qt's own (standard buttons and dialogs) for code,
// or for the system's preferred languages when code is empty, replacing any installed
// before. Returns the language now shown ("en" when nothing matched).
QString installTranslations(const QString &code);
// The language installTranslations would show for code, without installing it.
QString resolveLanguage(const QString &code);
// The language installed last ("en" before any).
QString shownLanguage();

} // namespace TaskLanes
