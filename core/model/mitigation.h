#pragma once

// The mitigation catalog of an accepted feed: mitigations (PING1, M1) and their
// actions (M1.1) with type, scope and applicability.

#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>

#include "build.h"

namespace em {

enum class ActionType { DoNothing, UrlRewrite, DisableService, DisableAppPool };
enum class ActionScope { Server, Site, VDir };

QString actionTypeName(ActionType type);
Result<ActionType> parseActionType(const QString &text);
QString actionScopeName(ActionScope scope);
Result<ActionScope> parseActionScope(const QString &text);

struct ProductRange {
    Product product = Product::Unknown;
    Build min; // inclusive
    Build max; // inclusive

    friend bool operator==(const ProductRange &, const ProductRange &) = default;
};

struct Action {
    QString id; // "M1.1"; an action without id takes its mitigation's id (PING1)
    QString mitigationId;
    ActionType type = ActionType::DoNothing;
    ActionScope scope = ActionScope::Server;
    QString target; // site ("Default Web Site"), vdir ("Default Web Site/owa"), service or app pool
    QString description;
    QString rulesXml; // UrlRewrite: the content of <rules>, as it was signed

    friend bool operator==(const Action &, const Action &) = default;
};

struct Mitigation {
    QString id;
    QString description;
    QList<ProductRange> applicability; // empty: every build that runs the EM service
    QString rollback;
    QList<Action> actions;

    // Whether this mitigation's ranges cover the build.
    [[nodiscard]] bool appliesTo(const Build &build) const;
    [[nodiscard]] QString applicabilityText() const;

    friend bool operator==(const Mitigation &, const Mitigation &) = default;
};

// The first build of each product that runs the EM service (2016 CU22, 2019 CU11).
bool runsMitigationService(const Build &build);

struct Catalog {
    QString version; // EOCS version attribute
    QList<Mitigation> mitigations;
    // Not part of the feed: actions that earlier feeds carried and a server
    // still has in place, kept by the directory so that they can be rolled
    // back. find*() and allActions() do not see them.
    QList<Action> retired;

    [[nodiscard]] const Mitigation *findMitigation(const QString &id) const;
    [[nodiscard]] const Action *findAction(const QString &actionId) const;
    [[nodiscard]] QList<Action> allActions() const;
};

// "M1" or "M1.2": letters and digits, optionally a dot and an action number.
bool isValidMitigationId(const QString &id);
// The same check, with the one wording of its error: "invalid mitigation ID 'X': ...".
Result<void> checkMitigationId(const QString &id);
// "M1.2" -> "M1"; "M1" -> "M1".
QString mitigationIdOf(const QString &id);

} // namespace em
