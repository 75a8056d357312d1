#include "CardPanel.h"

#include "jp/JapaneseDate.h"

#include "card/CardSession.h"
#include "MatchingCodeBDialog.h"
#include "PinDialog.h"
#include "card/MyNumberCard.h"
#include "card/ReaderMonitor.h"
#include "common/Redaction.h"
#include "jp/JapaneseDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai {

namespace {
QLabel *factLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    l->setFont(f);
    return l;
}
} // namespace

CardPanel::CardPanel(ReaderMonitor &monitor, CardSession &session, QString preferredReader, QWidget *parent)
    : QWidget(parent), m_monitor(monitor), m_session(session), m_preferredReader(std::move(preferredReader)),
      m_title(new QLabel(this)), m_readerCombo(new QComboBox(this)), m_readerState(new QLabel(this)),
      m_withNumber(new QCheckBox(this)), m_readButton(new QPushButton(this)), m_codeBButton(new QPushButton(this)),
      m_clearButton(new QPushButton(this)), m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_factsBox(new QWidget(this)), m_facts(new QFormLayout(m_factsBox)), m_name(factLabel(this, "holderName")),
      m_address(factLabel(this, "holderAddress")), m_birthDate(factLabel(this, "holderBirthDate")),
      m_sex(factLabel(this, "holderSex")), m_number(factLabel(this, "holderNumber")),
      m_revealButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("cardPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_readerCombo->setObjectName(QStringLiteral("readerCombo"));
    m_readerState->setObjectName(QStringLiteral("readerState"));
    m_withNumber->setObjectName(QStringLiteral("withNumberCheck"));
    m_readButton->setObjectName(QStringLiteral("readCardButton"));
    m_codeBButton->setObjectName(QStringLiteral("readWithCodeBButton"));
    m_clearButton->setObjectName(QStringLiteral("clearCardButton"));
    m_revealButton->setObjectName(QStringLiteral("revealNumberButton"));
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("cardProgress"));
    m_progress->setRange(0, 0); // busy: a read takes well under a second, steps are not worth showing
    m_progress->setVisible(false);
    m_readButton->setMinimumHeight(44);
    QFont buttonFont = m_readButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    m_readButton->setFont(buttonFont);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_revealButton);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_address),
                       static_cast<QWidget *>(m_birthDate), static_cast<QWidget *>(m_sex)})
        m_facts->addRow(new QLabel(m_factsBox), w);
    m_facts->addRow(new QLabel(m_factsBox), numberRow);
    m_factsBox->setObjectName(QStringLiteral("cardFacts"));
    m_factsBox->setVisible(false);

    auto *readerRow = new QHBoxLayout;
    readerRow->addWidget(m_readerCombo, 1);
    readerRow->addWidget(m_readerState, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readButton);
    buttons->addWidget(m_codeBButton);
    buttons->addStretch(1);
    buttons->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(readerRow);
    layout->addWidget(m_withNumber);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_factsBox);

    connect(m_readButton, &QPushButton::clicked, this, &CardPanel::startRead);
    connect(m_codeBButton, &QPushButton::clicked, this, &CardPanel::startReadWithMatchingCodeB);
    connect(m_clearButton, &QPushButton::clicked, this, &CardPanel::clear);
    connect(m_revealButton, &QPushButton::clicked, this, &CardPanel::toggleNumber);
    connect(m_readerCombo, &QComboBox::currentIndexChanged, this, &CardPanel::updateButtons);
    connect(&m_session, &CardSession::busyChanged, this, &CardPanel::updateButtons);
    connect(&m_session, &CardSession::triesFinished, this, &CardPanel::onTriesFinished);
    connect(&m_session, &CardSession::readFinished, this, &CardPanel::onReadFinished);
    connect(&m_session, &CardSession::holderChanged, this, &CardPanel::onHolderChanged);
    for (auto signal : {&ReaderMonitor::readerAdded, &ReaderMonitor::readerRemoved, &ReaderMonitor::cardRemoved})
        connect(&m_monitor, signal, this, &CardPanel::refreshReaders);
    connect(&m_monitor, &ReaderMonitor::cardInserted, this, [this](const QString &reader) {
        refreshReaders();
        // The clerk reads the card that was just put down.
        const int index = m_readerCombo->findData(reader);
        if (index >= 0 && !m_session.isBusy())
            m_readerCombo->setCurrentIndex(index);
    });
    connect(&m_monitor, &ReaderMonitor::serviceStateChanged, this, &CardPanel::refreshReaders);

    retranslate();
    refreshReaders();
}

