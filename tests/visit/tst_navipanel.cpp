// 手続ナビ panel: the checklist it shows for an event and the answers is worked
// out here again straight from resources/navi/life-events.json (conditions
// ifYes / ifNo), so the panel and the file must agree for every event.
#include "common/LanguageManager.h"
#include "forms/FormLibrary.h"
#include "forms/LifeEventNavi.h"
#include "visit/NaviPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kakanai;
using forms::ChecklistItem;

Q_DECLARE_METATYPE(QList<kakanai::forms::ChecklistItem>)

namespace {
QStringList names(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString itemKey(const ChecklistItem &item)
{
    return item.isForm() ? QStringLiteral("form:") + item.formId : QStringLiteral("task:") + item.label.ja;
}
} // namespace

class TestNaviPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checklistFollowsTheFile_data();
    void checklistFollowsTheFile();
    void childAllowanceOnlyWithChildren_data();
    void childAllowanceOnlyWithChildren();
    void startEmitsTickedFormsWithPresets();
    void clearForgetsEventAndAnswers();

private:
    void clickEvent(const QString &eventId);
    void answer(const QString &questionId, bool yes);

    LanguageManager m_languages;
    forms::FormLibrary m_library;
    std::optional<forms::LifeEventNavi> m_navi;
    QJsonObject m_file;
    std::unique_ptr<NaviPanel> m_panel;
};

void TestNaviPanel::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_library = forms::FormLibrary::load();
    auto navi = forms::LifeEventNavi::load(m_library);
    QVERIFY2(navi.has_value(), navi ? "" : qPrintable(navi.error().toString()));
    m_navi = std::move(*navi);
    QFile file(qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/resources/navi/life-events.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_file = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_file.value(QStringLiteral("events")).toArray().isEmpty());
}

