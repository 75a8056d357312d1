#include "NetworkStatusWatcher.h"

#include "common/LogCategories.h"

#include <QHostAddress>
#include <QNetworkInformation>

namespace kakanai {

namespace {
bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

NetworkStatusWatcher::NetworkStatusWatcher(const QUrl &backOffice, QObject *parent)
    : QObject(parent)
{
    if (isLoopback(backOffice)) {
        qCDebug(lcOutbox) << "back office on this machine: network state is not watched";
        return;
    }
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcOutbox) << "no network information backend; relying on retries";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_hasBackend = true;
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkStatusWatcher::update);
    update();
}

void NetworkStatusWatcher::update()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    // Only a definite "disconnected" stops uploads; "unknown" does not.
    const bool available = !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
    if (available == m_available)
        return;
    m_available = available;
    emit availabilityChanged(available);
}

} // namespace kakanai
