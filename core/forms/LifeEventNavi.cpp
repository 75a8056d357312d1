#include "LifeEventNavi.h"

#include "FieldValidator.h"
#include "FormDefinitionLoader.h"
#include "JsonChecker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace kakanai::forms {

namespace {

using Where = JsonChecker::Where;
using Element = DefinitionProblem::Element;

QStringList stringList(JsonChecker &check, const QJsonObject &o, const QString &key, const Where &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (v.isString())
        return {v.toString()};
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                out.clear();
                break;
            }
            out << item.toString();
        }
        if (!out.isEmpty())
            return out;
    }
    check.report(where, QStringLiteral("wrong-type"),
                 LifeEventNavi::tr("\"%1\" must be a question id or a list of question ids").arg(key));
    return {};
}

} // namespace

Result<LifeEventNavi> LifeEventNavi::parse(const QByteArray &json, const QString &fileName,
                                           const FormLibrary &library, QList<DefinitionProblem> *problems)
{
    JsonChecker check(fileName);
    LifeEventNavi navi;
    navi.m_sourceFile = fileName;
    const auto finish = [&]() -> Result<LifeEventNavi> {
        if (problems)
            *problems = check.problems();
        if (check.count() > 0)
            return std::unexpected(FormDefinitionLoader::toError(check.problems()));
        return navi;
    };

    const auto root = check.document(json);
    if (!root)
        return finish();
    const Where top{};
    check.checkKeys(*root, {QStringLiteral("format"), QStringLiteral("questions"), QStringLiteral("events")}, top);
    const QJsonValue format = root->value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != 1)
        check.report(top, QStringLiteral("unsupported-format"), tr("\"format\" must be 1 for this version"));

    QSet<QString> questionIds;
    if (const auto questions = check.array(*root, QStringLiteral("questions"), true, top)) {
        for (qsizetype i = 0; i < questions->size(); ++i) {
            const QJsonObject o = questions->at(i).toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            if (!JsonChecker::isIdentifier(id)) {
                check.report({Element::Key, QStringLiteral("questions[%1]").arg(i)}, QStringLiteral("bad-id"),
                             tr("a question needs an \"id\" of letters, digits and _"));
                continue;
            }
            const Where where{Element::Question, id};
            if (questionIds.contains(id)) {
                check.report(where, QStringLiteral("duplicate-id"), tr("a question with this id is already defined"));
                continue;
            }
            questionIds.insert(id);
            check.checkKeys(o, {QStringLiteral("id"), QStringLiteral("text")}, where);
            if (const auto text = check.localized(o, QStringLiteral("text"), true, false,
                                                  QStringLiteral("missing-label"), where))
                navi.m_questions.append(NaviQuestion{id, *text});
        }
    }

    QSet<QString> eventIds;
    if (const auto events = check.array(*root, QStringLiteral("events"), true, top)) {
        if (events->isEmpty())
            check.report(top, QStringLiteral("no-events"), tr("there are no events"));
        for (qsizetype i = 0; i < events->size(); ++i) {
            const QJsonObject o = events->at(i).toObject();
            LifeEvent event;
            event.id = o.value(QStringLiteral("id")).toString();
            if (!JsonChecker::isSlug(event.id)) {
                check.report({Element::Key, QStringLiteral("events[%1]").arg(i)}, QStringLiteral("bad-id"),
                             tr("an event needs an \"id\" of lower-case letters, digits and hyphens"));
                continue;
            }
            const Where where{Element::Event, event.id};
            if (eventIds.contains(event.id)) {
                check.report(where, QStringLiteral("duplicate-id"), tr("an event with this id is already defined"));
                continue;
            }
            eventIds.insert(event.id);
            check.checkKeys(o, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("questions"),
                                QStringLiteral("procedures")},
                            where);
            if (const auto label = check.localized(o, QStringLiteral("label"), true, false,
                                                   QStringLiteral("missing-label"), where))
                event.label = *label;
            event.questions = stringList(check, o, QStringLiteral("questions"), where);
            for (const QString &q : std::as_const(event.questions)) {
                if (!questionIds.contains(q))
                    check.report(where, QStringLiteral("unknown-question"),
                                 tr("asks question \"%1\", which is not in \"questions\"").arg(q));
            }
            const auto procedures = check.array(o, QStringLiteral("procedures"), true, where);
            if (procedures && procedures->isEmpty())
                check.report(where, QStringLiteral("no-procedures"), tr("the event lists no procedures"));
            for (qsizetype p = 0; procedures && p < procedures->size(); ++p) {
                const QJsonObject po = procedures->at(p).toObject();
                check.checkKeys(po, {QStringLiteral("form"), QStringLiteral("task"), QStringLiteral("note"),
                                     QStringLiteral("ifYes"), QStringLiteral("ifNo"), QStringLiteral("presets")},
                                where);
                NaviProcedure proc;
                const bool hasForm = po.contains(QStringLiteral("form"));
                const bool hasTask = po.contains(QStringLiteral("task"));
                if (hasForm == hasTask) {
                    check.report(where, QStringLiteral("bad-procedure"),
                                 tr("procedure %1 needs either \"form\" or \"task\"").arg(p + 1));
                    continue;
                }
                if (hasForm) {
                    proc.formId = po.value(QStringLiteral("form")).toString();
                    if (!library.contains(proc.formId)) {
                        check.report(where, QStringLiteral("unknown-form"),
                                     tr("procedure %1 names form \"%2\", which does not exist").arg(p + 1).arg(proc.formId));
                        continue;
                    }
                } else if (const auto task = check.localized(po, QStringLiteral("task"), true, false,
                                                             QStringLiteral("missing-label"), where)) {
                    proc.task = *task;
                }
                if (const auto note = check.localized(po, QStringLiteral("note"), false, false,
                                                      QStringLiteral("missing-label"), where))
                    proc.note = *note;
                proc.ifYes = stringList(check, po, QStringLiteral("ifYes"), where);
                proc.ifNo = stringList(check, po, QStringLiteral("ifNo"), where);
                for (const QString &q : proc.ifYes + proc.ifNo) {
                    if (!event.questions.contains(q))
                        check.report(where, QStringLiteral("unknown-question"),
                                     tr("procedure %1 depends on question \"%2\", which this event does not ask")
                                         .arg(p + 1)
                                         .arg(q));
                }
                if (const auto presets = check.object(po, QStringLiteral("presets"), false, where)) {
                    const FormDefinition *form = hasForm ? library.find(proc.formId) : nullptr;
                    if (!form) {
                        check.report(where, QStringLiteral("bad-preset"),
                                     tr("procedure %1: only a form can have \"presets\"").arg(p + 1));
                    } else {
                        for (auto it = presets->begin(); it != presets->end(); ++it) {
                            const FormField *f = form->field(it.key());
                            if (!f || f->handwritten || f->type == FieldType::IndividualNumber
                                || f->type == FieldType::Members) {
                                check.report(where, QStringLiteral("bad-preset"),
                                             tr("procedure %1: form \"%2\" has no field \"%3\" that can be preset")
                                                 .arg(p + 1)
                                                 .arg(proc.formId, it.key()));
                                continue;
                            }
                            FormField probe = *f;
                            probe.required = false;
                            const Validation v =
                                FieldValidator::validate(probe, it.value().toVariant(), FieldValidator::Context{});
                            if (!v.isOk() || v.empty) {
                                check.report(where, QStringLiteral("bad-preset"),
                                             tr("procedure %1: the preset for field \"%2\" breaks its rules: %3")
                                                 .arg(p + 1)
                                                 .arg(it.key(), v.reason));
                                continue;
                            }
                            proc.presets.insert(it.key(), v.value);
                        }
                    }
                }
                event.procedures.append(proc);
            }
            navi.m_events.append(event);
        }
    }
    for (const QString &id : library.ids())
        navi.m_formTitles.insert(id, library.find(id)->title);
    return finish();
}

