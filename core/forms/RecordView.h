#pragma once

#include "FieldState.h"
#include "FormDefinition.h"
#include "FormLibrary.h"
#include "record/Record.h"
#include "card/SecureBuffer.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace kakanai::forms {

// A Record seen field by field, the way the paper shows it: every field of
// every form in the record, with its definition, value, display text and
// source. The printer draws from this view, so what is printed for the
// signature is exactly what the record holds (docs/record-format.md,
// "Frozen for the signature").
//
// Fields that the record leaves out are either handwritten (the citizen
// writes them) or did not apply to this visit; the definition tells which.
class RecordView {
    Q_DECLARE_TR_FUNCTIONS(RecordView)
public:
    // `today` is the office date the paper is dated with (届出日 header).
    // Fails when a form of the record is not in the library or has another
    // version there: the paper would not match what was recorded.
    static Result<RecordView> create(const Record &record, const FormLibrary &library, QDate today);

    const Record &record() const { return m_record; }
    QDate today() const { return m_today; }
    QStringList formIds() const;
    const FormDefinition *form(const QString &formId) const;
    QList<FieldState> fields(const QString &formId) const;
    // The digits of an individual-number field in the record; nullopt when empty.
    std::optional<SecureBuffer> individualNumber(const QString &formId, const QString &fieldId) const;

private:
    RecordView() = default;

    Record m_record;
    QDate m_today;
    std::vector<FormDefinition> m_forms;
};

} // namespace kakanai::forms
