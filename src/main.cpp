#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // With arguments it is a command-line tool and needs no display at all.
    if (argc > 1) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("TaskLanes"));
        QCoreApplication::setApplicationVersion(QStringLiteral(TASKLANES_VERSION));
        return TaskLanes::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TaskLanes"));
    QApplication::setOrganizationName(QStringLiteral("TaskLanes"));
    QApplication::setApplicationVersion(QStringLiteral(TASKLANES_VERSION));
    TaskLanes::MainWindow window;
    window.show();
    return app.exec();
}
