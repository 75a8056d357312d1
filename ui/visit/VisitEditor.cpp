#include "VisitEditor.h"

#include "FieldRow.h"
#include "forms/SourceCatalog.h"
#include "jp/JapaneseDate.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QHash>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kakanai {

using namespace kakanai::forms;

namespace {
constexpr int FormIdRole = Qt::UserRole;
constexpr int FieldIdRole = Qt::UserRole + 1;

QString dateText(QDate date)
{
    if (!date.isValid())
        return {};
    auto text = jp::JapaneseDate::format(date);
    return text ? *text : date.toString(Qt::ISODate);
}

QScrollArea *scrolling(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
} // namespace

VisitEditor::VisitEditor(QWidget *parent)
    : QWidget(parent), m_factsBox(new QGroupBox), m_factsLayout(new QFormLayout),
      m_kanaConfirmed(new QCheckBox(m_factsBox)), m_householdBox(new QGroupBox), m_household(new QTableWidget(0, 4)),
      m_memberName(new QLineEdit), m_memberKana(new QLineEdit), m_memberBirth(new QLineEdit),
      m_memberRelation(new QLineEdit), m_addMember(new QPushButton), m_updateMember(new QPushButton),
      m_removeMember(new QPushButton), m_tabs(new QTabWidget(this)), m_problemsTitle(new QLabel(this)),
      m_problems(new QListWidget(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("visitEditor"));
    m_kanaConfirmed->setObjectName(QStringLiteral("kanaConfirmedCheck"));
    m_household->setObjectName(QStringLiteral("householdTable"));
    m_memberName->setObjectName(QStringLiteral("memberName"));
    m_memberKana->setObjectName(QStringLiteral("memberKana"));
    m_memberBirth->setObjectName(QStringLiteral("memberBirthDate"));
    m_memberRelation->setObjectName(QStringLiteral("memberRelationship"));
    m_addMember->setObjectName(QStringLiteral("addMemberButton"));
    m_updateMember->setObjectName(QStringLiteral("updateMemberButton"));
    m_removeMember->setObjectName(QStringLiteral("removeMemberButton"));
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; }"));
    m_message->setVisible(false);
    m_factsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // The kana tick sits under the facts, outside the rows that are rebuilt.
    auto *factsOuter = new QVBoxLayout(m_factsBox);
    factsOuter->addLayout(m_factsLayout);
    factsOuter->addWidget(m_kanaConfirmed);

    m_household->horizontalHeader()->setStretchLastSection(true);
    m_household->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_household->verticalHeader()->setVisible(false);
    m_household->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_household->setSelectionMode(QAbstractItemView::SingleSelection);
    m_household->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_household->setMinimumHeight(110);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(m_memberName, 3);
    memberRow->addWidget(m_memberKana, 3);
    memberRow->addWidget(m_memberBirth, 2);
    memberRow->addWidget(m_memberRelation, 1);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_updateMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch(1);
    auto *householdLayout = new QVBoxLayout(m_householdBox);
    householdLayout->addWidget(m_household);
    householdLayout->addLayout(memberRow);
    householdLayout->addLayout(memberButtons);

    auto *shared = new QWidget;
    auto *sharedLayout = new QVBoxLayout(shared);
    sharedLayout->addWidget(m_factsBox);
    sharedLayout->addWidget(m_householdBox);
    sharedLayout->addStretch(1);
    m_tabs->addTab(scrolling(shared), QString());

    m_problems->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problems);

    connect(m_kanaConfirmed, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_visit)
            return;
        m_visit->setNameKanaConfirmed(on);
        refresh();
    });
    connect(m_addMember, &QPushButton::clicked, this, [this] { addOrUpdateMember(false); });
    connect(m_updateMember, &QPushButton::clicked, this, [this] { addOrUpdateMember(true); });
    connect(m_removeMember, &QPushButton::clicked, this, &VisitEditor::removeMember);
    connect(m_household, &QTableWidget::itemSelectionChanged, this, &VisitEditor::loadMemberEditors);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        focusField(item->data(FormIdRole).toString(), item->data(FieldIdRole).toString());
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        focusField(item->data(FormIdRole).toString(), item->data(FieldIdRole).toString());
    });
    retranslate();
    setVisit(nullptr);
}

QString VisitEditor::language() const
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ja");
}

void VisitEditor::commitFocusedInput()
{
    // What the clerk is typing reaches the current visit before its widgets go.
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        focus->clearFocus();
}

void VisitEditor::setVisit(Visit *visit)
{
    commitFocusedInput();
    m_visit = visit;
    rebuild();
}

void VisitEditor::detachVisit()
{
    m_visit = nullptr;
}

