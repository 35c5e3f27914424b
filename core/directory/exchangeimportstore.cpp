#include "exchangeimportstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "connection.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// exchange_import: one row (id 1)
constexpr Column importKey {"id"};
constexpr Column importState {"state"};
constexpr Column importedAt {"imported_at"};
constexpr Column importFiles {"files"};

constexpr int singleRow = 1;
// The files as one text: paths never hold a line feed that matters here.
const QChar fileSeparator(QLatin1Char('\n'));
} // namespace

Result<std::optional<ExchangeImportRecord>> ExchangeImportStore::lastImport()
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM exchange_import WHERE id = :id")
                  .arg(sql::columnList({importState, importedAt, importFiles})));
    sql::bind(q, importKey, singleRow);
    if (auto r = m_connection.exec(q, Text::tr("reading the last Exchange import")); !r)
        return fail(r.error());
    if (!q.next())
        return std::optional<ExchangeImportRecord>();
    const sql::Row row(q, m_connection.dialect());
    ExchangeImportRecord record;
    record.state = row.text(importState).toUtf8();
    record.importedAt = row.time(importedAt);
    record.files = row.text(importFiles).split(fileSeparator, Qt::SkipEmptyParts);
    return std::optional<ExchangeImportRecord>(record);
}

Result<void> ExchangeImportStore::recordImport(const ExchangeImportRecord &record)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("exchange-import"));
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("exchange_import"),
            sql::columnNames({importKey, importState, importedAt, importFiles}), sql::columnNames({importKey})));
        sql::bind(q, importKey, singleRow);
        sql::bind(q, importState, sql::notNull(QString::fromUtf8(record.state)));
        sql::bind(q, importedAt, d.timeValue(record.importedAt));
        sql::bind(q, importFiles, sql::notNull(record.files.join(fileSeparator)));
        return m_connection.exec(q, Text::tr("recording the Exchange import"));
    });
}

} // namespace em
