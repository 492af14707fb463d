// The app in German and French: the translations are complete and current, and a chosen
// language shows up in the window, the forms and the messages.
#include "exporter.h"
#include "guide.h"
#include "language.h"
#include "daywindow.h"
#include "mainwindow.h"
#include "models/registry.h"
#include "planning/presets.h"
#include "presentation/livetrace.h"
#include "queueeditor.h"
#include "scenarioeditor.h"
#include "scenarios/scenariofile.h"
#include "scenarios/scenariopresets.h"
#include "scenarios/scenariorun.h"
#include "scenariowindow.h"
#include "timelinedata.h"
#include "ui_queueeditor.h"
#include "ui_scenarioeditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace TaskLanes;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // singular, or the forms joined by '\n'
    bool finished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDomDocument doc;
    if (!doc.setContent(&file))
        return {};
    QList<Message> out;
    const QDomNodeList contexts = doc.elementsByTagName(u"context"_s);
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(u"name"_s).text();
        for (QDomElement m = context.firstChildElement(u"message"_s); !m.isNull();
             m = m.nextSiblingElement(u"message"_s)) {
            const QDomElement t = m.firstChildElement(u"translation"_s);
            Message msg{name,
                        m.firstChildElement(u"source"_s).text(),
                        {},
                        !t.hasAttribute(u"type"_s),
                        m.attribute(u"numerus"_s) == u"yes"_s};
            if (msg.numerus) {
                QStringList forms;
                for (QDomElement f = t.firstChildElement(u"numerusform"_s); !f.isNull();
                     f = f.nextSiblingElement(u"numerusform"_s))
                    forms.append(f.text());
                msg.translation = forms.join(u'\n');
            } else {
                msg.translation = t.text();
            }
            out.append(msg);
        }
    }
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TASKLANES_SOURCE_DIR) + u"/translations/tasklanes_"_s + language +
           u".ts"_s;
}