Result<LifeEventNavi> LifeEventNavi::load(const FormLibrary &library, const QString &overrideDir,
                                          QList<DefinitionProblem> *problems)
{
    const auto readFile = [&library](const QString &path, QList<DefinitionProblem> *out) -> Result<LifeEventNavi> {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            const QList<DefinitionProblem> list{DefinitionProblem{name, DefinitionProblem::Element::None, {},
                                                                  QStringLiteral("unreadable"),
                                                                  tr("cannot be read: %1").arg(file.errorString())}};
            *out = list;
            return std::unexpected(FormDefinitionLoader::toError(list));
        }
        auto navi = parse(file.readAll(), name, library, out);
        if (navi)
            navi->m_sourceFile = path;
        return navi;
    };

    QList<DefinitionProblem> found;
    if (!overrideDir.isEmpty()) {
        const QString custom = QDir(overrideDir).filePath(QStringLiteral("navi/life-events.json"));
        if (QFileInfo::exists(custom)) {
            auto navi = readFile(custom, &found);
            if (navi) {
                if (problems)
                    *problems = found;
                return navi;
            }
            // A broken municipal file: the desk keeps the built-in navigator, and the problems are reported.
        }
    }
    QList<DefinitionProblem> builtInProblems;
    auto navi = readFile(builtInFile(), &builtInProblems);
    found.append(builtInProblems);
    if (problems)
        *problems = found;
    return navi;
}

const LifeEvent *LifeEventNavi::event(QStringView id) const
{
    for (const LifeEvent &e : m_events) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const NaviQuestion *LifeEventNavi::question(QStringView id) const
{
    for (const NaviQuestion &q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QList<NaviQuestion> LifeEventNavi::questionsFor(const QStringList &eventIds) const
{
    QList<NaviQuestion> out;
    QSet<QString> seen;
    for (const QString &eventId : eventIds) {
        const LifeEvent *e = event(eventId);
        if (!e)
            continue;
        for (const QString &q : e->questions) {
            if (seen.contains(q))
                continue;
            seen.insert(q);
            if (const NaviQuestion *question = this->question(q))
                out.append(*question);
        }
    }
    return out;
}

QList<ChecklistItem> LifeEventNavi::checklist(const QStringList &eventIds, const QHash<QString, bool> &answers) const
{
    QList<ChecklistItem> out;
    QSet<QString> formsListed;
    QSet<QString> tasksListed;
    for (const QString &eventId : eventIds) {
        const LifeEvent *e = event(eventId);
        if (!e)
            continue;
        for (const NaviProcedure &p : e->procedures) {
            bool include = true;
            for (const QString &q : p.ifYes)
                include = include && answers.value(q, false);
            for (const QString &q : p.ifNo)
                include = include && !answers.value(q, false);
            if (!include)
                continue;
            ChecklistItem item;
            item.eventId = e->id;
            item.formId = p.formId;
            item.label = p.formId.isEmpty() ? p.task : m_formTitles.value(p.formId);
            item.note = p.note;
            item.presets = p.presets;
            item.because = p.ifYes;
            if (item.isForm()) {
                if (formsListed.contains(item.formId))
                    continue;
                formsListed.insert(item.formId);
            } else {
                if (tasksListed.contains(item.label.ja))
                    continue;
                tasksListed.insert(item.label.ja);
            }
            out.append(item);
        }
    }
    return out;
}

} // namespace kakanai::forms
