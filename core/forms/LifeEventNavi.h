#pragma once

#include "DefinitionProblem.h"
#include "FormLibrary.h"
#include "LocalizedText.h"
#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kakanai::forms {

// A yes/no question the clerk asks (お子さんはいますか?).
struct NaviQuestion {
    QString id;
    LocalizedText text;
};

// One entry of an event's list: a form of the library, or a task without a
// form (出生届 at the 戸籍 desk, returning the 印鑑登録証 …).
struct NaviProcedure {
    QString formId;           // empty for a task
    LocalizedText task;       // the task's text (tasks only)
    LocalizedText note;       // optional hint for the clerk
    QStringList ifYes;        // every one of these questions answered yes
    QStringList ifNo;         // every one of these answered no (unanswered counts as no)
    QVariantMap presets;      // field id → value for the form (e.g. 異動の種別 = 転入)
};

struct LifeEvent {
    QString id;
    LocalizedText label;
    QStringList questions;    // asked for this event, in order
    QList<NaviProcedure> procedures;
};

// One line of the checklist the clerk ticks.
struct ChecklistItem {
    QString eventId;
    QString formId;           // empty for a task
    LocalizedText label;      // the form's title or the task's text
    LocalizedText note;
    QVariantMap presets;
    QStringList because;      // the questions answered yes that put it on the list

    bool isForm() const { return !formId.isEmpty(); }
};

// 手続ナビ: life events → questions → procedures, from
// resources/navi/life-events.json (docs/forms.md, "手続ナビ"). Every form id
// must exist in the library; every condition must name a question the event
// asks; presets must be fields of the form with valid values. A broken file
// is rejected with the file, the event and the reason.
class LifeEventNavi {
    Q_DECLARE_TR_FUNCTIONS(LifeEventNavi)
public:
    static QString builtInFile() { return QStringLiteral(":/kakanai/navi/life-events.json"); }

    // <overrideDir>/navi/life-events.json when it exists, otherwise the
    // built-in file. When the municipality's file is broken the built-in one
    // is used and `problems` lists what is wrong with the municipality's file
    // (show them to the administrator: the Result alone succeeds).
    static Result<LifeEventNavi> load(const FormLibrary &library, const QString &overrideDir = {},
                                      QList<DefinitionProblem> *problems = nullptr);
    static Result<LifeEventNavi> parse(const QByteArray &json, const QString &fileName, const FormLibrary &library,
                                       QList<DefinitionProblem> *problems = nullptr);

    const QList<LifeEvent> &events() const { return m_events; }
    const LifeEvent *event(QStringView id) const;
    const NaviQuestion *question(QStringView id) const;
    // The questions to ask for these events, without repeats, in order.
    QList<NaviQuestion> questionsFor(const QStringList &eventIds) const;

    // The checklist for one or more events (婚姻 + 市内転居) and the answers
    // (question id → yes/no; unanswered = no). A form listed by several
    // events appears once, with the first event's presets.
    QList<ChecklistItem> checklist(const QStringList &eventIds, const QHash<QString, bool> &answers) const;
    QList<ChecklistItem> checklist(const QString &eventId, const QHash<QString, bool> &answers) const
    {
        return checklist(QStringList{eventId}, answers);
    }

    QString sourceFile() const { return m_sourceFile; }

private:
    QList<NaviQuestion> m_questions;
    QList<LifeEvent> m_events;
    QHash<QString, LocalizedText> m_formTitles;
    QString m_sourceFile;
};

} // namespace kakanai::forms
