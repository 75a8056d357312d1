#include "OfficeOpen.h"

#include "common/LogCategories.h"
#include "common/Settings.h"
#include "office/OfficeStore.h"
#include "outbox/KeychainSecret.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace kakanai {

QString cannotStartTitle()
{
    return QCoreApplication::translate("Kakanai", "Kakanai cannot start");
}

std::unique_ptr<OfficeStore> openOfficeStoreInteractively(Settings &settings, const QString &localDatabasePath)
{
    for (;;) {
        auto officeOptions = OfficeStore::optionsFromSettings(settings, localDatabasePath);
        // office/passwordStore=keychain: the role's password from the Secret Service.
        if (officeOptions) {
            if (auto filled = KeychainSecret::fillOfficePassword(settings, officeOptions->password); !filled)
                officeOptions = std::unexpected(filled.error());
        }
        auto opened = officeOptions ? OfficeStore::open(*officeOptions)
                                    : Result<std::unique_ptr<OfficeStore>>(std::unexpected(officeOptions.error()));
        if (opened)
            return std::move(*opened);
        const ErrorCode code = opened.error().code();
        qCCritical(lcApp) << "office store could not be opened:" << Error::codeName(code);
        // A server that is down or slow may come back: let the clerk try again.
        const bool mayRetry = code == ErrorCode::StoreUnreachable || code == ErrorCode::StoreTimeout
                              || code == ErrorCode::DatabaseLocked;
        QMessageBox box(QMessageBox::Critical, cannotStartTitle(),
                        opened.error().message() + QStringLiteral("\n\n") + opened.error().technicalDetail(),
                        mayRetry ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close);
        if (box.exec() != QMessageBox::Retry)
            return nullptr;
    }
}

} // namespace kakanai
