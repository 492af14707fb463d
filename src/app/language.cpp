#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace TaskLanes {

namespace {

// Kept so that a second call can take the first call's translators out again; owned by
// the application object, so that none outlives it.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_shown = u"en"_s;

void replaceTranslator(QPointer<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next.release();
    if (slot) {
        slot->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(slot);
    }
}

} // namespace

QList<Language> availableLanguages()
{
    return {{QString(), QCoreApplication::translate("Language", "System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"fr"_s, u"Français"_s}};
}

QString savedLanguage()
{
    return QSettings().value(u"language"_s).toString();
}

void saveLanguage(const QString &code)
{
    QSettings().setValue(u"language"_s, code);
}

QString resolveLanguage(const QString &code)
{
    // The first of the preferred languages that TaskLanes has, as QTranslator would pick.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    for (const QString &preferred : locale.uiLanguages()) {
        const QString language = preferred.left(2).toLower();
        if (QFile::exists(u":/i18n/tasklanes_"_s + language + u".qm"_s))
            return language;
    }
    return u"en"_s;
}

QString installTranslations(const QString &code)
{
    // English is translated too: it holds the plural forms ("1 item", "2 items").
    const QString shown = resolveLanguage(code);
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u":/i18n/tasklanes_"_s + shown + u".qm"_s))
        app.reset();
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(shown), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    replaceTranslator(g_appTranslator, std::move(app));
    replaceTranslator(g_qtTranslator, std::move(qt));
    g_shown = shown;
    // Numbers follow the language on screen (issue 11: Deutsch chosen from the menu kept
    // decimal points): the system's own locale where it speaks that language (de_AT stays
    // de_AT), else the language's.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(shown).language() ? system : QLocale(shown));
    return shown;
}

QString shownLanguage()
{
    return g_shown;
}

} // namespace TaskLanes