QString CardPanel::currentReader() const
{
    return m_readerCombo->currentData().toString();
}

void CardPanel::refreshReaders()
{
    const QString current = currentReader();
    const QList<ReaderState> readers = m_monitor.readers();
    m_readerCombo->blockSignals(true);
    m_readerCombo->clear();
    for (const ReaderState &r : readers)
        m_readerCombo->addItem(r.name, r.name);
    int index = m_readerCombo->findData(current);
    if (index < 0)
        index = m_readerCombo->findData(m_preferredReader);
    if (index < 0) {
        for (int i = 0; i < readers.size(); ++i)
            if (readers.at(i).cardPresent) {
                index = i;
                break;
            }
    }
    m_readerCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_readerCombo->blockSignals(false);
    updateButtons();
}

QString CardPanel::readerStateText() const
{
    if (!m_monitor.isServiceAvailable())
        return tr("The smart card service is not running. Ask the administrator (pcscd).");
    if (m_readerCombo->count() == 0)
        return tr("No card reader found. Check the reader's cable.");
    const QString reader = currentReader();
    for (const ReaderState &r : m_monitor.readers())
        if (r.name == reader)
            return r.cardPresent ? tr("A card is in the reader.") : tr("Put the card on the reader.");
    return {};
}

void CardPanel::updateButtons()
{
    const QString reader = currentReader();
    bool present = false;
    for (const ReaderState &r : m_monitor.readers())
        if (r.name == reader)
            present = r.cardPresent;
    const bool busy = m_session.isBusy();
    m_readButton->setEnabled(present && !busy);
    m_codeBButton->setEnabled(present && !busy);
    m_readerCombo->setEnabled(!busy);
    m_withNumber->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_readerState->setText(readerStateText());
}

void CardPanel::startRead()
{
    if (m_session.isBusy())
        return;
    m_pendingCodeB = false;
    m_message->setText(tr("Checking the card…"));
    m_message->setStyleSheet(QString());
    // Tries are always queried first, so the dialog can say how many are left.
    m_session.queryTries(currentReader());
}

void CardPanel::onTriesFinished(bool ok)
{
    if (!ok) {
        emit cardReadFailed(QLatin1String(Error::codeName(m_session.lastError()->code())));
        showError(*m_session.lastError());
        return;
    }
    m_message->clear();
    askPin(m_session.lastTriesLeft());
}

void CardPanel::askPin(int triesLeft)
{
    auto *dialog = new PinDialog(triesLeft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reader = currentReader();
    connect(dialog, &QDialog::finished, this, [this, dialog, reader](int result) {
        if (result != QDialog::Accepted) {
            m_message->setText(tr("Reading was cancelled. Nothing was sent to the card."));
            return;
        }
        MyNumberCard::ReadOptions options;
        options.withIndividualNumber = m_withNumber->isChecked();
        options.confirmLastTry = dialog->lastTryConfirmed();
        m_message->setText(tr("Reading the card… Please do not remove it."));
        m_session.read(reader, dialog->takePin(), options);
    });
    dialog->open();
}

void CardPanel::startReadWithMatchingCodeB()
{
    if (m_session.isBusy())
        return;
    auto *dialog = new MatchingCodeBDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString reader = currentReader();
    connect(dialog, &QDialog::finished, this, [this, dialog, reader](int result) {
        if (result != QDialog::Accepted)
            return;
        m_pendingCodeB = true;
        m_message->setText(tr("Reading the card… Please do not remove it."));
        m_message->setStyleSheet(QString());
        m_session.readWithMatchingCodeB(reader, dialog->takeCode());
    });
    dialog->open();
}

void CardPanel::onReadFinished(bool ok)
{
    if (!ok) {
        emit cardReadFailed(QLatin1String(Error::codeName(m_session.lastError()->code())));
        showError(*m_session.lastError());
        return;
    }
    emit cardRead(holder() && holder()->individualNumber.has_value(), m_pendingCodeB);
    m_message->setText(m_pendingCodeB ? tr("Card read with the security code. Return the card to the citizen.")
                                      : tr("Card read. Return the card to the citizen."));
    m_message->setStyleSheet(QString());
}

const CardHolder *CardPanel::holder() const
{
    return m_session.holder();
}

void CardPanel::onHolderChanged()
{
    m_numberShown = false;
    showHolder();
    updateButtons();
    emit holderChanged();
}

void CardPanel::showError(const Error &error)
{
    QString text = error.message();
    if (error.code() == ErrorCode::CardWrongPin && error.triesLeft() >= 0)
        text = tr("The PIN is wrong. Tries left: %1. Press “Read card” to try again.").arg(error.triesLeft());
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1010; font-weight: bold; }"));
    updateButtons();
}

