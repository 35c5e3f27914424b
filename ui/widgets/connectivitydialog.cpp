#include "connectivitydialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "commands/testconnectivitycommand.h"
#include "models/connectivitymodel.h"

namespace em::ui {

ConnectivityDialog::ConnectivityDialog(TestConnectivityCommand *command, QWidget *parent)
    : QDialog(parent), m_command(command), m_model(new ConnectivityModel(this)), m_endpoint(new QLabel(this)),
      m_summary(new QLabel(this)), m_view(new QTableView(this)), m_details(new QPlainTextEdit(this)),
      m_stop(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectivityDialog"));
    m_endpoint->setObjectName(QStringLiteral("connectivityEndpointLabel"));
    m_summary->setObjectName(QStringLiteral("connectivitySummaryLabel"));
    m_view->setObjectName(QStringLiteral("connectivityTableView"));
    m_details->setObjectName(QStringLiteral("connectivityDetailsTextEdit"));
    m_stop->setObjectName(QStringLiteral("stopConnectivityButton"));
    m_close->setObjectName(QStringLiteral("closeConnectivityButton"));

    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    QList<std::pair<QString, QString>> servers;
    if (command) {
        m_endpointText = command->endpoint().toDisplayString();
        for (const ConnectivityTarget &t : command->targets())
            servers.append({t.server, t.proxy});
    }
    m_total = int(servers.size());
    m_model->setServers(servers);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(
        ConnectivityModel::ServerColumn, fm.horizontalAdvance(QStringLiteral("EX19-MBX01-LONG")) + 24);
    m_view->setColumnWidth(
        ConnectivityModel::ProxyColumn, fm.horizontalAdvance(QStringLiteral("http://proxy.contoso.com:8080")) + 24);
    m_view->setColumnWidth(
        ConnectivityModel::ResultColumn, fm.horizontalAdvance(QStringLiteral("Result: Success.")) + 48);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_command)
            m_command->cancel();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_endpoint);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectivityDialog::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectivityDialog::showCurrent);
    if (command) {
        connect(command, &TestConnectivityCommand::serverTested, this,
            [this](const QString &server, const ConnectivityResult &result) {
                m_model->setResult(server, result);
                ++m_tested;
                m_failed += result.success ? 0 : 1;
                // The first failure is the one to read.
                const QModelIndex current = m_view->currentIndex();
                if (!current.isValid() || (!result.success && m_failed == 1))
                    m_view->setCurrentIndex(m_model->index(m_model->rowOf(server), 0));
                updateSummary();
            });
        connect(command, &Command::finished, this, [this] {
            m_running = false;
            m_model->markUntested();
            updateSummary();
        });
    } else {
        m_running = false;
    }
    retranslate();
    resize(960, 560);
}

ConnectivityDialog::~ConnectivityDialog() = default;

void ConnectivityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectivityDialog::done(int result)
{
    if (m_command && m_running)
        m_command->cancel(); // closing stops the tests
    QDialog::done(result);
}

void ConnectivityDialog::retranslate()
{
    setWindowTitle(tr("Connectivity test"));
    m_endpoint->setText(tr("Mitigation Service endpoint: %1").arg(m_endpointText));
    m_stop->setText(tr("&Stop"));
    m_close->setText(tr("&Close"));
    m_model->retranslate();
    updateSummary();
    showCurrent();
}

void ConnectivityDialog::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a server to see every step of its test."));
        return;
    }
    const QString server = m_model->index(current.row(), ConnectivityModel::ServerColumn).data().toString();
    const QStringList lines = m_model->linesAt(current.row());
    const QString text = tr("Server: %1").arg(server) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

void ConnectivityDialog::updateSummary()
{
    m_stop->setVisible(m_running);
    if (m_running) {
        m_summary->setText(
            tr("Testing through the proxy of each server: %1 of %n done…", nullptr, m_total).arg(m_tested));
        return;
    }
    if (m_tested < m_total)
        m_summary->setText(tr("Stopped: %1 of %n server(s) tested, %2 cannot reach the endpoint.", nullptr, m_total)
                               .arg(m_tested)
                               .arg(m_failed));
    else if (m_failed == 0)
        m_summary->setText(
            tr("This computer reaches the endpoint through the proxy of each of the %n server(s).", nullptr, m_total));
    else
        m_summary->setText(tr("%1 of %n server(s) cannot reach the endpoint from this computer. The steps of the "
                              "selected server are below.",
            nullptr, m_total)
                               .arg(m_failed));
}

} // namespace em::ui
