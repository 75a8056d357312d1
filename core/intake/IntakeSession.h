#pragma once

#include "card/CardHolder.h"
#include "common/Error.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "record/Record.h"
#include "forms/RecordView.h"
#include "forms/Visit.h"
#include "prereg/PreRegApplier.h"
#include "prereg/PreRegCodec.h"
#include "security/Roles.h"

#include <QObject>
#include <QJsonObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace kakanai {

class CardSession;
class Clock;
class Outbox;
class SessionController;
class Uploader;

namespace intake {

class DraftStore;

// One citizen's visit at the counter, from the card to the back office: the
// application layer that the intake page, the command line and the tests all
// drive (docs/development.md, "The visit's way"). Qt Core only.
//
// It owns the open Visit and what happens to it:
//   card     the facts of the CardSession's last read go into the visit
//   forms    the 手続ナビ's checklist adds forms; edits are the view's, on visit()
//   print    freezeForSignature() makes the Record that is printed; the paper
//            is drawn from that Record (RecordView), never from the live visit
//   complete stores exactly the frozen Record with its digest (one
//            transaction, encrypted), wipes the plain copy, audits, empties the
//            visit, drops the draft and asks the uploader to send
//   drafts   every change is saved encrypted (DraftStore), per clerk, and
//            comes back when that clerk signs in after a crash
//   clerks   another clerk signing in parks the open visit (in memory and in
//            the draft); the first clerk gets it back on signing in again
// Permissions are checked here (SessionController), not in the views.
class IntakeSession : public QObject {
    Q_OBJECT
public:
    IntakeSession(forms::FormLibrary library, Outbox &outbox, const Clock &clock, QString terminalId,
                  QTimeZone officeZone, QObject *parent = nullptr);
    ~IntakeSession() override;

    // --- collaborators (all optional) --------------------------------------
    // The card reads: each successful read's facts go into the visit; reads are audited.
    void attachCardSession(CardSession &cards);
    // Who is signed in: permissions, audit, the record's staff id, parking
    // and the drafts are per clerk.
    void attachStaffSession(SessionController &session);
    // Where open visits are saved as the clerk works.
    void attachDrafts(DraftStore &drafts);
    // Asked to send right after a visit is completed.
    void attachUploader(Uploader &uploader);
    // The staff id of the record when no SessionController is attached (CLI, tests).
    void setStaffId(QString staffId) { m_staffId = std::move(staffId); }
    // Where audit entries go when no SessionController is attached (the CLI
    // writes them to the store's AuditLog as its own staff id).
    using AuditSink = std::function<void(const QString &action, const QString &target, const QString &detail)>;
    void setAuditSink(AuditSink sink) { m_auditSink = std::move(sink); }

    // --- the open visit ------------------------------------------------------
    forms::Visit &visit() { return *m_visit; }
    const forms::Visit &visit() const { return *m_visit; }
    const forms::FormLibrary &library() const { return m_library; }
    QDate today() const;
    QString staffId() const;
    bool allows(Action action) const;
    bool isEmpty() const;

    // The 手続ナビ's chosen forms (with their presets); the errors of the
    // forms that could not be added, joined, in the returned error.
    Status addForms(const QList<forms::ChecklistItem> &items);
    // --- the citizen's pre-registration QR code -------------------------------
    // What the code said about itself, kept while the visit is open.
    struct PreRegCode {
        prereg::PreRegPerson person;
        prereg::SignatureCheck signature;
        int symbols = 1;
        QStringList events;
        QHash<QString, bool> answers;
    };
    // A decoded code into the open visit (prereg::PreRegApplier): the 手続ナビ
    // forms of its events, the facts, the household, the fields. Audited
    // (symbols, signature, whether it looks like another person's; nothing
    // personal). On error nothing changed.
    Result<prereg::PreRegApplier::Applied> applyPreRegistration(const prereg::DecodedPreRegistration &code,
                                                                const forms::LifeEventNavi &navi);
    const std::optional<PreRegCode> &preRegistrationCode() const { return m_code; }
    // The code's person against the card in the visit, as it is now.
    prereg::CardComparison compareCodeWithCard() const;

