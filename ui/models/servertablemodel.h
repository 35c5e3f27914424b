#pragma once

// The servers of the organization, one row each: name, version with its
// friendly name, role, effective enablement, applied / blocked / failed
// counts, last check and last result. Rows arrive in batches from the loader
// and are updated in place (dataChanged) when one server changes.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include "consoledata.h"
#include "statusstyle.h"

namespace em::ui {

class ServerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VersionColumn,
        RoleColumn,
        EnablementColumn,
        AppliedColumn,
        BlockedColumn,
        FailedColumn,
        LastCheckColumn,
        LastResultColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // raw values: build sort key, counts, QDateTime
        NameRole, // the server name, whatever the column
    };

    explicit ServerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const ServerRow &rowAt(const QModelIndex &index) const;
    [[nodiscard]] const ServerRow &rowAt(int row) const { return m_rows.at(row); }
    // The row of a server (names are case-insensitive), or -1.
    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] QModelIndex indexOf(const QString &name, int column = NameColumn) const;
    [[nodiscard]] Enablement enablementAt(int row) const;

    // Updates the servers already shown (one dataChanged per changed row) and
    // appends the new ones (one insert per call).
    void upsert(const QList<ServerRow> &rows);
    // Removes the servers whose lower-case name is not in `names`.
    void retainOnly(const QSet<QString> &names);
    void clear();

    [[nodiscard]] bool orgEnabled() const { return m_orgEnabled; }
    // The organization switch changes every server's effective enablement.
    void setOrgEnabled(bool enabled);
    // Re-emits the header and every translated cell after a language change.
    void retranslate();

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    void reindex();

    QList<ServerRow> m_rows;
    QHash<QString, int> m_rowOf; // lower-case name -> row
    bool m_orgEnabled = true;
};

} // namespace em::ui
