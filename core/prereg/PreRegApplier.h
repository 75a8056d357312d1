#pragma once

#include "PreRegistration.h"
#include "card/CardHolder.h"
#include "common/Error.h"
#include "forms/LifeEventNavi.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kakanai::forms {
class Visit;
}

namespace kakanai::prereg {

// Where the citizen's code says otherwise than the card about one of the 4
// basic facts (基本4情報). The card wins; the clerk sees both. Shown on screen
// only: never logged, audited or put in an error.
struct CardDifference {
    enum class Fact { Name, Address, BirthDate, Sex };
    Fact fact = Fact::Name;
    QString fromCode;
    QString fromCard;
};

struct CardComparison {
    bool hasCard = false;
    QList<CardDifference> differences;
    // The name or the birth date differ: the code looks like another
    // person's than the card holder's.
    bool otherPerson = false;
};

// A decoded pre-registration into the open visit (docs/qr-format.md, "At the
// counter"): the 手続ナビ checklist of its events and answers, its forms, the
// shared facts, the household, the forms' own fields and the prereg.* values,
// every one with source prereg (the QR badge). All or nothing: what could
// fail is checked before anything is changed.
//
// Applying the same code again changes nothing more: the household members
// of an earlier code are replaced, forms already chosen stay. A shared fact
// the clerk typed is kept (the clerk's word wins over the code's).
class PreRegApplier {
    Q_DECLARE_TR_FUNCTIONS(PreRegApplier)
public:
    struct Applied {
        QList<forms::ChecklistItem> checklist; // the 手続ナビ list the code's events and answers give
        QStringList formIds;                   // forms added or already in the visit, in order
        int facts = 0;
        int householdMembers = 0;
        int fields = 0;
        QStringList keptClerkFacts;            // fact keys the clerk had typed (kept)
    };

    static Result<Applied> apply(forms::Visit &visit, const PreRegistration &content,
                                 const forms::LifeEventNavi &navi);

    // The code's person against the card read in this visit (none: hasCard false).
    static CardComparison compare(const PreRegPerson &person, const std::optional<CardHolder> &card);
    // "氏名", "住所" … for the clerk.
    static QString factLabel(CardDifference::Fact fact);
};

} // namespace kakanai::prereg
