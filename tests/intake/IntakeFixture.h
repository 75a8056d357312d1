#pragma once
// A whole counter without a screen: the store (TempStore), staff and audit,
// a CardSession on a virtual My Number card, the forms and the 手続ナビ, and
// the IntakeSession that drives the visit. Shared by the intake tests and the
// draft-writer helper that the crash test kills.

#include "OutboxTestSupport.h"
#include "PersonFile.h"
#include "VirtualMyNumberCard.h"
#include "card/CardSession.h"
#include "card/FakeCardTransport.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "intake/DraftStore.h"
#include "intake/IntakeSession.h"
#include "security/AuditLog.h"
#include "security/MemoryAuditAnchor.h"
#include "security/IdleMonitor.h"
#include "security/SessionController.h"
#include "security/StaffDirectory.h"

#include <QTimeZone>

#include <memory>

namespace kakanai::test {

inline const QString kTennyuForm = QStringLiteral("jumin-ido");
inline const QString kNewAddress = QStringLiteral("埼玉県さいたま市浦和区高砂３－１５－１");

struct Counter {
    // `storeDir` empty: a new temporary store; else the store in that folder
    // (kakanai.sqlite and record.key), as another process left it.
    explicit Counter(const vcard::Person &person, const QString &storeDir = {})
    {
        store = storeDir.isEmpty() ? std::make_unique<TempStore>() : std::make_unique<TempStore>(storeDir);
        library = forms::FormLibrary::load();
        navi = *forms::LifeEventNavi::load(library);
        audit = std::make_unique<AuditLog>(store->db(), store->clock(), QStringLiteral("T-01"),
                                           QTimeZone(QByteArrayLiteral("Asia/Tokyo")), anchor);
        staff = std::make_unique<StaffDirectory>(store->db(), store->clock(), *audit);
        idle = std::make_unique<IdleMonitor>(store->clock(), std::chrono::minutes(10));
        staffSession = std::make_unique<SessionController>(*staff, *audit, *idle);
        card = std::make_unique<vcard::VirtualMyNumberCard>(person);
        card->powerOn();
        auto transport = std::make_unique<FakeCardTransport>();
        transport->setResponder([this](const QByteArray &apdu) -> Result<QByteArray> { return card->processApdu(apdu); });
        cards = std::make_unique<CardSession>(std::move(transport));
        drafts = std::make_unique<intake::DraftStore>(store->db(), store->cipher(), store->clock());
        session = std::make_unique<intake::IntakeSession>(library, store->outbox(), store->clock(), QStringLiteral("T-01"),
                                                          QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
        session->attachCardSession(*cards);
        session->attachStaffSession(*staffSession);
        session->attachDrafts(*drafts);
    }

    // Creates the account on first use, then signs in.
    bool signIn(const QString &staffId, Role role = Role::Clerk)
    {
        const QString password = QStringLiteral("pw-") + staffId + QStringLiteral("-1234");
        (void)staff->create({staffId, staffId, role, true}, password, QString()); // fails harmlessly when it exists
        return staffSession->signIn(staffId, password).has_value();
    }

    std::unique_ptr<TempStore> store;
    forms::FormLibrary library;
    std::optional<forms::LifeEventNavi> navi;
    MemoryAuditAnchor anchor;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<StaffDirectory> staff;
    std::unique_ptr<IdleMonitor> idle;
    std::unique_ptr<SessionController> staffSession;
    std::unique_ptr<vcard::VirtualMyNumberCard> card;
    std::unique_ptr<CardSession> cards;
    std::unique_ptr<intake::DraftStore> drafts;
    std::unique_ptr<intake::IntakeSession> session;
};

inline CardHolder holderOf(const vcard::Person &person)
{
    CardHolder holder;
    holder.name = person.name;
    holder.address = person.address;
    holder.birthDate = person.birthDate;
    holder.sex = person.sex == u'1' ? Sex::Male : person.sex == u'2' ? Sex::Female : Sex::NotKnown;
    return holder;
}

// What the clerk asks and types for a 転入 that the card cannot know: the
// same seven values as the GUI scenario (tst_intake_scenario).
inline bool fillTennyuFacts(forms::Visit &visit)
{
    bool ok = true;
    ok &= visit.setFact(QStringLiteral("moveDate"), QStringLiteral("R8.11.20")).has_value();
    ok &= visit.setFact(QStringLiteral("newAddress"), kNewAddress).has_value();
    ok &= visit.setFact(QStringLiteral("householder"), QStringLiteral("山田　太郎")).has_value();
    ok &= visit.setFact(QStringLiteral("relationship"), QStringLiteral("世帯主")).has_value();
    ok &= visit.setFact(QStringLiteral("nameKana"), QStringLiteral("やまだ　たろう")).has_value();
    ok &= visit.setFact(QStringLiteral("phone"), QStringLiteral("09012345678")).has_value();
    visit.setNameKanaConfirmed(true);
    ok &= visit.setFieldValue(kTennyuForm, QStringLiteral("moveInBasis"), QStringLiteral("certificate")).has_value();
    return ok;
}

} // namespace kakanai::test
