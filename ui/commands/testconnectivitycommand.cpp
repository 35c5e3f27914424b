#include "testconnectivitycommand.h"

#include "widgets/connectivitydialog.h"

namespace em::ui {

TestConnectivityCommand::TestConnectivityCommand(
    const QUrl &endpoint, const QList<ConnectivityTarget> &targets, QObject *parent)
    : Command(parent), m_endpoint(endpoint), m_targets(targets)
{
    // Servers behind the same proxy (and bypass list) get the same answer: one test for them.
    for (const ConnectivityTarget &t : targets) {
        const QString proxy = t.proxy.trimmed();
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
            [&](const Group &g) { return g.proxy == proxy && g.proxyBypass == t.proxyBypass; });
        if (group == m_groups.end())
            m_groups.append(Group {proxy, t.proxyBypass, {t.server}});
        else
            group->servers << t.server;
    }
}

TestConnectivityCommand::~TestConnectivityCommand() = default; // the tests are children: aborted with it

QString TestConnectivityCommand::title() const
{
    return tr("Testing connectivity to %1")
        .arg(m_endpoint.host().isEmpty() ? m_endpoint.toString() : m_endpoint.host());
}

void TestConnectivityCommand::doStart()
{
    if (parentWidget()) {
        // Each server's answer as it comes, and the vendor's lines for a failure.
        auto *dialog = new ConnectivityDialog(this, parentWidget());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit progress(0, int(m_targets.size()), title());
    if (m_groups.isEmpty()) {
        finish(CommandResult::success(tr("No server to test.")));
        return;
    }
    for (int i = 0; i < maxParallel; ++i)
        startNext();
}

void TestConnectivityCommand::doCancel()
{
    m_next = int(m_groups.size()); // nothing more starts
    const QList<ConnectivityTest *> running = m_running;
    for (ConnectivityTest *test : running)
        test->cancel(); // finishes as failed: cancelled
    if (m_running.isEmpty())
        onFinished(nullptr, -1);
}

void TestConnectivityCommand::startNext()
{
    if (m_next >= m_groups.size())
        return;
    const int index = m_next++;
    const Group &group = m_groups.at(index);
    auto *test = new ConnectivityTest(this);
    m_running << test;
    connect(test, &ConnectivityTest::finished, this, [this, test, index] { onFinished(test, index); });
    ConnectivityOptions options;
    options.endpoint = m_endpoint;
    options.proxy = group.proxy;
    options.proxyBypass = group.proxyBypass;
    options.stepTimeout = m_stepTimeout;
    test->start(options);
}

void TestConnectivityCommand::onFinished(ConnectivityTest *test, int group)
{
    if (test) {
        m_running.removeOne(test);
        const ConnectivityResult result = test->result();
        test->deleteLater();
        for (const QString &server : m_groups.at(group).servers) {
            ++m_done;
            ++(result.success ? m_succeeded : m_failed);
            emit serverTested(server, result);
        }
        emit progress(m_done, int(m_targets.size()), title());
        startNext();
    }
    if (!m_running.isEmpty() || (m_next < m_groups.size() && !isCancelRequested()))
        return;
    const int total = int(m_targets.size());
    if (isCancelRequested() && m_done < total) {
        finish(CommandResult::cancelled(
            tr("Connectivity test cancelled: %1 of %n server(s) tested.", nullptr, total).arg(m_done), true));
        return;
    }
    if (m_failed == 0)
        finish(CommandResult::success(
            tr("The Mitigation Service endpoint is accessible from this computer for the %n server(s) tested.", nullptr,
                total)));
    else
        finish(CommandResult::success(
            tr("%1 of %n server(s) cannot reach the Mitigation Service endpoint from this computer.", nullptr, total)
                .arg(m_failed),
            true));
}

} // namespace em::ui