// What a translation must keep from its source: the %1..%9 (and localized %L1..%L9)
// and %n markers, and the markup tags.
QStringList markers(const QString &text)
{
    static const QRegularExpression re(uR"(%L?[1-9]|%n|<[a-z0-9/]+>)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    return int(QString(text).remove(u"&&"_s).count(u'&'));
}

// Alt+letter owners in a window: its menus, tabs, labels with buddies and buttons (a
// tool bar's and a tool button's text shows no mnemonic), with the letters that more than
// one owns.
QStringList mnemonicClashes(QMainWindow &w, int *letters)
{
    QMap<QChar, QStringList> owners;
    auto note = [&](const QString &text) {
        const QString plain = QString(text).remove(u"&&"_s);
        const qsizetype at = plain.indexOf(u'&');
        if (at >= 0 && at + 1 < plain.size())
            owners[plain.at(at + 1).toLower()].append(text);
    };
    if (w.menuWidget())
        for (QAction *a : w.menuBar()->actions())
            note(a->text());
    for (QTabWidget *tabs : w.findChildren<QTabWidget *>()) {
        if (tabs->isVisibleTo(&w))
            for (int i = 0; i < tabs->count(); ++i)
                note(tabs->tabText(i));
    }
    for (QLabel *label : w.findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(&w))
            note(label->text());
    }
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        if (!qobject_cast<QToolButton *>(b) && b->isVisibleTo(&w))
            note(b->text());
    }
    QStringList clashes;
    for (auto it = owners.begin(); it != owners.end(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"Alt+%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    *letters = int(owners.size());
    return clashes;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(MainWindow::autosavePath());
    }

    void cleanup() { installTranslations(u"en"_s); }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("French") << u"fr"_s;
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY(messages.size() > 300);
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.finished && !m.translation.trimmed().isEmpty(), qPrintable(where));
            const QStringList forms =
                m.numerus ? m.translation.split(u'\n') : QStringList{m.translation};
            QCOMPARE(forms.size(), m.numerus ? 2 : 1);
            for (const QString &form : forms) {
                QVERIFY2(markers(form) == markers(m.source), qPrintable(where + u" → "_s + form));
                QVERIFY2(mnemonics(form) == mnemonics(m.source),
                         qPrintable(where + u" → "_s + form));
            }
            // Shortcuts stay parseable: they are translated to themselves.
            static const QRegularExpression shortcut(
                uR"(^(((Ctrl|Alt|Shift)\+)+([A-Z0-9+-]|Up|Down)|F[0-9]+|Esc)$)"_s);
            if (shortcut.match(m.source).hasMatch())
                QCOMPARE(m.translation, m.source);
        }
    }

    void englishHasEveryPluralForm()
    {
        const QList<Message> messages = readTs(tsPath(u"en"_s));
        int plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.finished, qPrintable(m.source));
            const QStringList forms = m.translation.split(u'\n');
            QCOMPARE(forms.size(), 2);
            // (%Ln is the count in the language's digits)
            const auto counts = [](const QString &form) {
                return form.contains(u"%n"_s) || form.contains(u"%Ln"_s);
            };
            QVERIFY2(counts(forms.at(0)) && counts(forms.at(1)), qPrintable(m.source));
            QVERIFY(!forms.at(0).contains(u"(s)"_s) && !forms.at(1).contains(u"(s)"_s));
        }
        QVERIFY(plurals >= 5);
    }

    // Every text in the code is in the translation files: lupdate run on the sources now
    // finds exactly the texts the committed files hold.
    void theTranslationsAreCurrent()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh_de.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TASKLANES_SOURCE_DIR));
        lupdate.start(QStringLiteral(TASKLANES_LUPDATE), {u"-silent"_s, u"-locations"_s, u"none"_s,
                                                          u"src"_s, u"ui"_s, u"-ts"_s, fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        auto keys = [](const QList<Message> &messages) {
            QStringList out;
            for (const Message &m : messages)
                out.append(m.context + u" | "_s + m.source);
            out.sort();
            return out;
        };
        const QStringList inCode = keys(readTs(fresh));
        QVERIFY(inCode.size() > 300);
        for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s}) {
            const QStringList committed = keys(readTs(tsPath(language)));
            for (const QString &k : inCode)
                QVERIFY2(committed.contains(k), qPrintable(language + u" lacks "_s + k));
            for (const QString &k : committed)
                QVERIFY2(inCode.contains(k),
                         qPrintable(language + u" has a text the code no longer has: "_s + k));
        }
    }

    void installsTheChosenLanguage()
    {
        QCOMPARE(installTranslations(u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow", "Got it"), u"Verstanden"_s);
        QCOMPARE(kindLabel(WorkKind::Sleep), u"Schlafen"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::QueueEditor", "%n item(s)", nullptr, 3),
                 u"3 Einträge"_s);
        // Qt's own texts come along (standard buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // Why an item failed: in German on screen, in English in files and on the command line.
        const ItemError refused{ItemError::Kind::Refused, {u"127.0.0.1:1"_s}};
        QCOMPARE(refused.translated(), u"Verbindung von 127.0.0.1:1 abgelehnt"_s);
        QCOMPARE(refused.text(), u"connection refused by 127.0.0.1:1"_s);
        LiveTrace live;
        Trace::Data data;
        data.variantId = u"async-http"_s;
        data.tasks = 1;
        data.items = {WorkItem::fetch(u"http://127.0.0.1:1/"_s)};
        data.spans = {{0, 10, 0, 0, SpanState::Failed}};
        data.errors.insert(0, refused);
        live.setTrace(Trace(std::move(data)));
        QCOMPARE(live.errorFor(0), refused.translated());
        // Scenarios: the presets and the file's errors.
        QCOMPARE(Scenarios::findScenarioPreset(u"washer-dryer")->translatedTitle(),
                 u"Waschmaschine und Trockner (Deadlock)"_s);
        const auto bad = Scenarios::parseScenarioJson(
            "{\"format\": \"tasklanes-scenario\", \"version\": 1, \"tasks\": []}", u"s.json"_s);
        QCOMPARE(bad.error(), u"s.json: es hat keine Tasks"_s);
        {
            ScenarioWindow lab;
            QCOMPARE(lab.findChild<QAction *>(u"actionRun"_s)->text(), u"A&usführen"_s);
            QCOMPARE(lab.windowTitle(), u"Szenarien — TaskLanes"_s);
        }

        QCOMPARE(installTranslations(u"fr"_s), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow", "Got it"), u"Compris"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::QueueEditor", "%n item(s)", nullptr, 1),
                 u"1 élément"_s);

        QCOMPARE(installTranslations(u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow", "Got it"), u"Got it"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::QueueEditor", "%n item(s)", nullptr, 1),
                 u"1 item"_s);
        // A language TaskLanes does not have falls back to English.
        QCOMPARE(installTranslations(u"ja"_s), u"en"_s);
        QCOMPARE(shownLanguage(), u"en"_s);
        QCOMPARE(resolveLanguage(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::QueueEditor", "%n item(s)", nullptr, 2),
                 u"2 items"_s);
    }

    void theWindowShowsGerman()
    {
        installTranslations(u"de"_s);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"A&usführen"_s, u"&Ansicht"_s,
                                     u"&Hilfe"_s}));
        QCOMPARE(w.findChild<QAction *>(u"actionRunAll"_s)->text(), u"&Alle ausführen"_s);
        // Shortcuts still work and show in the menu in the language's words.
        QCOMPARE(w.findChild<QAction *>(u"actionRun"_s)->shortcut(), QKeySequence(u"Ctrl+R"_s));
        QVERIFY(w.findChild<QAction *>(u"actionRun"_s)
                    ->shortcut()
                    .toString(QKeySequence::NativeText)
                    .startsWith(u"Strg"_s));
        auto *list = w.findChild<QListWidget *>(u"variantList"_s);
        QCOMPARE(list->item(0)->text(), u"Synchron (Aufrufe nacheinander)"_s);
        // Hovering a variant explains it.
        QVERIFY(list->item(0)->toolTip().contains(u"eine volle Spur, eine leere"_s));

        // The queue form: summary, kind names and a refused value, in German.
        w.queueEditor()->restoreQueue(presets().first().queue); // sleep 15, 10, 5, 2
        Ui::QueueEditor *ui = w.queueEditor()->ui();
        QCOMPARE(ui->summaryLabel->text(), u"4 Einträge, insgesamt 32 Einheiten"_s);
        QCOMPARE(ui->kindCombo->currentText(), u"Schlafen"_s);
        ui->valueEdit->clear();
        QTest::keyClicks(ui->valueEdit, u"12a"_s);
        QVERIFY2(w.queueEditor()->message().contains(u"ist keine ganze Zahl"_s),
                 qPrintable(w.queueEditor()->message()));
        QCOMPARE(ui->valueEdit->text(), u"12a"_s);
        w.close();
    }

    void theWindowShowsFrench()
    {
        installTranslations(u"fr"_s);
        MainWindow w;
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus.first(), u"&Fichier"_s);
        QCOMPARE(menus.last(), u"Aid&e"_s);
        auto *list = w.findChild<QListWidget *>(u"variantList"_s);
        QCOMPARE(list->item(3)->text(), u"Asynchrone (boucle d'événements)"_s);
        // A damaged queue file's reason reaches the user in French too.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "tasklanes-queue", "version": 1, "items": []})");
        f.close();
        const Status refused = w.openFile(path);
        QVERIFY(!refused);
        const QString error = refused.error();
        QVERIFY2(error.contains(u"la file est vide"_s), qPrintable(error));
        w.close();
    }

    // An Alt+letter reaches one control of the window, in every language: a letter two
    // controls share only moves the focus between them (issue 11: Alt+V meant the View
    // menu, "Variants" and "Value", and did nothing).
    void windowMnemonicsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }
    void windowMnemonicsAreUnique()
    {
        QFETCH(QString, language);
        installTranslations(language);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        int letters = 0;
        QStringList clashes = mnemonicClashes(w, &letters);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(letters >= 12);
        // The Scenario program: the window's menus and the lab's forms in one window.
        QVERIFY(w.setScenarioProgram(true));
        QVERIFY(w.scenarioLab()->choosePreset(u"condition-shelf"_s));
        {
            auto *editor = w.scenarioLab()->findChild<ScenarioEditor *>();
            editor->selectTask(1);
            for (QTreeWidgetItemIterator it(editor->ui()->stepTree); *it; ++it)
                if ((*it)->text(0).contains(u" ≥ "_s))
                    editor->ui()->stepTree->setCurrentItem(*it);
            QVERIFY(editor->ui()->atLeastEdit->isVisibleTo(&w));
        }
        QApplication::processEvents(); // the tool bar hides the queue's fields as it lays out
        QVERIFY(!w.findChild<QSpinBox *>(u"switchIntervalSpin"_s)->isVisibleTo(&w));
        clashes = mnemonicClashes(w, &letters);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(letters >= 18);
        // The parent's day: the menus and the day's forms, every field enabled in turn.
        QVERIFY(w.setProgram(MainWindow::Program::Day));
        for (const Home::Parent parent :
             {Home::Parent::Polling, Home::Parent::Async, Home::Parent::Threads}) {
            w.parentsDay()->chooseParent(parent);
            QApplication::processEvents();
            clashes = mnemonicClashes(w, &letters);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
            QVERIFY(letters >= 16);
        }
        QVERIFY(w.setScenarioProgram(false));
        w.close();
        // The scenario lab and its forms, with every field of the step form shown.
        ScenarioWindow lab;
        lab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab));
        QVERIFY(lab.choosePreset(u"condition-shelf"_s));
        auto *editor = lab.findChild<ScenarioEditor *>();
        editor->selectTask(1); // a customer, whose wait waits for the stock
        QTreeWidget *steps = editor->ui()->stepTree;
        for (QTreeWidgetItemIterator it(steps); *it; ++it)
            if ((*it)->text(0).contains(u" ≥ "_s))
                steps->setCurrentItem(*it);
        QVERIFY(editor->ui()->atLeastEdit->isVisibleTo(&lab));
        clashes = mnemonicClashes(lab, &letters);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        QVERIFY(letters >= 15);
        lab.close();
    }

    void theLanguageMenuSavesTheChoice()
    {
        installTranslations(u"en"_s);
        saveLanguage(QString());
        MainWindow w;
        auto *menu = w.findChild<QMenu *>(u"menuLanguage"_s);
        QVERIFY(menu);
        QStringList names;
        QAction *french = nullptr;
        for (QAction *a : menu->actions()) {
            names.append(a->text());
            if (a->data().toString() == u"fr"_s)
                french = a;
        }
        QCOMPARE(names,
                 (QStringList{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Français"_s}));
        QVERIFY(menu->actions().first()->isChecked());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        french->trigger();
        QCOMPARE(savedLanguage(), u"fr"_s);
        QVERIFY(french->isChecked());
        // A bar offers the restart that shows it.
        auto *bar = w.findChild<QFrame *>(u"languageRestartBar"_s);
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->findChild<QLabel *>()->text().contains(u"Français"_s));
        QVERIFY(bar->findChild<QPushButton *>(u"languageRestartNow"_s));
        // The next start would show French (resolved, not installed: this window is English).
        QCOMPARE(resolveLanguage(savedLanguage()), u"fr"_s);
        // Going back to the language on screen needs no restart.
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == u"en"_s)
                a->trigger();
        }
        QCOMPARE(savedLanguage(), u"en"_s);
        QVERIFY(!w.findChild<QFrame *>(u"languageRestartBar"_s));
        saveLanguage(QString());
        w.close();
    }

    // Numbers follow the locale in the app (decimal commas in German), never on the
    // command line, which pins the C locale.
    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(u"de"_s);
        QCOMPARE(TimeLineData::formatTime(1.5e9, 5e8), u"1,5 s"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow",
                                             "%1 finished in %L2 units (%L3 s); ideal %L4 units")
                     .arg(u"async"_s)
                     .arg(17.01, 0, 'f', 2)
                     .arg(1.7, 0, 'f', 2)
                     .arg(17.0, 0, 'f', 1),
                 u"async fertig nach 17,01 Einheiten (1,70 s); ideal 17,0 Einheiten"_s);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(TimeLineData::formatTime(1.5e9, 5e8), u"1.5 s"_s);
        // A language chosen in the app brings its numbers, whatever the system's locale.
        installTranslations(u"de"_s);
        QCOMPARE(QLocale().decimalPoint(), u","_s);
        QCOMPARE(TimeLineData::formatTime(1.5e9, 5e8), u"1,5 s"_s);
        installTranslations(u"fr"_s);
        QCOMPARE(QLocale().toString(2.5, 'f', 1), u"2,5"_s);
        installTranslations(u"en"_s);
        QCOMPARE(QLocale().decimalPoint(), u"."_s);
        // The progress bar's count in the same digits as the rest of the window.
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow", "%L1 of %Ln item(s)", nullptr,
                                             10000)
                     .arg(4945),
                 u"4,945 of 10,000 items"_s);
        installTranslations(u"de"_s);
        QCOMPARE(QCoreApplication::translate("TaskLanes::MainWindow", "%L1 of %Ln item(s)", nullptr,
                                             10000)
                     .arg(4945),
                 u"4.945 von 10.000 Einträgen"_s);
        // A scenario's title on the timeline too (the command line's stays in C's digits).
        {
            Scenarios::RunOptions options;
            options.unitMs = 10;
            const Scenarios::ScenarioTrace run = Scenarios::runScenario(
                Scenarios::findScenarioPreset(u"washer-dryer-fixed")->scenario, options);
            const QString title = scenarioTitle(run);
            QVERIFY2(QRegularExpression(u"\\d,\\d "_s).match(title).hasMatch(), qPrintable(title));
        }
        installTranslations(u"en"_s);
        QLocale::setDefault(QLocale::c());

        // The real binary in a German environment: its numbers and lines stay as they are.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TASKLANES_BINARY),
                  {u"run"_s, u"async"_s, u"--unit-ms"_s, u"10"_s, u"--queue"_s, u"3,x"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        const QString error = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(error.contains(u"is not a whole number"_s), qPrintable(error));
        cli.start(QStringLiteral(TASKLANES_BINARY),
                  {u"run"_s, u"async"_s, u"--unit-ms"_s, u"10"_s, u"--queue"_s, u"3,1"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        // A decimal point, not a comma (the total itself is timing, checked elsewhere).
        static const QRegularExpression total(uR"(\nTotal elapsed time: \d+\.\d\n$)"_s);
        QVERIFY2(total.match(out).hasMatch(), qPrintable(out));
    }

    void theGuideExplainsEveryModel()
    {
        installTranslations(u"de"_s);
        const QString html = Guide::html();
        for (const Model *m : models()) {
            QVERIFY2(html.contains(m->translatedExplanation().toHtmlEscaped()), qPrintable(m->id));
            QVERIFY(html.contains(m->id));
        }
        QVERIFY(html.contains(u"blockiert"_s)); // the colours, named
        QVERIFY(html.contains(u"Tasten auf der Zeitleiste"_s));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