void VisitEditor::clearRows()
{
    for (FieldRow *row : std::as_const(m_factRows))
        row->wipe();
    for (FieldRow *row : std::as_const(m_formRows))
        row->wipe();
    m_factRows.clear();
    m_formRows.clear();
    while (m_factsLayout->rowCount() > 0)
        m_factsLayout->removeRow(0);
    m_kanaConfirmed->setVisible(false);
    while (m_tabs->count() > 1) {
        QWidget *page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete page;
    }
}

FieldRow *VisitEditor::makeRow(const QString &formId, const FormField &field, const QString &factKey, QWidget *parent)
{
    auto *row = new FieldRow(formId, field, factKey, parent);
    connect(row, &FieldRow::edited, this, [this, row](const QVariant &input) { applyEdit(row, input); });
    connect(row, &FieldRow::numberEdited, this, [this, row](const QString &digits) { applyNumber(row, digits); });
    connect(row, &FieldRow::revealRequested, this, [this, row](bool on) { reveal(row, on); });
    connect(row, &FieldRow::resetRequested, this, [this, row] {
        if (m_visit && m_visit->resetField(row->formId(), row->fieldId()))
            refresh();
    });
    return row;
}

void VisitEditor::rebuild()
{
    commitFocusedInput();
    clearRows();
    m_message->clear();
    m_message->setVisible(false);
    if (!m_visit) {
        m_household->setRowCount(0);
        for (QLineEdit *e : {m_memberName, m_memberKana, m_memberBirth, m_memberRelation})
            e->clear();
        m_problems->clear();
        m_problemsTitle->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);

    // Shared facts: every visit.* fact a chosen form is bound to, once, in the
    // order the forms ask for them.
    QStringList factKeys;
    for (const QString &formId : m_visit->formIds()) {
        const FormDefinition *def = m_visit->form(formId);
        if (!def)
            continue;
        for (const FormField &f : def->fields) {
            // Only the fact the field's typing goes to (its first visit.*
            // binding); fallbacks such as visit.destinationAddress would show
            // the same label twice.
            const QString key = f.visitFact();
            if (key.isEmpty() || factKeys.contains(key))
                continue;
            const auto fact = SourceCatalog::visitFact(key);
            if (!fact || !fact->settable)
                continue;
            factKeys << key;
            FormField probe = f;
            probe.id = key;
            probe.type = fact->type;
            probe.editable = true;
            probe.handwritten = false;
            probe.required = false;
            probe.when = {};
            FieldRow *row = makeRow(QString(), probe, key, m_factsBox);
            m_factRows << row;
            auto *label = new QLabel(f.label.text(language()), m_factsBox);
            label->setToolTip(fact->meaning);
            label->setBuddy(row->input());
            m_factsLayout->addRow(label, row);
            if (key == u"nameKana")
                m_kanaConfirmed->setVisible(true);
        }
    }
    m_factsBox->setVisible(!factKeys.isEmpty());

    for (const QString &formId : m_visit->formIds()) {
        const FormDefinition *def = m_visit->form(formId);
        if (!def)
            continue;
        auto *page = new QWidget;
        auto *form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto *header = new QHBoxLayout;
        auto *about = new QLabel(def->description.text(language()), page);
        about->setWordWrap(true);
        header->addWidget(about, 1);
        // The clerk takes a form off the visit (not done today after all).
        auto *remove = new QPushButton(tr("Remove this form"), page);
        remove->setObjectName(QStringLiteral("removeFormButton"));
        connect(remove, &QPushButton::clicked, this, [this, formId] {
            if (!m_visit)
                return;
            m_visit->removeForm(formId);
            // Later: the button is on the page that rebuild() deletes.
            QMetaObject::invokeMethod(this, &VisitEditor::rebuild, Qt::QueuedConnection);
        });
        header->addWidget(remove);
        form->addRow(header);
        for (const FormField &f : def->fields) {
            FieldRow *row = makeRow(formId, f, QString(), page);
            m_formRows << row;
            auto *label = new QLabel(f.label.text(language()) + (f.required ? QStringLiteral(" *") : QString()), page);
            if (!f.note.isEmpty())
                label->setToolTip(f.note.text(language()));
            label->setBuddy(row->input());
            form->addRow(label, row);
        }
        auto *scroll = scrolling(page);
        scroll->setObjectName(QStringLiteral("tab_") + formId);
        scroll->setProperty("formId", formId);
        m_tabs->addTab(scroll, def->title.text(language()));
    }
    refresh();
}

