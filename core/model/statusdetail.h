#pragma once

// Why an action has its status ("blocked by an administrator", "build 15.2.1544.4
// is outside 15.2.0.0-15.2.1118.15"), as a code and its arguments. The
// directory stores the code and arguments; the text is made when shown, in the
// reader's language (the English source text in the directory's own records,
// CSV files and emctl). Free text (a host's error, a change summary) has the
// code Text and its one argument, as do the details of directories written
// before codes existed.

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace em {

struct StatusDetail {
    enum class Code {
        None, // no detail
        Text, // args: the text, shown as written
        Due, // Pending: due at the next cycle
        EdgeTransport, // NotApplicable on an Edge Transport server
        OutsideRange, // NotApplicable; args: build, applicability
        ObsoleteInPlace, // Obsolete; args: build, applicability
        RetiredInPlace, // Obsolete: no longer in the feed, still in place
        Blocked, // blocked by an administrator
        DisabledForOrg, // the organization's MitigationsEnabled is false
        DisabledOnServer, // the server's MitigationsEnabled is false
        // Applied: still in place, and the policy stops further changes.
        InPlaceBlocked,
        InPlaceDisabledForOrg,
        InPlaceDisabledOnServer,
        PutBack, // Applied: removed by hand and applied again; args: the change summary
        NotInEffect, // Failed: applied, but the server does not show it; args: what the server shows
        WouldApply, // dry run; args: action ID
        WouldReplace, // dry run; args: action ID, what differs
        RolledBack, // args: who
        RolledBackAndBlocked, // args: who
    };

    Code code = Code::None;
    QStringList args;

    // Code Text with the text, or None when it is empty.
    static StatusDetail text(const QString &text);
    static StatusDetail of(Code code, const QStringList &args = {}) { return {code, args}; }

    [[nodiscard]] bool isEmpty() const { return code == Code::None; }
    // In the current language (tr).
    [[nodiscard]] QString render() const;
    // In the source language, English: what the directory's own texts use.
    [[nodiscard]] QString sourceText() const;
    // Equal, or the same text: a detail written as free text before codes
    // existed is the same as its coded form.
    [[nodiscard]] bool sameAs(const StatusDetail &other) const;

    // How the code is stored: "text", "blocked", ...; empty for None.
    [[nodiscard]] QString codeName() const;
    // Unknown names read as Text: a newer program's detail stays readable.
    static Code codeFromName(const QString &name);

    friend bool operator==(const StatusDetail &, const StatusDetail &) = default;
};

} // namespace em

Q_DECLARE_METATYPE(em::StatusDetail)
