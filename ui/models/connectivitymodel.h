#pragma once

// The connectivity results of the servers tested: server, the proxy used, the
// vendor's two lines (Result: / Message:) and, for the selected row, every
// detail line. Rows are the servers asked for; each fills in as its test ends.

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "report/connectivity.h"

namespace em::ui {

class ConnectivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServerColumn, ProxyColumn, ResultColumn, MessageColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        StateRole, // State as int
        LinesRole, // QStringList: the vendor's lines, then the details
    };
    enum class State { Waiting, Succeeded, Failed, NotTested };

    explicit ConnectivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The servers to be tested, each with its proxy (empty: direct).
    void setServers(const QList<std::pair<QString, QString>> &servers);
    void setResult(const QString &server, const ConnectivityResult &result);
    // The rows still waiting once the command ended (cancelled).
    void markUntested();
    [[nodiscard]] int rowOf(const QString &server) const;
    [[nodiscard]] State stateAt(int row) const { return m_rows.at(row).state; }
    [[nodiscard]] QStringList linesAt(int row) const;
    void retranslate();

private:
    struct Row {
        QString server;
        QString proxy;
        State state = State::Waiting;
        ConnectivityResult result;
    };
    QList<Row> m_rows;
};

} // namespace em::ui