void CardPanel::showHolder()
{
    const CardHolder *current = holder();
    if (!current) {
        m_factsBox->setVisible(false);
        for (QLabel *l : {m_name, m_address, m_birthDate, m_sex, m_number})
            l->clear();
        return;
    }
    m_name->setText(current->name);
    m_address->setText(current->address);
    // 和暦 first, as on every municipal form, with the Gregorian date beside it.
    const QString gregorian = QLocale().toString(current->birthDate, QLocale::ShortFormat);
    const auto wareki = jp::JapaneseDate::format(current->birthDate);
    m_birthDate->setText(wareki ? tr("%1 (%2)", "birth date: 和暦 (Gregorian)").arg(*wareki, gregorian) : gregorian);
    switch (current->sex) {
    case Sex::Male: m_sex->setText(tr("Male")); break;
    case Sex::Female: m_sex->setText(tr("Female")); break;
    case Sex::NotApplicable: m_sex->setText(tr("Not applicable")); break;
    case Sex::NotKnown: m_sex->setText(tr("Not known")); break;
    }
    const bool haveNumber = current->individualNumber.has_value();
    m_revealButton->setVisible(haveNumber);
    if (!haveNumber) {
        m_number->setText(tr("Not read (only when the procedure needs it)"));
    } else {
        const QByteArrayView digits = current->individualNumber->view();
        const QString plain = QString::fromLatin1(digits.data(), digits.size());
        QString grouped;
        for (qsizetype i = 0; i < plain.size(); ++i)
            grouped += (i > 0 && i % 4 == 0 ? QStringLiteral(" ") : QString()) + plain.at(i);
        m_number->setText(m_numberShown ? grouped : redact::maskIndividualNumber(plain));
        m_revealButton->setText(m_numberShown ? tr("&Hide number") : tr("&Show number"));
    }
    m_factsBox->setVisible(true);
}

void CardPanel::toggleNumber()
{
    if (!holder() || !holder()->individualNumber)
        return;
    m_numberShown = !m_numberShown;
    if (m_numberShown)
        emit individualNumberRevealed();
    showHolder();
}

std::optional<CardHolder> CardPanel::takeHolder()
{
    m_message->clear();
    return m_session.takeHolder();
}

void CardPanel::restoreHolder(CardHolder restored)
{
    m_session.restoreHolder(std::move(restored));
    showRestoredNote();
}

void CardPanel::showRestoredNote()
{
    m_message->setText(tr("The visit that was interrupted is back."));
    m_message->setStyleSheet(QString());
}

void CardPanel::clear()
{
    m_message->clear();
    m_session.clearHolder();
    m_numberShown = false;
    showHolder();
}

void CardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CardPanel::retranslate()
{
    m_title->setText(tr("My Number card"));
    m_withNumber->setText(tr("Also read the individual &number (only when the procedure needs it)"));
    m_readButton->setText(tr("&Read card"));
    m_codeBButton->setText(tr("PIN &forgotten…"));
    m_clearButton->setText(tr("C&lear"));
    const QList<QPair<QWidget *, QString>> labels = {
        {m_name, tr("Name:")}, {m_address, tr("Address:")}, {m_birthDate, tr("Date of birth:")},
        {m_sex, tr("Sex:")}};
    for (const auto &[field, text] : labels)
        static_cast<QLabel *>(m_facts->labelForField(field))->setText(text);
    static_cast<QLabel *>(m_facts->itemAt(4, QFormLayout::LabelRole)->widget())->setText(tr("Individual number:"));
    showHolder();
    updateButtons();
}

bool CardPanel::readsIndividualNumber() const
{
    return m_withNumber->isChecked();
}

void CardPanel::setReadIndividualNumber(bool read)
{
    m_withNumber->setChecked(read);
}

} // namespace kakanai
