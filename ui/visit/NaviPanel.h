#pragma once

#include "forms/LifeEventNavi.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace kakanai {

// 手続ナビ: the clerk picks the life event(s), answers the yes/no questions and
// ticks the procedures to do today. Everything comes from the LifeEventNavi
// (resources/navi/life-events.json or the municipality's file): no event,
// question or procedure is written in code.
class NaviPanel : public QWidget {
    Q_OBJECT
public:
    explicit NaviPanel(QWidget *parent = nullptr);

    // Not owned; must outlive the panel. Null empties the panel.
    void setNavi(const forms::LifeEventNavi *navi);

    void setEventSelected(const QString &eventId, bool selected);
    QStringList selectedEvents() const;
    void setAnswer(const QString &questionId, bool yes);
    QHash<QString, bool> answers() const;

    // The list as shown, and the forms ticked in it.
    QList<forms::ChecklistItem> checklist() const { return m_items; }
    QList<forms::ChecklistItem> tickedForms() const;
    QListWidget *checklistWidget() const { return m_list; }

public slots:
    // Back to no event, no answers (a new citizen).
    void clear();

signals:
    // "Start these forms": the ticked forms, with their presets.
    void formsChosen(const QList<kakanai::forms::ChecklistItem> &forms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildEvents();
    void rebuildQuestions();
    void rebuildChecklist();
    void retranslate();
    QString language() const;

    const forms::LifeEventNavi *m_navi = nullptr;
    QList<forms::ChecklistItem> m_items;
    QHash<QString, bool> m_answers;

    QLabel *m_title;
    QLabel *m_eventsLabel;
    QWidget *m_eventsBox;
    QButtonGroup *m_eventButtons;
    QLabel *m_questionsLabel;
    QWidget *m_questionsBox;
    QVBoxLayout *m_questionsLayout;
    QLabel *m_checklistLabel;
    QListWidget *m_list;
    QPushButton *m_startButton;
};

} // namespace kakanai
