#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "model/recordtext.h"

namespace em::i18n {

namespace {
QString installed = QStringLiteral("en");

// Leaves text in English while the calling thread writes to the org
// directory (see em::RecordTextScope), with the English plural forms
// ("1 action failed", not "1 action(s) failed").
class ConsoleTranslator final : public QTranslator
{
public:
    ConsoleTranslator(QString code, QObject *parent) : QTranslator(parent), m_code(std::move(code))
    {
        // Built in; without it recorded text would keep the "(s)" of the source strings.
        if (m_code != QLatin1String("en") && !m_english.load(QStringLiteral(":/i18n/emconsole_en.qm")))
            qWarning("the English plural forms (:/i18n/emconsole_en.qm) are missing");
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (m_code != QLatin1String("en") && RecordTextScope::active())
            return m_english.translate(context, sourceText, disambiguation, n);
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }

private:
    QString m_code;
    QTranslator m_english; // the source language's plural forms
};

// The translators in effect, owned by the application object.
struct Translators {
    QTranslator *own = nullptr; // emconsole_xx.qm
    QTranslator *qt = nullptr; // qtbase_xx.qm: standard buttons and dialogs
};
Translators active;

void removeActive()
{
    for (QTranslator **t : {&active.own, &active.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool isValidChoice(const QString &choice)
{
    return choice == QLatin1String("system") || languages().contains(choice);
}

QString resolve(const QString &choice)
{
    if (languages().contains(choice))
        return choice;
    if (!choice.isEmpty() && choice != QLatin1String("system"))
        return QStringLiteral("en");
    // uiLanguages() is ordered by preference: "fr-CA", "fr", "en-US", ...
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString install(const QString &choice)
{
    const QString code = resolve(choice);
    removeActive();
    QCoreApplication *app = QCoreApplication::instance();
    if (app) {
        auto *own = new ConsoleTranslator(code, app);
        // English has a .qm too: it holds the plural forms of the source strings.
        if (own->load(QStringLiteral(":/i18n/emconsole_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(own);
            active.own = own;
        } else {
            delete own;
        }
        if (code != QLatin1String("en")) {
            auto *qt = new QTranslator(app);
            if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
                active.qt = qt;
            } else {
                delete qt;
            }
        }
    }
    // Dates and numbers follow the language, in the system's variant when it matches.
    const QLocale system = QLocale::system();
    QLocale::setDefault(resolve(QStringLiteral("system")) == code ? system : QLocale(code));
    installed = code;
    return code;
}

QString current()
{
    return installed;
}

} // namespace em::i18n
