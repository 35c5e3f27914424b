// emconsole: the Qt Widgets administration console. Parses the command line,
// picks the language and opens the org directory (or the demo organization);
// with --screenshot, renders the main window to a PNG once loaded and exits.

#include <cstdio>
#include <ctime>

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QSize>
#include <QThreadPool>
#include <QTimer>

#include <unistd.h>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
#include "language.h"
#include "mainwindow.h"
#include "settingsdialog.h"

namespace {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "emconsole: %s\n", qPrintable(message));
}

// --language is needed before the help text is built, so it is read first.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--language=")))
            return arg.mid(11);
        if (arg == QLatin1String("--language") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

// Renders the window once everything is read and no command runs, then quits.
void shootWhenIdle(em::ui::MainWindow &window, const QString &file)
{
    auto shoot = [&window, file] {
        // One more turn of the event loop so layouts and charts settle.
        QTimer::singleShot(250, &window, [&window, file] {
            const QPixmap pixmap = window.grab();
            if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
                printError(QCoreApplication::translate("emconsole", "screenshot '%1': cannot be written").arg(file));
                QCoreApplication::exit(ExitFailed);
                return;
            }
            QCoreApplication::exit(ExitOk);
        });
    };
    auto *waiting = new QObject(&window);
    QObject::connect(&window, &em::ui::MainWindow::directoryLoaded, waiting,
        [&window, waiting, shoot](bool ok, const QString &message) {
            if (!ok) {
                printError(message);
                QCoreApplication::exit(ExitFailed);
                return;
            }
            if (!window.isBusy()) {
                delete waiting;
                shoot();
                return;
            }
            QObject::connect(&window, &em::ui::MainWindow::idle, waiting, [waiting, shoot] {
                waiting->deleteLater();
                shoot();
            });
        });
    QTimer::singleShot(60 * 1000, &window, [] {
        printError(
            QCoreApplication::translate("emconsole", "screenshot: the org directory was not read within a minute"));
        QCoreApplication::exit(ExitFailed);
    });
}

// EM_TRACE_TIMINGS=1 (for tests/benchmarks/bench_console): prints
// "em-trace MARK mono_ns=N since_start_ms=M" on stderr at "main" (entering
// main), "window-shown" and "servers-painted" (the servers table's first paint
// after the directory was read completely). mono_ns is CLOCK_MONOTONIC, which
// a launching harness compares with its own clock at fork; since_start_ms is
// measured from the process start time in /proc/self/stat (10 ms steps).
class TimingTrace final : public QObject
{
public:
    static bool enabled() { return qEnvironmentVariableIntValue("EM_TRACE_TIMINGS") == 1; }

    static void mark(const char *name)
    {
        timespec mono {}, boot {};
        clock_gettime(CLOCK_MONOTONIC, &mono);
        clock_gettime(CLOCK_BOOTTIME, &boot);
        double sinceStart = -1;
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (stat.open(QIODevice::ReadOnly)) {
            // Field 22, counted after the ")" that ends the command name.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 19) {
                const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
                sinceStart = double(boot.tv_sec) * 1000.0 + double(boot.tv_nsec) / 1e6 - startMs;
            }
        }
        std::fprintf(stderr, "em-trace %s mono_ns=%lld since_start_ms=%.0f\n", name,
            static_cast<long long>(mono.tv_sec) * 1000000000LL + mono.tv_nsec, sinceStart);
        std::fflush(stderr);
    }

    // Marks the end of the servers table's first paint once the directory is read.
    explicit TimingTrace(em::ui::MainWindow &window) : QObject(&window)
    {
        if (auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("serversTableView")))
            m_viewport = view->viewport();
        if (m_viewport)
            m_viewport->installEventFilter(this);
        connect(&window, &em::ui::MainWindow::directoryLoaded, this, [this](bool ok) {
            m_armed = ok;
            if (m_viewport)
                m_viewport->update();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_armed || m_painting || watched != m_viewport || event->type() != QEvent::Paint)
            return false;
        // Deliver the paint now, then mark its end.
        m_painting = true;
        QCoreApplication::sendEvent(watched, event);
        m_painting = false;
        m_armed = false;
        mark("servers-painted");
        return true;
    }

