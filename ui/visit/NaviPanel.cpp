#include "NaviPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai {

namespace {
constexpr int FormIdRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

QLabel *sectionLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

NaviPanel::NaviPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_eventsLabel(sectionLabel(this)), m_eventsBox(new QWidget(this)),
      m_eventButtons(new QButtonGroup(this)), m_questionsLabel(sectionLabel(this)), m_questionsBox(new QWidget(this)),
      m_questionsLayout(new QVBoxLayout(m_questionsBox)), m_checklistLabel(sectionLabel(this)),
      m_list(new QListWidget(this)), m_startButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("naviPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Several events can be combined (婚姻 + 市内転居).
    m_eventButtons->setExclusive(false);
    m_questionsLayout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("naviChecklist"));
    m_list->setMinimumHeight(140);
    m_list->setWordWrap(true);
    m_startButton->setObjectName(QStringLiteral("startFormsButton"));
    m_startButton->setMinimumHeight(36);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_eventsBox);
    layout->addWidget(m_questionsLabel);
    layout->addWidget(m_questionsBox);
    layout->addWidget(m_checklistLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_startButton);

    connect(m_eventButtons, &QButtonGroup::buttonToggled, this, [this] {
        rebuildQuestions();
        rebuildChecklist();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        m_startButton->setEnabled(!tickedForms().isEmpty());
    });
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        const auto forms = tickedForms();
        if (!forms.isEmpty())
            emit formsChosen(forms);
    });
    retranslate();
    rebuildEvents();
}

QString NaviPanel::language() const
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ja");
}

void NaviPanel::setNavi(const forms::LifeEventNavi *navi)
{
    m_navi = navi;
    m_answers.clear();
    rebuildEvents();
}

void NaviPanel::rebuildEvents()
{
    for (QAbstractButton *b : m_eventButtons->buttons()) {
        m_eventButtons->removeButton(b);
        delete b;
    }
    delete m_eventsBox->layout();
    // A grid, so the seven built-in events fit the side column at 1280×800.
    auto *grid = new QGridLayout(m_eventsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int columns = 4;
    int index = 0;
    if (m_navi) {
        for (const forms::LifeEvent &e : m_navi->events()) {
            auto *b = new QPushButton(e.label.text(language()), m_eventsBox);
            b->setObjectName(QStringLiteral("event_") + e.id);
            b->setProperty("eventId", e.id);
            b->setCheckable(true);
            b->setMinimumHeight(36);
            m_eventButtons->addButton(b);
            grid->addWidget(b, index / columns, index % columns);
            ++index;
        }
    }
    rebuildQuestions();
    rebuildChecklist();
}

QStringList NaviPanel::selectedEvents() const
{
    QStringList ids;
    for (QAbstractButton *b : m_eventButtons->buttons())
        if (b->isChecked())
            ids << b->property("eventId").toString();
    return ids;
}

void NaviPanel::setEventSelected(const QString &eventId, bool selected)
{
    for (QAbstractButton *b : m_eventButtons->buttons())
        if (b->property("eventId").toString() == eventId)
            b->setChecked(selected);
}

void NaviPanel::rebuildQuestions()
{
    while (QLayoutItem *item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList events = selectedEvents();
    if (m_navi) {
        for (const forms::NaviQuestion &q : m_navi->questionsFor(events)) {
            auto *box = new QCheckBox(q.text.text(language()), m_questionsBox);
            box->setObjectName(QStringLiteral("question_") + q.id);
            box->setChecked(m_answers.value(q.id, false));
            connect(box, &QCheckBox::toggled, this, [this, id = q.id](bool yes) {
                m_answers.insert(id, yes);
                rebuildChecklist();
            });
            m_questionsLayout->addWidget(box);
        }
    }
    m_questionsLabel->setVisible(m_questionsLayout->count() > 0);
}

void NaviPanel::setAnswer(const QString &questionId, bool yes)
{
    if (auto *box = m_questionsBox->findChild<QCheckBox *>(QStringLiteral("question_") + questionId))
        box->setChecked(yes); // rebuilds through toggled
    else
        m_answers.insert(questionId, yes);
}

QHash<QString, bool> NaviPanel::answers() const
{
    return m_answers;
}

void NaviPanel::rebuildChecklist()
{
    const QStringList events = selectedEvents();
    m_items = (m_navi && !events.isEmpty()) ? m_navi->checklist(events, m_answers) : QList<forms::ChecklistItem>{};
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const forms::ChecklistItem &item = m_items.at(i);
        QString text = item.label.text(language());
        // Forms and desk tasks look different: a task has no paper here.
        text = item.isForm() ? tr("Form: %1").arg(text) : tr("Task: %1").arg(text);
        if (!item.note.isEmpty())
            text += QStringLiteral("\n    ") + item.note.text(language());
        auto *w = new QListWidgetItem(text, m_list);
        w->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // Forms start ticked (the clerk untick what is not done today); tasks
        // are ticked when done.
        w->setCheckState(item.isForm() ? Qt::Checked : Qt::Unchecked);
        w->setData(FormIdRole, item.formId);
        w->setData(IndexRole, i);
    }
    m_checklistLabel->setVisible(!m_items.isEmpty());
    m_startButton->setEnabled(!tickedForms().isEmpty());
}

QList<forms::ChecklistItem> NaviPanel::tickedForms() const
{
    QList<forms::ChecklistItem> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *w = m_list->item(row);
        const int index = w->data(IndexRole).toInt();
        if (w->checkState() == Qt::Checked && index >= 0 && index < m_items.size() && m_items.at(index).isForm())
            out << m_items.at(index);
    }
    return out;
}

void NaviPanel::clear()
{
    m_answers.clear();
    {
        const QSignalBlocker blocker(m_eventButtons);
        for (QAbstractButton *b : m_eventButtons->buttons())
            b->setChecked(false);
    }
    rebuildQuestions();
    rebuildChecklist();
}

void NaviPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NaviPanel::retranslate()
{
    m_title->setText(tr("Procedure guide"));
    m_eventsLabel->setText(tr("1. What happened? (life event)"));
    m_questionsLabel->setText(tr("2. Ask the person (tick for yes)"));
    m_checklistLabel->setText(tr("3. Procedures (untick what is not done today)"));
    m_startButton->setText(tr("&Start these forms"));
    if (m_navi) {
        // Labels come from the navigator file in the current language.
        for (QAbstractButton *b : m_eventButtons->buttons())
            if (const forms::LifeEvent *e = m_navi->event(b->property("eventId").toString()))
                b->setText(e->label.text(language()));
        rebuildQuestions();
        rebuildChecklist();
    }
}

} // namespace kakanai
