#include "RecordDocument.h"

#include "record/Record.h"

namespace kakanai {

Result<RecordMeta> RecordDocument::validate(QByteArrayView json)
{
    if (json.size() > MaxBytes) {
        return fail(ErrorCode::InvalidData, tr("The record is larger than 1 MiB and cannot be sent."),
                    QStringLiteral("%1 bytes").arg(json.size()));
    }
    // The whole document, not only the envelope: what the outbox keeps must
    // be readable by the CSV export and the back office alike.
    auto record = forms::Record::fromJson(json);
    if (!record)
        return std::unexpected(record.error());
    return RecordMeta{record->id, record->createdAt, record->terminalId, record->kind};
}

} // namespace kakanai
