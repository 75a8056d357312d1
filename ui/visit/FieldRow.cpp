#include "FieldRow.h"

#include "forms/FieldSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace kakanai {

using forms::FieldSource;
using forms::FieldType;
using forms::ValidationState;

namespace {
QString currentLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ja");
}

QString stateName(ValidationState state)
{
    switch (state) {
    case ValidationState::Ok: return QStringLiteral("ok");
    case ValidationState::Missing: return QStringLiteral("missing");
    case ValidationState::Invalid: return QStringLiteral("invalid");
    case ValidationState::Unconfirmed: return QStringLiteral("unconfirmed");
    }
    return {};
}
} // namespace

FieldRow::FieldRow(QString formId, forms::FormField field, QString factKey, QWidget *parent)
    : QWidget(parent), m_formId(std::move(formId)), m_field(std::move(field)), m_factKey(std::move(factKey)),
      m_badge(new QLabel(this)), m_stateIcon(new QLabel(this)), m_reset(new QToolButton(this)),
      m_original(new QLabel(this))
{
    setObjectName(m_formId.isEmpty() ? QStringLiteral("fact_") + m_factKey
                                     : QStringLiteral("field_%1_%2").arg(m_formId, m_field.id));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);

    const bool canType = m_field.editable && !m_field.handwritten;
    QWidget *input = nullptr;
    switch (m_field.type) {
    case FieldType::Choice:
        m_combo = new QComboBox(this);
        m_combo->addItem(QString(), QString());
        for (const forms::ChoiceOption &o : m_field.options)
            m_combo->addItem(o.label.text(currentLanguage()), o.value);
        m_combo->setEnabled(canType);
        connect(m_combo, &QComboBox::activated, this,
                [this](int index) { emit edited(m_combo->itemData(index).toString()); });
        input = m_combo;
        break;
    case FieldType::Checkbox:
        m_check = new QCheckBox(this);
        m_check->setEnabled(canType);
        connect(m_check, &QCheckBox::clicked, this, [this](bool on) { emit edited(on); });
        input = m_check;
        break;
    case FieldType::Members:
        m_members = new QLabel(this);
        m_members->setWordWrap(true);
        input = m_members;
        break;
    default:
        m_line = new QLineEdit(this);
        m_line->setReadOnly(!canType);
        if (m_field.type == FieldType::Number)
            m_line->setMaximumWidth(120);
        if (m_field.type == FieldType::IndividualNumber) {
            // Never shown in clear unless the clerk asks (and that is audited).
            m_line->setEchoMode(QLineEdit::Password);
            m_reveal = new QToolButton(this);
            m_reveal->setObjectName(QStringLiteral("revealButton"));
            m_reveal->setCheckable(true);
            connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
                m_revealed = on;
                emit revealRequested(on);
                if (!on) {
                    m_line->clear();
                    m_line->setEchoMode(QLineEdit::Password);
                }
            });
        }
        connect(m_line, &QLineEdit::editingFinished, this, &FieldRow::commitText);
        input = m_line;
        break;
    }
    input->setObjectName(QStringLiteral("input"));
    input->setProperty("fieldId", m_field.id);

    m_badge->setObjectName(QStringLiteral("sourceBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(64);
    m_badge->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #9aa5b1; border-radius: 3px; padding: 1px 4px;"
                                          " background: #eef2f6; color: #243b53; }"));
    m_stateIcon->setObjectName(QStringLiteral("stateIcon"));
    m_stateIcon->setFixedSize(18, 18);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reset->setVisible(false);
    m_original->setObjectName(QStringLiteral("originalValue"));
    m_original->setVisible(false);
    m_original->setStyleSheet(QStringLiteral("QLabel { color: #6b7280; }"));
    QFont small = m_original->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_original->setFont(small);
    connect(m_reset, &QToolButton::clicked, this, &FieldRow::resetRequested);

    int column = 0;
    grid->addWidget(input, 0, column++);
    grid->setColumnStretch(0, 1);
    if (m_reveal)
        grid->addWidget(m_reveal, 0, column++);
    grid->addWidget(m_badge, 0, column++);
    grid->addWidget(m_stateIcon, 0, column++);
    grid->addWidget(m_reset, 0, column++);
    grid->addWidget(m_original, 1, 0, 1, column);
    retranslate();
}

QWidget *FieldRow::input() const
{
    if (m_line)
        return m_line;
    if (m_combo)
        return m_combo;
    if (m_check)
        return m_check;
    return m_members;
}

