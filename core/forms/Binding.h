#pragma once

#include "FieldSource.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace kakanai::forms {

// Where a field takes its value from: "card.name", "visit.phone",
// "prereg.spouseName", "backoffice.careInsuredNumber". Only the prefixes card,
// prereg, visit and backoffice exist; the key is an identifier
// ([A-Za-z][A-Za-z0-9_]*). Whether the key is known is SourceCatalog's business.
struct Binding {
    FieldSource source = FieldSource::None;
    QString key;

    static std::optional<Binding> parse(QStringView text);
    QString toString() const;

    friend bool operator==(const Binding &, const Binding &) = default;
};

} // namespace kakanai::forms
