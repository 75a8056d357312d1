#include "IntakeSession.h"

#include "DraftStore.h"
#include "card/CardSession.h"
#include "card/SecureBuffer.h"
#include "common/Clock.h"
#include "common/LogCategories.h"
#include "outbox/Outbox.h"
#include "outbox/Uploader.h"
#include "security/SessionController.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kakanai::intake {

namespace {
const QString kIntakeDraftSchema = QStringLiteral("kakanai.intake-draft/1");

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

IntakeSession::IntakeSession(forms::FormLibrary library, Outbox &outbox, const Clock &clock, QString terminalId,
                             QTimeZone officeZone, QObject *parent)
    : QObject(parent), m_library(std::move(library)), m_outbox(outbox), m_clock(clock),
      m_terminalId(std::move(terminalId)),
      m_officeZone(officeZone.isValid() ? std::move(officeZone) : OfficeCalendar::defaultZone())
{
    m_visit = std::make_unique<forms::Visit>(m_library, today());
}

IntakeSession::~IntakeSession() = default;

void IntakeSession::attachCardSession(CardSession &cards)
{
    m_cards = &cards;
    connect(&cards, &CardSession::holderChanged, this, &IntakeSession::onCardHolderChanged);
    connect(&cards, &CardSession::readFinished, this, &IntakeSession::onCardReadFinished);
    onCardHolderChanged();
}

void IntakeSession::attachStaffSession(SessionController &session)
{
    m_session = &session;
    connect(&session, &SessionController::sessionEnding, this, &IntakeSession::park);
    connect(&session, &SessionController::signedIn, this,
            [this](const StaffMember &member) { resume(member.staffId); });
}

void IntakeSession::attachDrafts(DraftStore &drafts)
{
    m_drafts = &drafts;
}

void IntakeSession::attachUploader(Uploader &uploader)
{
    m_uploader = &uploader;
}

QDate IntakeSession::today() const
{
    return OfficeCalendar(m_clock, m_officeZone).today();
}

QString IntakeSession::staffId() const
{
    if (m_session)
        return m_session->current() ? m_session->current()->staffId : QString();
    return m_staffId;
}

bool IntakeSession::allows(Action action) const
{
    return !m_session || m_session->allows(action);
}

bool IntakeSession::isEmpty() const
{
    return !m_visit->hasCardHolder() && m_visit->formIds().isEmpty() && m_visit->household().isEmpty()
        && m_visit->clerkEnteredCount() == 0 && !m_frozen;
}

void IntakeSession::audit(const QString &action, const QString &target, const QString &detail)
{
    if (m_session)
        m_session->audit(action, target, detail);
    else if (m_auditSink)
        m_auditSink(action, target, detail);
}

// --- the card ------------------------------------------------------------------

void IntakeSession::onCardHolderChanged()
{
    if (m_restoring || !m_cards)
        return;
    if (const CardHolder *holder = m_cards->holder())
        m_visit->setCardHolder(*holder);
    else
        m_visit->clearCardHolder();
    saveDraft();
    emit cardHolderChanged();
}

void IntakeSession::onCardReadFinished(bool ok)
{
    if (!m_cards)
        return;
    if (!ok) {
        const auto &error = m_cards->lastError();
        audit(QStringLiteral("read-card-failed"), QString(),
              error ? QString::fromLatin1(Error::codeName(error->code())) : QString());
        return;
    }
    const CardHolder *holder = m_cards->holder();
    audit(QStringLiteral("read-card"), QString(),
          QStringLiteral("key=%1;number=%2")
              .arg(m_cards->lastReadUsedMatchingCodeB() ? QStringLiteral("code-b") : QStringLiteral("pin"),
                   holder && holder->individualNumber ? QStringLiteral("yes") : QStringLiteral("no")));
}

// --- forms -----------------------------------------------------------------------

Status IntakeSession::addForms(const QList<forms::ChecklistItem> &items)
{
    QStringList failed;
    for (const forms::ChecklistItem &item : items) {
        if (!item.isForm())
            continue;
        if (auto added = m_visit->addForm(item.formId, item.presets); !added)
            failed << added.error().message();
    }
    saveDraft();
    if (!failed.isEmpty())
        return fail(ErrorCode::InvalidArgument, failed.join(QLatin1Char('\n')), QStringLiteral("forms not added"));
    return {};
}

Result<prereg::PreRegApplier::Applied> IntakeSession::applyPreRegistration(const prereg::DecodedPreRegistration &code,
                                                                          const forms::LifeEventNavi &navi)
{
    auto applied = prereg::PreRegApplier::apply(*m_visit, code.content, navi);
    if (!applied) {
        audit(QStringLiteral("prereg-refused"), QString(), applied.error().technicalDetail());
        return applied;
    }
    m_code = PreRegCode{code.content.person, code.signature, code.symbolCount, code.content.events,
                        code.content.answers};
    const prereg::CardComparison comparison = compareCodeWithCard();
    QString signature = prereg::SignatureCheck::stateName(code.signature.state);
    if (code.signature.state != prereg::SignatureCheck::State::Unsigned)
        signature += QLatin1Char(':') + code.signature.keyIdHex;
    audit(QStringLiteral("prereg-applied"), code.content.events.join(QLatin1Char(',')),
          QStringLiteral("symbols=%1;signature=%2;forms=%3;card-differences=%4;other-person=%5")
              .arg(code.symbolCount)
              .arg(signature)
              .arg(applied->formIds.size())
              .arg(comparison.differences.size())
              .arg(comparison.otherPerson ? QStringLiteral("yes") : QStringLiteral("no")));
    saveDraft();
    emit preRegistrationChanged();
    return applied;
}

prereg::CardComparison IntakeSession::compareCodeWithCard() const
{
    if (!m_code)
        return {};
    return prereg::PreRegApplier::compare(m_code->person, m_visit->cardHolder());
}

void IntakeSession::noteEdited()
{
    saveDraft();
}

void IntakeSession::noteIndividualNumberRevealed(const QString &where)
{
    audit(Permissions::actionName(Action::RevealIndividualNumber), where);
}

// --- print -----------------------------------------------------------------------

forms::Record IntakeSession::currentRecord() const
{
    return m_visit->toRecord(m_clock, m_terminalId, staffId());
}

bool IntakeSession::sameContent(const forms::Record &a, const forms::Record &b)
{
    return a.kind == b.kind && a.forms == b.forms && a.household == b.household;
}

bool IntakeSession::frozenIsCurrent() const
{
    return m_frozen && sameContent(*m_frozen, currentRecord());
}

Result<forms::RecordView> IntakeSession::freezeForSignature()
{
    if (m_visit->formIds().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Choose the forms first."), QStringLiteral("no forms"));
    if (!frozenIsCurrent()) {
        m_frozen = currentRecord();
        QByteArray json = m_frozen->toJson();
        m_frozenDigest = sha256Hex(json);
        SecureBuffer::wipe(json);
        audit(QStringLiteral("print-forms"), m_frozen->id, QStringLiteral("forms=%1").arg(m_frozen->forms.size()));
        saveDraft();
        emit frozenChanged();
    }
    return forms::RecordView::create(*m_frozen, m_library, m_visit->today());
}

QString IntakeSession::frozenReference() const
{
    if (!m_frozen)
        return {};
    return tr("Record %1 · %2", "foot of the printed form: record id start, digest start")
        .arg(m_frozen->id.left(8), m_frozenDigest.left(12));
}

// --- complete ----------------------------------------------------------------------

Result<QString> IntakeSession::complete()
{
    if (!allows(Action::CompleteVisit))
        return fail(ErrorCode::NotAllowed, tr("Your role may not complete a visit. Ask a clerk of the desk."),
                    QStringLiteral("complete-visit not allowed"));
    auto ready = m_visit->complete(m_clock, m_terminalId, staffId());
    if (!ready)
        return std::unexpected(ready.error());
    if (!m_frozen)
        return fail(ErrorCode::InvalidArgument,
                    tr("Print the forms for the citizen's signature first: the record is what was signed."),
                    QStringLiteral("not printed"));
    if (!sameContent(*m_frozen, *ready))
        return fail(ErrorCode::InvalidArgument,
                    tr("The forms changed after they were printed. Print them again and have the new paper signed."),
                    QStringLiteral("changed after printing"));

    QByteArray json = m_frozen->toJson();
    auto queued = m_outbox.enqueue(json, m_frozenDigest);
    // The plain record is encrypted in the store now (or not at all): wipe our copy.
    SecureBuffer::wipe(json);
    if (!queued) {
        // Nothing is lost: the visit and its draft stay to try again.
        qCWarning(lcIntake) << "record not queued:" << Error::codeName(queued.error().code());
        return fail(queued.error().code(),
                    tr("The visit could not be saved: %1\nThe forms stay on the screen; try again.")
                        .arg(queued.error().message()),
                    queued.error().technicalDetail());
    }
    const QString uuid = queued->uuid;
    audit(Permissions::actionName(Action::CompleteVisit), uuid);
    dropDraft();
    startNewVisit();
    emit visitCompleted(uuid);
    if (m_uploader)
        m_uploader->uploadNow();
    return uuid;
}

void IntakeSession::discard()
{
    dropDraft();
    startNewVisit();
}

void IntakeSession::startNewVisit()
{
    // The next citizen starts from nothing: no card facts, no forms, no paper.
    m_restoring = true;
    if (m_cards)
        m_cards->clearHolder();
    m_restoring = false;
    m_frozen.reset();
    m_frozenDigest.clear();
    m_code.reset();
    emit visitAboutToBeReplaced();
    m_visit = std::make_unique<forms::Visit>(m_library, today());
    emit visitReplaced();
    emit frozenChanged();
    emit preRegistrationChanged();
}

// --- clerks --------------------------------------------------------------------------

void IntakeSession::park(const QString &staffId)
{
    if (isEmpty()) {
        startNewVisit();
        return;
    }
    // The draft stays saved under this clerk; only the screen is emptied.
    Parked parked;
    m_restoring = true;
    parked.holder = m_cards ? m_cards->takeHolder() : m_visit->cardHolder();
    m_restoring = false;
    emit visitAboutToBeReplaced();
    parked.visit = std::move(m_visit);
    parked.frozen = std::move(m_frozen);
    parked.digest = m_frozenDigest;
    parked.code = std::move(m_code);
    m_code.reset();
    m_parked.insert_or_assign(staffId, std::move(parked));
    startNewVisit();
}

bool IntakeSession::resume(const QString &staffId)
{
    auto it = m_parked.find(staffId);
    if (it == m_parked.end()) {
        // Not parked here: after a restart the clerk's saved draft comes back.
        if (!isEmpty())
            return false;
        auto restored = restoreDraft();
        if (!restored) {
            emit warning(restored.error().message());
            return false;
        }
        return *restored;
    }
    Parked parked = std::move(it->second);
    m_parked.erase(it);
    emit visitAboutToBeReplaced();
    m_visit = std::move(parked.visit);
    m_frozen = std::move(parked.frozen);
    m_frozenDigest = parked.digest;
    m_code = std::move(parked.code);
    m_restoring = true;
    if (m_cards && parked.holder)
        m_cards->restoreHolder(std::move(*parked.holder));
    m_restoring = false;
    emit visitReplaced();
    emit frozenChanged();
    emit cardHolderChanged();
    emit preRegistrationChanged();
    return true;
}

// --- drafts ----------------------------------------------------------------------------

void IntakeSession::saveDraft()
{
    if (!m_drafts || m_restoring)
        return;
    if (m_session && !m_session->current())
        return; // nobody signed in: nothing of anyone's to keep
    if (isEmpty()) {
        dropDraft();
        return;
    }
    QJsonObject document{{QStringLiteral("schema"), kIntakeDraftSchema},
                         {QStringLiteral("visit"), m_visit->toDraft()}};
    if (m_frozen) {
        document.insert(QStringLiteral("frozen"), m_frozen->toJsonObject());
        document.insert(QStringLiteral("frozenDigest"), m_frozenDigest);
    }
    if (m_code)
        document.insert(QStringLiteral("preregCode"), preRegCodeToJson(*m_code));
    QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
    auto saved = m_drafts->save(staffId(), bytes);
    SecureBuffer::wipe(bytes);
    if (!saved) {
        qCWarning(lcIntake) << "draft not saved:" << Error::codeName(saved.error().code());
        emit warning(tr("The open visit could not be saved on this PC (%1). Keep working; complete the visit "
                        "as soon as possible.")
                         .arg(saved.error().message()));
    }
}

void IntakeSession::dropDraft()
{
    if (!m_drafts)
        return;
    if (auto removed = m_drafts->remove(staffId()); !removed)
        qCWarning(lcIntake) << "draft not removed:" << Error::codeName(removed.error().code());
}

// The code's summary in the draft (encrypted with it): what the clerk saw
// about the code — its person for the card comparison, the signature, the
// events and answers — comes back after a crash with the values.
QJsonObject IntakeSession::preRegCodeToJson(const PreRegCode &code)
{
    QJsonObject answers;
    for (auto it = code.answers.cbegin(); it != code.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("person"), code.person.toJson()},
                       {QStringLiteral("signature"), prereg::SignatureCheck::stateName(code.signature.state)},
                       {QStringLiteral("keyLabel"), code.signature.keyLabel},
                       {QStringLiteral("keyId"), code.signature.keyIdHex},
                       {QStringLiteral("symbols"), code.symbols},
                       {QStringLiteral("events"), QJsonArray::fromStringList(code.events)},
                       {QStringLiteral("answers"), answers}};
}

std::optional<IntakeSession::PreRegCode> IntakeSession::preRegCodeFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    PreRegCode code;
    code.person = prereg::PreRegPerson::fromJson(o.value(QStringLiteral("person")).toObject());
    code.signature.state = prereg::SignatureCheck::stateFromName(o.value(QStringLiteral("signature")).toString())
                               .value_or(prereg::SignatureCheck::State::Unsigned);
    code.signature.keyLabel = o.value(QStringLiteral("keyLabel")).toString();
    code.signature.keyIdHex = o.value(QStringLiteral("keyId")).toString();
    code.symbols = o.value(QStringLiteral("symbols")).toInt(1);
    for (const QJsonValue &event : o.value(QStringLiteral("events")).toArray())
        code.events.append(event.toString());
    const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        code.answers.insert(it.key(), it.value().toBool());
    return code;
}