void FieldRow::commitText()
{
    if (!m_line || m_line->isReadOnly())
        return;
    const QString text = m_line->text();
    if (m_field.type == FieldType::IndividualNumber) {
        if (m_revealed || text.isEmpty())
            return; // showing the number is not typing it
        QString digits;
        for (QChar c : text)
            if (c.isDigit())
                digits += QChar(u'0' + c.digitValue());
        m_line->clear();
        emit numberEdited(digits);
        digits.fill(QChar(u'0'));
        return;
    }
    // editingFinished also fires on focus loss without a change.
    if (text == m_lastCommitted)
        return;
    m_lastCommitted = text;
    emit edited(text);
}

void FieldRow::showState(const forms::FieldState &state)
{
    const QString shown = state.display.isEmpty() ? state.value.toString() : state.display;
    if (m_line) {
        const QSignalBlocker blocker(m_line);
        if (m_field.type == FieldType::IndividualNumber) {
            if (!m_revealed) {
                m_line->clear();
                m_line->setPlaceholderText(state.hasValue ? state.display : tr("12 digits"));
            }
        } else {
            m_line->setText(shown);
            m_line->setCursorPosition(0);
            m_lastCommitted = shown;
        }
    } else if (m_combo) {
        const QSignalBlocker blocker(m_combo);
        const int index = m_combo->findData(state.value.toString());
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
    } else if (m_check) {
        const QSignalBlocker blocker(m_check);
        m_check->setChecked(state.value.toBool());
    } else if (m_members) {
        QStringList names;
        for (const QVariant &row : state.value.toList())
            names << row.toMap().value(QStringLiteral("name")).toString();
        m_members->setText(names.isEmpty() ? tr("(none: add them under “Household”)") : names.join(QStringLiteral("、")));
    }

    m_badge->setText(state.hasValue || state.source != FieldSource::None ? forms::FieldSources::label(state.source)
                                                                         : QString());
    m_badge->setVisible(!m_badge->text().isEmpty());
    m_badge->setToolTip(state.binding);

    setProperty("validationState", stateName(state.state));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (state.state) {
    case ValidationState::Ok: break;
    case ValidationState::Missing: icon = QStyle::SP_MessageBoxWarning; break;
    case ValidationState::Invalid: icon = QStyle::SP_MessageBoxCritical; break;
    case ValidationState::Unconfirmed: icon = QStyle::SP_MessageBoxQuestion; break;
    }
    m_stateIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_stateIcon->setToolTip(state.isOk() ? tr("OK") : state.reason);
    if (QWidget *in = input())
        in->setToolTip(state.isOk() ? QString() : state.reason);
    if (m_line)
        m_line->setStyleSheet(state.state == ValidationState::Invalid
                                  ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }")
                                  : QString());

    m_reset->setVisible(state.source == FieldSource::Clerk && m_formId.size() > 0 && state.corrected);
    if (state.corrected) {
        m_original->setText(tr("Original: %1 (%2)")
                                .arg(state.originalDisplay.isEmpty() ? state.original.toString() : state.originalDisplay,
                                     forms::FieldSources::label(state.originalSource)));
        m_original->setVisible(true);
    } else {
        m_original->clear();
        m_original->setVisible(false);
    }
}

void FieldRow::hideNumber()
{
    if (!m_reveal)
        return;
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(false);
    m_revealed = false;
    m_line->clear();
    m_line->setEchoMode(QLineEdit::Password);
}

void FieldRow::showRevealedNumber(const QString &grouped)
{
    if (!m_line)
        return;
    const QSignalBlocker blocker(m_line);
    m_line->setEchoMode(QLineEdit::Normal);
    m_line->setText(grouped);
}

void FieldRow::wipe()
{
    if (m_line) {
        const QSignalBlocker blocker(m_line);
        m_line->clear();
        m_line->setPlaceholderText(QString());
    }
    if (m_members)
        m_members->clear();
    m_original->clear();
    m_lastCommitted.clear();
}

void FieldRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldRow::retranslate()
{
    m_reset->setToolTip(tr("Back to the value from the card or the form (undo the correction)"));
    if (m_reveal)
        m_reveal->setText(tr("Show"));
    if (m_line) {
        if (m_field.handwritten)
            m_line->setPlaceholderText(tr("Written by the person on the paper"));
        else if (m_field.type == FieldType::Date)
            m_line->setPlaceholderText(tr("e.g. R6.4.1 or 令和6年4月1日"));
        else if (m_field.type == FieldType::PostalCode)
            m_line->setPlaceholderText(tr("e.g. 123-4567"));
        else if (m_field.type == FieldType::Phone)
            m_line->setPlaceholderText(tr("e.g. 090-1234-5678"));
        else if (m_field.type == FieldType::Kana)
            m_line->setPlaceholderText(tr("katakana or hiragana"));
    }
}

} // namespace kakanai
