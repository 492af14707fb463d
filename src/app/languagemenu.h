#pragma once

#include <QObject>

#include <functional>

class QBoxLayout;
class QMenu;
class QWidget;

namespace TaskLanes {

// View › Language: the languages to choose from, the choice saved, and — when it changes
// what is on screen — a bar offering to restart now or later. Every window sets its
// texts once, when it is built: a restart shows the new language everywhere at once,
// where retranslating in place could miss a text.
class LanguageMenu : public QObject
{
    Q_OBJECT
public:
    // restart closes the window (which saves everything) and starts the app again.
    LanguageMenu(QMenu *menu, QWidget *window, QBoxLayout *barLayout,
                 std::function<void()> restart);

private:
    void choose(const QString &code, const QString &name);

    QWidget *m_window;
    QBoxLayout *m_barLayout;
    std::function<void()> m_restart;
};

} // namespace TaskLanes
