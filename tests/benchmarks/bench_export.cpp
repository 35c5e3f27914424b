// Benchmark (a program, not a test): the CSV export of the Get-Mitigations
// report of a large directory (10,000 servers, 300,000 action statuses),
// against the engine's own command line tool writing the same columns, with
// the same joins and order (the query of StatusStore::mitigationRows; the
// status detail as its stored code and arguments, which the comparison
// renders), from the same database, measured side by side, alternating:
//   SQLite:     sqlite3 -csv -header FILE "QUERY" > file
//   PostgreSQL: psql -d LOCATOR -c "\copy (QUERY) to 'file' csv header"
//               (PGTZ=UTC: times as "2026-11-20 10:00:00+00", which the
//               comparison reads as the export's "2026-11-20T10:00:00Z")
// Both are timed as processes from start to exit; the in-process export
// (exportMitigationsCsv) is timed too. The two files are parsed back and
// compared field by field.
//
// Usage: bench_export [--directory LOCATOR] [--repeat N] [--work DIR]
// (LOCATOR: an SQLite file or a postgresql:// URI; without --directory, an
// SQLite directory is generated first)

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "benchcommon.h"
#include "directory/orgdirectory.h"
#include "engine/reportexport.h"

using namespace em;

namespace {
// Quoted aliases: the same header on both engines (PostgreSQL folds unquoted
// names to lower case).
const char referenceQuery[]
    = "SELECT s.name AS \"Server\", a.action_id AS \"ID\", COALESCE(c.type, r.type, '') AS \"Type\","
      " COALESCE(NULLIF(c.description, ''), m.description, r.description, '') AS \"Description\","
      " a.status AS \"Status\", a.detail_code AS \"DetailCode\", a.detail_args AS \"DetailArgs\","
      " a.applied_at AS \"AppliedTime\""
      " FROM action_status a JOIN servers s ON s.id = a.server_id"
      " LEFT JOIN catalog_actions c ON c.id = a.action_id"
      " LEFT JOIN catalog_mitigations m ON m.id = c.mitigation_id"
      " LEFT JOIN retired_actions r ON r.id = a.action_id"
      " ORDER BY s.name_key, a.action_id";

// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF line ends).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ++i;
            row << QString::fromUtf8(field);
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << QString::fromUtf8(field);
        rows << row;
    }
    return rows;
}

