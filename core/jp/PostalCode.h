#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace kakanai::jp {

// 郵便番号: seven digits, written 123-4567.
// parse() accepts full-width digits, a leading 〒, and one separator between the
// third and fourth digit: a hyphen of any kind (- ‐ － ー ｰ …) or spaces; or no
// separator at all. Whether the code exists (the Japan Post list) is not checked.
class PostalCode {
    Q_DECLARE_TR_FUNCTIONS(PostalCode)
public:
    static Result<PostalCode> parse(const QString &input);

    // Shortcut: "123-4567", or the error.
    static Result<QString> normalize(const QString &input);

    QString digits() const { return m_digits; }                 // 1234567
    QString toString() const;                                   // 123-4567

    friend bool operator==(const PostalCode &, const PostalCode &) = default;

private:
    explicit PostalCode(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace kakanai::jp