void VisitEditor::refresh()
{
    if (!m_visit)
        return;
    // An empty fact is fine in itself, but not when a chosen form needs it:
    // the fact row then shows that form field's problem, so the clerk sees
    // on the facts tab what is still missing.
    QHash<QString, FieldState> neededFacts;
    for (FieldRow *row : std::as_const(m_formRows)) {
        auto state = m_visit->field(row->formId(), row->fieldId());
        if (!state)
            continue;
        const QString fact = row->field().visitFact();
        if (!fact.isEmpty() && state->applicable && state->state != ValidationState::Ok && !neededFacts.contains(fact))
            neededFacts.insert(fact, *state);
        row->showState(*state);
        // A field whose "when" is not met is hidden with its label.
        if (auto *form = qobject_cast<QFormLayout *>(row->parentWidget()->layout()))
            form->setRowVisible(row, state->applicable);
    }
    for (FieldRow *row : std::as_const(m_factRows)) {
        FieldState fact = m_visit->factState(row->factKey());
        if (fact.state == ValidationState::Ok && !fact.hasValue && neededFacts.contains(row->factKey())) {
            const FieldState &needed = neededFacts.value(row->factKey());
            fact.state = needed.state;
            fact.reason = needed.reason;
        }
        row->showState(fact);
    }
    {
        const QSignalBlocker blocker(m_kanaConfirmed);
        m_kanaConfirmed->setChecked(m_visit->isNameKanaConfirmed());
    }
    refreshHousehold();
    refreshProblems();
    emit visitChanged();
}

void VisitEditor::applyEdit(FieldRow *row, const QVariant &input)
{
    if (!m_visit)
        return;
    // A field bound to a shared fact edits the fact: the value then shows in
    // every form at once (docs/forms.md, "The visit").
    QString fact = row->factKey();
    if (fact.isEmpty())
        fact = row->field().visitFact();
    if (!fact.isEmpty()) {
        if (auto r = m_visit->setFact(fact, input); !r)
            showMessage(r.error().message());
    } else if (auto r = m_visit->setFieldValue(row->formId(), row->fieldId(), input); !r) {
        showMessage(r.error().message());
    }
    refresh();
}

void VisitEditor::applyNumber(FieldRow *row, const QString &digits)
{
    if (!m_visit || row->formId().isEmpty())
        return;
    auto buffer = SecureBuffer::fromDigits(digits);
    if (!buffer) {
        showMessage(tr("An individual number has 12 digits."));
        return;
    }
    if (auto r = m_visit->setFieldIndividualNumber(row->formId(), row->fieldId(), std::move(*buffer)); !r)
        showMessage(r.error().message());
    refresh();
}

void VisitEditor::reveal(FieldRow *row, bool on)
{
    if (!m_visit || !on) {
        refresh();
        return;
    }
    if (m_revealAllowed && !m_revealAllowed()) {
        showMessage(tr("Your role may not show the individual number in clear."));
        row->hideNumber();
        return;
    }
    const auto number = m_visit->individualNumber(row->formId(), row->fieldId());
    if (!number)
        return;
    emit individualNumberRevealed();
    QString grouped;
    const QByteArrayView digits = number->view();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += u' ';
        grouped += QLatin1Char(digits.at(i));
    }
    row->showRevealedNumber(grouped);
    grouped.fill(QChar(u'0'));
}

void VisitEditor::refreshHousehold()
{
    const QList<HouseholdMember> &members = m_visit->household();
    const int selected = m_household->currentRow();
    const QSignalBlocker blocker(m_household);
    m_household->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const HouseholdMember &m = members.at(i);
        const QStringList cells{m.name, m.kana, dateText(m.birthDate), m.relationship};
        for (int c = 0; c < cells.size(); ++c)
            m_household->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    if (selected >= 0 && selected < members.size())
        m_household->selectRow(selected);
    m_updateMember->setEnabled(m_household->currentRow() >= 0 && !members.isEmpty());
    m_removeMember->setEnabled(m_household->currentRow() >= 0 && !members.isEmpty());
}

void VisitEditor::loadMemberEditors()
{
    const int row = m_household->currentRow();
    const bool have = m_visit && row >= 0 && row < m_visit->household().size();
    m_updateMember->setEnabled(have);
    m_removeMember->setEnabled(have);
    if (!have)
        return;
    const HouseholdMember &m = m_visit->household().at(row);
    m_memberName->setText(m.name);
    m_memberKana->setText(m.kana);
    m_memberBirth->setText(dateText(m.birthDate));
    m_memberRelation->setText(m.relationship);
}

