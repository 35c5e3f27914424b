#pragma once

// Sorts the servers table on raw values (SortRole) and filters it by a text
// (name, version, friendly name, role, last result) and by a status filter,
// reading the typed rows rather than formatted cells so thousands of rows
// filter at typing speed.

#include <QSortFilterProxyModel>

namespace em::ui {

class ServerTableModel;

class ServerFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, WithFailures, WithBlocks, MitigationsOff, NeverChecked };

    explicit ServerFilterProxyModel(QObject *parent = nullptr);

    void setServerModel(ServerTableModel *model);
    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    void setShow(Show show);
    [[nodiscard]] Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ServerTableModel *m_servers = nullptr;
    QString m_text;
    Show m_show = Show::All;
};

} // namespace em::ui
