#pragma once

// A reader for CliXml, PowerShell's own serialization as Export-Clixml writes
// it and Import-Clixml reads it (MS-PSRP 2.2.5), into a small generic tree:
// objects with their type names, ToString, properties by name, the wrapped
// value of an enum or a list. Untrusted input: no DTD, caps on size, depth,
// element count and text length, every error with its line and column.
// No global state: parse() may run on any thread, and on any bytes.

#include <optional>
#include <utility>

#include <QDateTime>
#include <QList>
#include <QStringList>

#include "model/error.h"

namespace em::clixml {

struct Limits {
    qsizetype maxBytes = 128 * 1024 * 1024; // a Get-ExchangeServer export is ~110 KB per server
    int maxDepth = 100; // nested elements
    int maxElements = 1'000'000;
    qsizetype maxTextLength = 16 * 1024 * 1024; // one element's text or attribute
};

// Where an element starts: 1-based line and column (in characters).
struct Position {
    qint64 line = 0;
    qint64 column = 0;
};

enum class Kind {
    Nil, // <Nil/>
    Primitive, // <S>, <B>, <I32>, <DT>, <URI>, ..., and unknown elements holding text
    Object, // <Obj>, a <Ref> to one, or a nested member set <MS N="...">
};

struct Value {
    Kind kind = Kind::Nil;
    QString tag; // the element: "S", "I32", "Obj", "Ref", "Nil", "MS", or an unknown primitive's name
    QString name; // the N attribute (a property's name), decoded; empty for list items
    QString text; // a primitive's text; strings (S, URI, XD, SBK) are decoded from _xHHHH_
    int object = -1; // Kind::Object: index into Document::objects
    Position position;

    [[nodiscard]] bool isNil() const { return kind == Kind::Nil; }
    [[nodiscard]] bool isObject() const { return kind == Kind::Object; }
    [[nodiscard]] bool isPrimitive() const { return kind == Kind::Primitive; }

    // Typed views of the known primitives (the reader checked their text);
    // nothing for another tag.
    [[nodiscard]] std::optional<bool> boolean() const; // B
    [[nodiscard]] std::optional<qint64> integer() const; // By SB I16 U16 I32 U32 I64 U64 (within qint64)
    [[nodiscard]] std::optional<double> number() const; // Db Sg D and the integers
    [[nodiscard]] QDateTime dateTime() const; // DT; null for another tag
};

enum class Container { None, List, Enumerable, Stack, Queue, Dictionary }; // LST IE STK QUE DCT

struct Object {
    QStringList typeNames; // most derived first, as written ("Deserialized." kept)
    QString toString;
    bool hasToString = false;
    std::optional<Value> base; // the wrapped value: an enum's <I32>, a string's <S>, a nested <Obj>
    Container container = Container::None;
    QList<Value> items; // LST, IE, STK, QUE
    QList<std::pair<Value, Value>> entries; // DCT: key, value
    QList<Value> properties; // <Props>: the adapted properties
    QList<Value> memberSet; // <MS>: the extended (note) properties
    Position position;

    // The property of that name (case-insensitive, as in PowerShell): adapted
    // properties first, then the member set; nullptr when absent.
    [[nodiscard]] const Value *property(QStringView name) const;
    [[nodiscard]] const Value *property(QLatin1String name) const;
    // True when a type name is `typeName`, with or without the "Deserialized."
    // (remoting) and "Selected." (Select-Object) prefixes.
    [[nodiscard]] bool isA(QStringView typeName) const;
    [[nodiscard]] bool isA(QLatin1String typeName) const;
};

struct Document {
    QList<Value> values; // the children of <Objs>, in order
    QList<Object> objects; // every object, in document order

    [[nodiscard]] const Object &object(const Value &value) const { return objects.at(value.object); }
};

// Reads the bytes of a CliXml file: UTF-8 with or without a BOM (PowerShell 7)
// or UTF-16 with a BOM (Windows PowerShell's default). Errors are
// ErrorCode::Format: "line 12, column 5: <cause>".
Result<Document> parse(const QByteArray &bytes, const Limits &limits = {});

// .NET's round-trip DateTime text (2023-01-05T12:08:37.6177687Z,
// 2021-09-28T12:20:23-05:00, local time without a zone); null when it is not.
QDateTime parseDateTime(QStringView text);

// PowerShell's string escapes: _xHHHH_ (and _xHHHHHHHH_) become the character.
QString decodeString(QStringView text);

} // namespace em::clixml
