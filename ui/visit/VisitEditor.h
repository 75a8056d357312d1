#pragma once

#include "forms/Visit.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kakanai {

class FieldRow;

// The facts and forms of one open visit: the shared facts (typed once, shown
// in every form), the household, one tab per chosen form with every field
// pre-filled and its source and state, and the list of what still needs
// checking. Works on a Visit owned by the caller (IntakePage).
class VisitEditor : public QWidget {
    Q_OBJECT
public:
    explicit VisitEditor(QWidget *parent = nullptr);

    // Not owned. Null empties every widget (no personal data left).
    void setVisit(forms::Visit *visit);
    forms::Visit *visit() const { return m_visit; }
    // Forgets the visit without touching the widgets (the page is being destroyed).
    void detachVisit();
    // Asked before an individual number is shown in clear (the clerk's role);
    // none set = allowed.
    void setRevealCheck(std::function<bool()> check) { m_revealAllowed = std::move(check); }

    // The chosen forms or the card changed: rebuild the tabs and the facts.
    void rebuild();
    // A value changed: show every field again (facts shared by several tabs).
    void refresh();

    // For tests and the problems list.
    FieldRow *fieldRow(const QString &formId, const QString &fieldId) const;
    FieldRow *factRow(const QString &factKey) const;
    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *problemsList() const { return m_problems; }
    // Shows the tab and puts the cursor in the field.
    void focusField(const QString &formId, const QString &fieldId);

signals:
    // Anything in the visit changed (the page updates its buttons).
    void visitChanged();
    // The clerk asked to see an individual number in clear (to audit).
    void individualNumberRevealed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearRows();
    void commitFocusedInput();
    FieldRow *makeRow(const QString &formId, const forms::FormField &field, const QString &factKey, QWidget *parent);
    void applyEdit(FieldRow *row, const QVariant &input);
    void applyNumber(FieldRow *row, const QString &digits);
    void reveal(FieldRow *row, bool on);
    void refreshHousehold();
    void refreshProblems();
    void addOrUpdateMember(bool update);
    void removeMember();
    void loadMemberEditors();
    void showMessage(const QString &text);
    QString language() const;

    forms::Visit *m_visit = nullptr;
    std::function<bool()> m_revealAllowed;
    QList<FieldRow *> m_factRows;
    QList<FieldRow *> m_formRows;

    QGroupBox *m_factsBox;
    QFormLayout *m_factsLayout;
    QCheckBox *m_kanaConfirmed;
    QGroupBox *m_householdBox;
    QTableWidget *m_household;
    QLineEdit *m_memberName;
    QLineEdit *m_memberKana;
    QLineEdit *m_memberBirth;
    QLineEdit *m_memberRelation;
    QPushButton *m_addMember;
    QPushButton *m_updateMember;
    QPushButton *m_removeMember;
    QTabWidget *m_tabs;
    QLabel *m_problemsTitle;
    QListWidget *m_problems;
    QLabel *m_message;
};

} // namespace kakanai