void VisitEditor::addOrUpdateMember(bool update)
{
    if (!m_visit)
        return;
    HouseholdMember member;
    member.name = m_memberName->text().trimmed();
    member.kana = m_memberKana->text().trimmed();
    member.relationship = m_memberRelation->text().trimmed();
    if (!m_memberBirth->text().trimmed().isEmpty()) {
        auto date = jp::JapaneseDate::parse(m_memberBirth->text().trimmed());
        if (!date) {
            showMessage(tr("The date of birth is not a date (e.g. R6.4.1 or 令和6年4月1日)."));
            return;
        }
        member.birthDate = *date;
    }
    Status done;
    if (update) {
        done = m_visit->updateHouseholdMember(m_household->currentRow(), std::move(member));
    } else if (auto added = m_visit->addHouseholdMember(std::move(member)); !added) {
        done = std::unexpected(added.error());
    }
    if (!done) {
        showMessage(done.error().message());
        return;
    }
    m_message->setVisible(false);
    for (QLineEdit *e : {m_memberName, m_memberKana, m_memberBirth, m_memberRelation})
        e->clear();
    refresh();
}

void VisitEditor::removeMember()
{
    if (!m_visit)
        return;
    if (auto r = m_visit->removeHouseholdMember(m_household->currentRow()); !r) {
        showMessage(r.error().message());
        return;
    }
    for (QLineEdit *e : {m_memberName, m_memberKana, m_memberBirth, m_memberRelation})
        e->clear();
    refresh();
}

void VisitEditor::refreshProblems()
{
    const QList<FieldState> problems = m_visit->problems();
    m_problems->clear();
    QSet<QString> formsWithProblems;
    for (const FieldState &p : problems) {
        const FormDefinition *def = m_visit->form(p.formId);
        const FormField *f = def ? def->field(p.fieldId) : nullptr;
        formsWithProblems.insert(p.formId);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 › %2 — %3")
                .arg(def ? def->title.text(language()) : p.formId, f ? f->label.text(language()) : p.fieldId, p.reason),
            m_problems);
        item->setData(FormIdRole, p.formId);
        item->setData(FieldIdRole, p.fieldId);
    }
    for (int i = 1; i < m_tabs->count(); ++i) {
        const QString formId = m_tabs->widget(i)->property("formId").toString();
        m_tabs->setTabIcon(i, formsWithProblems.contains(formId) ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                                 : QIcon());
    }
    if (m_visit->formIds().isEmpty())
        m_problemsTitle->setText(tr("No form chosen yet: use the procedure guide."));
    else if (problems.isEmpty())
        m_problemsTitle->setText(tr("Every field is ready. Print for the signature, then complete."));
    else
        m_problemsTitle->setText(tr("%n item(s) need checking (click to go there)", nullptr, int(problems.size())));
    m_problems->setVisible(!problems.isEmpty());
}

FieldRow *VisitEditor::fieldRow(const QString &formId, const QString &fieldId) const
{
    for (FieldRow *row : m_formRows)
        if (row->formId() == formId && row->fieldId() == fieldId)
            return row;
    return nullptr;
}

FieldRow *VisitEditor::factRow(const QString &factKey) const
{
    QString key = factKey;
    if (key.startsWith(QLatin1String("visit.")))
        key = key.mid(6);
    for (FieldRow *row : m_factRows)
        if (row->factKey() == key)
            return row;
    return nullptr;
}

void VisitEditor::focusField(const QString &formId, const QString &fieldId)
{
    FieldRow *row = fieldRow(formId, fieldId);
    if (!row)
        return;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property("formId").toString() == formId) {
            m_tabs->setCurrentIndex(i);
            if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i)))
                scroll->ensureWidgetVisible(row);
            break;
        }
    }
    if (QWidget *input = row->input())
        input->setFocus(Qt::OtherFocusReason);
}

void VisitEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void VisitEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitEditor::retranslate()
{
    m_factsBox->setTitle(tr("Shared facts (entered once, used by every form)"));
    m_kanaConfirmed->setText(tr("Reading (furigana) confirmed with the person"));
    m_householdBox->setTitle(tr("Household members"));
    m_household->setHorizontalHeaderLabels({tr("Name"), tr("Furigana"), tr("Date of birth"), tr("Relationship")});
    m_memberName->setPlaceholderText(tr("Name"));
    m_memberKana->setPlaceholderText(tr("Furigana"));
    m_memberBirth->setPlaceholderText(tr("Date of birth (R6.4.1)"));
    m_memberRelation->setPlaceholderText(tr("Relationship"));
    m_addMember->setText(tr("&Add member"));
    m_updateMember->setText(tr("&Update"));
    m_removeMember->setText(tr("Re&move"));
    m_tabs->setTabText(0, tr("Shared facts and household"));
    if (m_visit)
        rebuild(); // labels of the forms in the new language
}

} // namespace kakanai
