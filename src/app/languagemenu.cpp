#include "languagemenu.h"

#include "language.h"
#include "noticebar.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QFrame>
#include <QMenu>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace TaskLanes {

LanguageMenu::LanguageMenu(QMenu *menu, QWidget *window, QBoxLayout *barLayout,
                           std::function<void()> restart)
    : QObject(window), m_window(window), m_barLayout(barLayout), m_restart(std::move(restart))
{
    auto *group = new QActionGroup(this);
    const QString saved = savedLanguage();
    for (const Language &language : availableLanguages()) {
        QAction *action = menu->addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == saved);
        action->setData(language.code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString(), action->text()); });
}

void LanguageMenu::choose(const QString &code, const QString &name)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    const QString barName = u"languageRestartBar"_s;
    if (resolveLanguage(code) == shownLanguage()) {
        delete m_window->findChild<QFrame *>(barName); // nothing to restart for
        return;
    }
    QFrame *bar = showNoticeBar(m_window, m_barLayout, barName, tr("Language"),
                                tr("TaskLanes shows %1 after a restart.").arg(name));
    auto *restartNow = new QPushButton(tr("Restart Now"), bar);
    restartNow->setObjectName(u"languageRestartNow"_s);
    restartNow->setToolTip(tr("Close TaskLanes and start it again in the chosen language; "
                              "the queue and the settings are kept"));
    auto *later = new QPushButton(tr("Later"), bar);
    bar->layout()->addWidget(restartNow);
    bar->layout()->addWidget(later);
    connect(restartNow, &QPushButton::clicked, this, [this] { m_restart(); });
    connect(later, &QPushButton::clicked, bar, &QWidget::hide);
}

} // namespace TaskLanes