private:
    QWidget *m_viewport = nullptr;
    bool m_armed = false;
    bool m_painting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (TimingTrace::enabled())
        TimingTrace::mark("main");
    // Printing help or the version, or rendering a screenshot on a machine
    // without a display, needs no window system: don't fail for want of one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        for (int i = 1; i < argc; ++i) {
            const QByteArray arg(argv[i]);
            if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v"
                || (noDisplay && (arg == "--screenshot" || arg.startsWith("--screenshot=")))) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                break;
            }
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("emconsole"));
    QCoreApplication::setApplicationName(QStringLiteral("emconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("emconsole"));

    const QString language = languageArgument(QCoreApplication::arguments());
    if (!language.isEmpty() && !em::i18n::languages().contains(language)) {
        printError(QCoreApplication::translate("emconsole", "invalid language '%1': expected %2")
                       .arg(language, em::i18n::languages().join(QStringLiteral(" or "))));
        return ExitUsage;
    }
    em::i18n::install(language.isEmpty() ? em::ui::SettingsDialog::languageSetting() : language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("emconsole", "Administration console for Exchange Emergency Mitigation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption directoryOption(QStringLiteral("directory"),
        QCoreApplication::translate("emconsole", "The org directory to open (default: $EM_DIRECTORY, else %1).")
            .arg(QDir::toNativeSeparators(em::OrgDirectory::defaultPath())),
        QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("emconsole", "Open the demo organization (built on first use in %1).")
            .arg(QDir::toNativeSeparators(em::DemoOrganization::defaultRoot())));
    const QCommandLineOption demoRootOption(QStringLiteral("demo-root"),
        QCoreApplication::translate("emconsole", "Keep the demo organization in this folder instead."),
        QStringLiteral("FOLDER"));
    const QCommandLineOption resetDemoOption(
        QStringLiteral("reset-demo"), QCoreApplication::translate("emconsole", "Build the demo organization afresh."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("emconsole", "Render the main window to a PNG file once loaded, then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QCoreApplication::translate("emconsole",
            "Language of this run: en or fr (default: the setting, else the "
            "system language)."),
        QStringLiteral("CODE"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
        QCoreApplication::translate("emconsole", "Tab to show: %1.")
            .arg(em::ui::MainWindow::tabNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption selectOption(QStringLiteral("select"),
        QCoreApplication::translate("emconsole", "Server to select."), QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("emconsole", "Window size, such as 1320x860."), QStringLiteral("WxH"));
    for (const QCommandLineOption &option : {directoryOption, demoOption, demoRootOption, resetDemoOption,
             screenshotOption, languageOption, tabOption, selectOption, sizeOption})
        parser.addOption(option);
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("emconsole", "unexpected argument '%1'")
                       .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    const bool demo = parser.isSet(demoOption) || parser.isSet(resetDemoOption) || parser.isSet(demoRootOption);
    if (demo && parser.isSet(directoryOption)) {
        printError(QCoreApplication::translate("emconsole", "--demo and --directory cannot be used together"));
        return ExitUsage;
    }
    const QString tab = parser.value(tabOption);
    if (!tab.isEmpty() && !em::ui::MainWindow::tabNames().contains(tab.toLower())) {
        printError(QCoreApplication::translate("emconsole", "invalid tab '%1': expected one of %2")
                       .arg(tab, em::ui::MainWindow::tabNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    QSize size(1320, 860);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int w = parts.size() == 2 ? parts.at(0).toInt() : 0;
        const int h = parts.size() == 2 ? parts.at(1).toInt() : 0;
        if (w < 320 || h < 240) {
            printError(QCoreApplication::translate("emconsole",
                "invalid size '%1': expected WIDTHxHEIGHT, such as "
                "1320x860")
                           .arg(parser.value(sizeOption)));
            return ExitUsage;
        }
        size = QSize(w, h);
    }
    const QString screenshot = parser.value(screenshotOption);

    em::ui::MainWindow window;
    if (screenshot.isEmpty() && !parser.isSet(sizeOption))
        window.restoreLayout();
    else
        window.resize(size);
    if (!tab.isEmpty())
        window.showTab(tab);
    if (parser.isSet(selectOption))
        window.selectServer(parser.value(selectOption));
    if (!screenshot.isEmpty())
        shootWhenIdle(window, QFileInfo(screenshot).absoluteFilePath());
    if (TimingTrace::enabled())
        new TimingTrace(window);
    window.show();
    if (TimingTrace::enabled())
        TimingTrace::mark("window-shown");

    if (demo) {
        const QString root = parser.isSet(demoRootOption) ? QFileInfo(parser.value(demoRootOption)).absoluteFilePath()
                                                          : em::DemoOrganization::defaultRoot();
        window.openDemo(root, parser.isSet(resetDemoOption));
    } else {
        window.openDirectory(
            parser.isSet(directoryOption) ? parser.value(directoryOption) : em::OrgDirectory::defaultPath());
    }

    const int code = app.exec();
    // Workers stop at their next step once their commands are gone; let them end
    // before the database drivers are unloaded.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