    // A view changed the visit (a field, a fact, the household): saves the draft.
    void noteEdited();
    // The clerk showed the individual number on screen (`where`: card, form).
    void noteIndividualNumberRevealed(const QString &where);

    // --- print for the signature -------------------------------------------
    // The Record to print, frozen: the same Record again while the visit is
    // unchanged, a new one (new id, new digest) after a change. Audited as
    // print-forms. Fails when no form is chosen or a form is not in the library.
    Result<forms::RecordView> freezeForSignature();
    bool hasFrozenRecord() const { return m_frozen.has_value(); }
    // Whether the visit still gives exactly the frozen Record (else the
    // signed paper is stale and completion asks for a new print).
    bool frozenIsCurrent() const;
    // "記録 <first 8 of id> · <first 12 of digest>" for the foot of the paper.
    QString frozenReference() const;
    QString frozenDigest() const { return m_frozenDigest; }

    // --- the end of the visit -----------------------------------------------
    // Needs the CompleteVisit permission, a valid visit, and a frozen Record
    // that is still current. Returns the record id; on failure the visit stays
    // as it was (nothing is lost) and the error says what to do.
    Result<QString> complete();
    // The clerk cancels the visit: the visit and its draft are gone.
    void discard();

    // --- clerks ---------------------------------------------------------------
    // Another clerk takes over this PC: keep `staffId`'s open visit (and its
    // card facts) aside and start an empty one; resume() puts it back.
    void park(const QString &staffId);
    bool resume(const QString &staffId);
    bool hasParked(const QString &staffId) const { return m_parked.count(staffId) > 0; }
    // The saved draft of the current clerk back into the session (after a
    // crash). False when there is none; the error when it could not be read.
    Result<bool> restoreDraft();

signals:
    // The visit object is about to be replaced: views let go of visit() now.
    void visitAboutToBeReplaced();
    // The visit object was replaced (new, resumed, restored): views rebind to visit().
    void visitReplaced();
    // The card facts in the visit changed.
    void cardHolderChanged();
    void frozenChanged();
    // A pre-registration code was applied, or the visit with it went away.
    void preRegistrationChanged();
    // A record was queued (the record id, nothing personal).
    void visitCompleted(const QString &recordUuid);
    // A saved visit came back after a restart; `droppedForms`: forms whose definition changed meanwhile.
    void draftRestored(const QStringList &droppedForms);
    // Something went wrong that does not stop the clerk (a draft not saved): show it.
    void warning(const QString &message);

private:
    struct Parked {
        std::unique_ptr<forms::Visit> visit;
        std::optional<CardHolder> holder;
        std::optional<forms::Record> frozen;
        QString digest;
        std::optional<PreRegCode> code;
    };

    void startNewVisit();
    void onCardHolderChanged();
    void onCardReadFinished(bool ok);
    void audit(const QString &action, const QString &target = {}, const QString &detail = {});
    void saveDraft();
    void dropDraft();
    forms::Record currentRecord() const;
    static QJsonObject preRegCodeToJson(const PreRegCode &code);
    static std::optional<PreRegCode> preRegCodeFromJson(const QJsonValue &value);
    static bool sameContent(const forms::Record &a, const forms::Record &b);

    forms::FormLibrary m_library;
    Outbox &m_outbox;
    const Clock &m_clock;
    QString m_terminalId;
    QTimeZone m_officeZone;
    QString m_staffId;
    AuditSink m_auditSink;
    QPointer<CardSession> m_cards;
    QPointer<SessionController> m_session;
    DraftStore *m_drafts = nullptr;
    QPointer<Uploader> m_uploader;

    std::unique_ptr<forms::Visit> m_visit;
    std::optional<forms::Record> m_frozen;
    QString m_frozenDigest;
    std::optional<PreRegCode> m_code;
    std::map<QString, Parked> m_parked;
    bool m_restoring = false;
};

} // namespace intake
} // namespace kakanai
