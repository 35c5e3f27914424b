// emconsole: the Qt Widgets administration console. Parses the command line,
// picks the language and opens the org directory (or the demo organization);
// with --screenshot, renders the main window to a PNG once loaded and exits
// (ui/screenshot.h); EM_TRACE_TIMINGS=1 traces the start-up (ui/timingtrace.h).

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSize>
#include <QThreadPool>

#include "directory/orgdirectory.h"
#include "engine/demoorg.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "settingsdialog.h"
#include "timingtrace.h"

namespace {

enum ExitCode { ExitOk = 0, ExitUsage = 2 };

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

} // namespace

int main(int argc, char *argv[])
{
    if (em::ui::TimingTrace::enabled())
        em::ui::TimingTrace::mark("main");
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
        em::ui::shootWhenIdle(window, QFileInfo(screenshot).absoluteFilePath());
    if (em::ui::TimingTrace::enabled())
        new em::ui::TimingTrace(window);
    window.show();
    if (em::ui::TimingTrace::enabled())
        em::ui::TimingTrace::mark("window-shown");

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
