#pragma once

// Switches the organization's MitigationsEnabled ("Apply mitigations
// automatically", emctl set-org --mitigations-enabled), audited, then
// re-plans every server so the Disabled / Pending statuses show at once. The
// switch itself is one transaction; the re-planning reports each server as it
// is done and can be cancelled (the next cycle re-plans the rest).

#include "commands/command.h"
#include "consoledata.h"

template<typename T>
class QFutureWatcher;

namespace em::ui {

struct OrgChangeStep {
    std::optional<OrgConfig> org; // set once, when the switch is written
    std::optional<ServerRow> row; // a server re-planned
    QString error;
    int total = 0;
};

class SetOrgEnabledCommand final : public Command
{
    Q_OBJECT

public:
    SetOrgEnabledCommand(const QString &path, bool enabled, QObject *parent = nullptr);
    ~SetOrgEnabledCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool enabled() const { return m_enabled; }

signals:
    void orgChanged(const em::OrgConfig &org);
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void deliver(int begin, int end);
    void done();

    QString m_path;
    bool m_enabled;
    QFutureWatcher<OrgChangeStep> *m_watcher = nullptr;
    bool m_written = false;
    int m_total = 0;
    int m_replanned = 0;
    QStringList m_errors;
};

} // namespace em::ui
