#include "HttpRequest.h"

namespace kakanai::backofficesim {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (entry.first == name)
            return true;
    }
    return false;
}

} // namespace kakanai::backofficesim
