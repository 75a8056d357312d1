#pragma once

#include "Binding.h"
#include "FieldType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::forms {

// The sources a form may bind to, and what kind of value each one gives.
//
//   card.*       the closed list of what the card gives: name, address,
//                birthDate, sex, individualNumber
//   visit.*      the closed list of facts a visit holds once for all forms
//                (visitFacts() below; visit.today and visit.household are set
//                by the visit itself, not typed)
//   prereg.*     any key of the citizen's pre-registration (open: the QR's
//                form decides), any field type
//   backoffice.* any key the back office answers (open), any field type
//
// A municipality that needs a new shared fact asks for it to be added here;
// a form-specific value needs no fact (the clerk types it, or prereg.* /
// backoffice.* bring it).
class SourceCatalog {
    Q_DECLARE_TR_FUNCTIONS(SourceCatalog)
public:
    struct Fact {
        QString key;
        FieldType type;
        bool settable;     // false for today and household (the visit sets them)
        QString meaning;   // for docs and the clerk (translated)
    };

    static QList<Fact> cardFacts();
    static QList<Fact> visitFacts();

    static std::optional<Fact> cardFact(QStringView key);
    static std::optional<Fact> visitFact(QStringView key);

    // The type a binding gives; nullopt for prereg/backoffice (any type) and
    // for unknown card/visit keys (see isKnown()).
    static std::optional<FieldType> typeOf(const Binding &binding);
    static bool isKnown(const Binding &binding);

    // Whether a field of type `field` may show a value of type `fact`: the
    // same type, or text and address either way.
    static bool compatible(FieldType field, FieldType fact);
};

} // namespace kakanai::forms
