#include "language.h"

#include <QCoreApplication>
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

QString installTranslations(const QString &code)
{
    // English is translated too: it holds the plural forms ("1 item", "2 items").
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, u"tasklanes"_s, u"_"_s, u":/i18n"_s))
        (void)app->load(u":/i18n/tasklanes_en.qm"_s);
    const QString shown = app->language().isEmpty() ? u"en"_s : app->language().left(2);

    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(shown), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    replaceTranslator(g_appTranslator, std::move(app));
    replaceTranslator(g_qtTranslator, std::move(qt));
    return shown;
}

} // namespace TaskLanes