Result<bool> IntakeSession::restoreDraft()
{
    if (!m_drafts)
        return false;
    auto loaded = m_drafts->load(staffId());
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return false;
    QByteArray bytes = std::move(**loaded);
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();
    SecureBuffer::wipe(bytes);
    if (document.value(QStringLiteral("schema")).toString() != kIntakeDraftSchema)
        return fail(ErrorCode::InvalidData, tr("The saved open visit has a format this version does not know."),
                    QStringLiteral("intake draft schema"));
    QStringList dropped;
    auto visit = forms::Visit::fromDraft(m_library, today(), document.value(QStringLiteral("visit")).toObject(),
                                         &dropped);
    if (!visit)
        return std::unexpected(visit.error());
    emit visitAboutToBeReplaced();
    m_visit = std::make_unique<forms::Visit>(std::move(*visit));
    m_frozen.reset();
    m_frozenDigest.clear();
    if (document.contains(QStringLiteral("frozen"))) {
        auto frozen = forms::Record::fromJson(
            QJsonDocument(document.value(QStringLiteral("frozen")).toObject()).toJson(QJsonDocument::Compact));
        if (frozen) {
            m_frozen = std::move(*frozen);
            m_frozenDigest = document.value(QStringLiteral("frozenDigest")).toString();
        }
    }
    m_code = preRegCodeFromJson(document.value(QStringLiteral("preregCode")));
    m_restoring = true;
    if (m_cards) {
        if (auto holder = m_visit->cardHolder())
            m_cards->restoreHolder(std::move(*holder));
        else
            m_cards->clearHolder();
    }
    m_restoring = false;
    audit(QStringLiteral("draft-restored"), QString(), QStringLiteral("forms=%1").arg(m_visit->formIds().size()));
    emit visitReplaced();
    emit frozenChanged();
    emit cardHolderChanged();
    emit preRegistrationChanged();
    emit draftRestored(dropped);
    return true;
}

} // namespace kakanai::intake