// psql's text of a TIMESTAMPTZ in UTC ("2026-11-20 10:00:00+00") as the
// export writes it ("2026-11-20T10:00:00Z"); anything else unchanged.
QString isoFromPsql(const QString &text)
{
    static const QRegularExpression psqlTime(QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d)\\+00$"));
    const auto m = psqlTime.match(text);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('T') + m.captured(2) + QLatin1Char('Z') : text;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a program to completion; returns the seconds from start to exit, or -1.
double timedRun(const QString &program, const QStringList &args, const QString &stdoutFile = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGTZ"), QStringLiteral("UTC"));
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(stdoutFile.isEmpty() ? QProcess::nullDevice() : stdoutFile);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_export: %s failed: %s\n", qPrintable(program),
            qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString directory;
    QString work;
    int repeat = 7;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--directory"))
            directory = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
    }
    QTemporaryDir tmp((work.isEmpty() ? QDir::tempPath() : work) + QStringLiteral("/bench_export-XXXXXX"));
    if (!tmp.isValid())
        return 1;
    std::printf("# bench_export: %s\n", qPrintable(bench::machineDescription()));
    if (directory.isEmpty()) {
        directory = tmp.filePath(QStringLiteral("large.db"));
        QElapsedTimer clock;
        clock.start();
        bench::LargeDirectoryOptions options;
        if (auto built = bench::buildLargeDirectory(directory, options); !built) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(built.error().message));
            return 1;
        }
        std::printf("generated %s: %d servers x %d actions in %.1f s\n", qPrintable(directory), options.servers,
            options.actionsPerServer, double(clock.elapsed()) / 1000.0);
    }
    const QString engine = bench::engineOf(directory);
    const bool postgres = engine == QLatin1String("postgresql");
    const QString emctl = QStringLiteral(EMCTL_PATH);
    const QString ours = tmp.filePath(QStringLiteral("emctl.csv"));
    const QString tool = postgres ? QStringLiteral("psql") : QStringLiteral("sqlite3");
    const QString reference = tmp.filePath(tool + QStringLiteral(".csv"));
    const QString inProcess = tmp.filePath(QStringLiteral("inprocess.csv"));
    const QStringList toolArgs = postgres
        ? QStringList {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), directory, QStringLiteral("-c"),
            QStringLiteral("\\copy (%1) to '%2' csv header").arg(QLatin1String(referenceQuery), reference)}
        : QStringList {QStringLiteral("-csv"), QStringLiteral("-header"), directory, QLatin1String(referenceQuery)};
    const QString toolStdout = postgres ? QString() : reference;
    std::printf("engine %s: %s\n", qPrintable(engine), qPrintable(directory));

    // One untimed run of each first, so that both read a warm page cache.
    if (timedRun(emctl,
            {QStringLiteral("--directory"), directory, QStringLiteral("get-mitigations"),
                QStringLiteral("--export-csv"), ours})
            < 0
        || timedRun(tool, toolArgs, toolStdout) < 0)
        return 1;

    QList<double> emctlTimes, toolTimes, inProcessTimes;
    for (int r = 0; r < repeat; ++r) {
        const bool emctlFirst = r % 2 == 0;
        for (int k = 0; k < 2; ++k) {
            if ((k == 0) == emctlFirst) {
                const double t = timedRun(emctl,
                    {QStringLiteral("--directory"), directory, QStringLiteral("get-mitigations"),
                        QStringLiteral("--export-csv"), ours});
                if (t < 0)
                    return 1;
                emctlTimes << t;
            } else {
                const double t = timedRun(tool, toolArgs, toolStdout);
                if (t < 0)
                    return 1;
                toolTimes << t;
            }
        }
        auto dir = OrgDirectory::open(directory);
        if (!dir)
            return 1;
        QElapsedTimer clock;
        clock.start();
        auto rows = exportMitigationsCsv(**dir, inProcess);
        if (!rows) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(rows.error().message));
            return 1;
        }
        inProcessTimes << double(clock.nsecsElapsed()) / 1e9;
    }

    const QList<QStringList> a = parseCsv(readAll(ours));
    // The reference's detail code and arguments, rendered as the export does.
    QList<QStringList> b = parseCsv(readAll(reference));
    for (qsizetype i = 0; i < b.size(); ++i) {
        QStringList &row = b[i];
        if (row.size() != 8)
            continue;
        const QString args = row.takeAt(6);
        const QString code = row.takeAt(5);
        StatusDetail detail {StatusDetail::codeFromName(code), {}};
        if (!args.isEmpty())
            detail.args = args.split(QChar(0x1f));
        row.insert(5, i == 0 ? QStringLiteral("Detail") : detail.sourceText());
        row[6] = isoFromPsql(row.at(6));
    }
    qsizetype differing = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        differing += a.at(i) != b.at(i);
    const bool same = a.size() == b.size() && differing == 0;
    std::printf("emctl get-mitigations --export-csv: %lld rows + header, %lld bytes\n",
        static_cast<long long>(a.size() - 1), static_cast<long long>(QFile(ours).size()));
    std::printf("%-34s %lld rows + header, %lld bytes\n",
        postgres ? "psql \\copy ... csv header:" : "sqlite3 -csv:", static_cast<long long>(b.size() - 1),
        static_cast<long long>(QFile(reference).size()));
    std::printf(
        "field by field: %s (%lld rows differ)\n", same ? "identical" : "DIFFERENT", static_cast<long long>(differing));

    const auto e = bench::statsOf(emctlTimes);
    const auto t = bench::statsOf(toolTimes);
    const QByteArray name = engine.toUtf8();
    std::printf("RESULT %s export-emctl seconds %s\n", name.constData(),
        qPrintable(bench::statsText(e, QStringLiteral("s"), 3)));
    std::printf("RESULT %s export-%s seconds %s\n", name.constData(), qPrintable(tool),
        qPrintable(bench::statsText(t, QStringLiteral("s"), 3)));
    std::printf("RESULT %s export-inprocess seconds %s\n", name.constData(),
        qPrintable(bench::statsText(bench::statsOf(inProcessTimes), QStringLiteral("s"), 3)));
    std::printf(
        "RESULT %s export-ratio %.2f x %s (target <= 2.00)\n", name.constData(), e.median / t.median, qPrintable(tool));
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return same ? 0 : 1;
}