void TestNaviPanel::init()
{
    m_panel = std::make_unique<NaviPanel>();
    m_panel->setNavi(&*m_navi);
    m_panel->resize(500, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestNaviPanel::cleanup()
{
    m_panel.reset();
}

void TestNaviPanel::clickEvent(const QString &eventId)
{
    auto *b = m_panel->findChild<QPushButton *>(QStringLiteral("event_") + eventId);
    QVERIFY2(b, qPrintable(eventId));
    QTest::mouseClick(b, Qt::LeftButton);
}

void TestNaviPanel::answer(const QString &questionId, bool yes)
{
    auto *box = m_panel->findChild<QCheckBox *>(QStringLiteral("question_") + questionId);
    QVERIFY2(box, qPrintable(questionId));
    if (box->isChecked() != yes)
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QCOMPARE(box->isChecked(), yes);
}

void TestNaviPanel::checklistFollowsTheFile_data()
{
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QStringList>("yes");
    // Every event, with no answer, with every answer yes, and with each question alone.
    QFile file(qEnvironmentVariable("KAKANAI_SOURCE_DIR") + QStringLiteral("/resources/navi/life-events.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray events = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &e : events) {
        const QString id = e[QStringLiteral("id")].toString();
        const QStringList questions = names(e[QStringLiteral("questions")]);
        QTest::addRow("%s/none", qPrintable(id)) << id << QStringList{};
        QTest::addRow("%s/all", qPrintable(id)) << id << questions;
        for (const QString &q : questions)
            QTest::addRow("%s/%s", qPrintable(id), qPrintable(q)) << id << QStringList{q};
    }
}

void TestNaviPanel::checklistFollowsTheFile()
{
    QFETCH(QString, eventId);
    QFETCH(QStringList, yes);

    QJsonObject event;
    for (const QJsonValue &e : m_file.value(QStringLiteral("events")).toArray())
        if (e[QStringLiteral("id")].toString() == eventId)
            event = e.toObject();
    QStringList expected;
    for (const QJsonValue &p : event.value(QStringLiteral("procedures")).toArray()) {
        bool applies = true;
        for (const QString &q : names(p[QStringLiteral("ifYes")]))
            applies = applies && yes.contains(q);
        for (const QString &q : names(p[QStringLiteral("ifNo")]))
            applies = applies && !yes.contains(q);
        if (!applies)
            continue;
        expected << (p[QStringLiteral("form")].isString()
                         ? QStringLiteral("form:") + p[QStringLiteral("form")].toString()
                         : QStringLiteral("task:") + p[QStringLiteral("task")][QStringLiteral("ja")].toString());
    }

    clickEvent(eventId);
    // The questions the file lists for this event are asked, in order.
    const QStringList questions = names(event.value(QStringLiteral("questions")));
    QList<QCheckBox *> boxes = m_panel->findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^question_")));
    QCOMPARE(boxes.size(), questions.size());
    for (const QString &q : yes)
        answer(q, true);

    QStringList shown;
    for (const ChecklistItem &item : m_panel->checklist())
        shown << itemKey(item);
    QCOMPARE(shown, expected);
    QCOMPARE(m_panel->checklistWidget()->count(), expected.size());
    // Forms start ticked, tasks not.
    int forms = 0;
    for (int row = 0; row < m_panel->checklistWidget()->count(); ++row) {
        const bool isForm = expected.at(row).startsWith(QLatin1String("form:"));
        forms += isForm ? 1 : 0;
        QCOMPARE(m_panel->checklistWidget()->item(row)->checkState(), isForm ? Qt::Checked : Qt::Unchecked);
    }
    QCOMPARE(m_panel->tickedForms().size(), forms);
    QCOMPARE(m_panel->findChild<QPushButton *>(QStringLiteral("startFormsButton"))->isEnabled(), forms > 0);
}

void TestNaviPanel::childAllowanceOnlyWithChildren_data()
{
    QTest::addColumn<bool>("children");
    QTest::newRow("children") << true;
    QTest::newRow("no children") << false;
}

void TestNaviPanel::childAllowanceOnlyWithChildren()
{
    QFETCH(bool, children);
    clickEvent(QStringLiteral("tennyu"));
    answer(QStringLiteral("children"), children);
    QStringList forms;
    for (const ChecklistItem &item : m_panel->tickedForms())
        forms << item.formId;
    QVERIFY(forms.contains(QStringLiteral("jumin-ido")));
    QCOMPARE(forms.contains(QStringLiteral("child-allowance")), children);
    QVERIFY(!forms.contains(QStringLiteral("nhi-change"))); // nhi not answered yes
}

void TestNaviPanel::startEmitsTickedFormsWithPresets()
{
    qRegisterMetaType<QList<ChecklistItem>>();
    QSignalSpy chosen(m_panel.get(), &NaviPanel::formsChosen);
    clickEvent(QStringLiteral("tennyu"));
    answer(QStringLiteral("children"), true);
    answer(QStringLiteral("nhi"), true);
    // The clerk unticks the health insurance form: it is not done today.
    QListWidget *list = m_panel->checklistWidget();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == u"nhi-change")
            list->item(row)->setCheckState(Qt::Unchecked);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("startFormsButton")), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto items = chosen.at(0).at(0).value<QList<ChecklistItem>>();
    QStringList ids;
    for (const ChecklistItem &item : items)
        ids << item.formId;
    QCOMPARE(ids, (QStringList{QStringLiteral("jumin-ido"), QStringLiteral("child-allowance")}));
    QCOMPARE(items.first().presets.value(QStringLiteral("kind")).toString(), QStringLiteral("tennyu"));
}

void TestNaviPanel::clearForgetsEventAndAnswers()
{
    clickEvent(QStringLiteral("tennyu"));
    answer(QStringLiteral("children"), true);
    QVERIFY(!m_panel->checklist().isEmpty());
    m_panel->clear();
    QVERIFY(m_panel->selectedEvents().isEmpty());
    QVERIFY(m_panel->answers().isEmpty());
    QVERIFY(m_panel->checklist().isEmpty());
    QCOMPARE(m_panel->checklistWidget()->count(), 0);
    clickEvent(QStringLiteral("tennyu"));
    QVERIFY(!m_panel->findChild<QCheckBox *>(QStringLiteral("question_children"))->isChecked());
}

QTEST_MAIN(TestNaviPanel)
#include "tst_navipanel.moc"
