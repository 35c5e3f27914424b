#pragma once

// The EM service's events (1005 applied, 1006 cycle finished, 1007 blocked,
// 1008 error): time, level, event ID, server and message. New events are
// appended as the directory records them.

#include <QAbstractTableModel>
#include <QList>

#include "model/records.h"

namespace em::ui {

class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, EventIdColumn, ServerColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole };

    explicit EventTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const Event &eventAt(const QModelIndex &index) const;
    [[nodiscard]] const Event &eventAt(int row) const { return m_events.at(row); }

    // `newest` is the directory's newest events, oldest first (as
    // OrgDirectory::events returns them). Appends the ones not shown yet; when
    // they do not follow on from the rows shown (more arrived than were read),
    // the table starts over with `newest`.
    void merge(const QList<Event> &newest);
    void clear();
    void retranslate();

private:
    // data() before the shown text is escaped (displayText).
    QVariant cellData(const QModelIndex &index, int role) const;
    QList<Event> m_events;
};

} // namespace em::ui
