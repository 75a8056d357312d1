#pragma once

#include <QObject>
#include <QUrl>

namespace kakanai {

// Tells the uploader when this PC has no network at all, so it stops trying
// and resumes the moment the network is back. Uses QNetworkInformation when
// a backend is available (NetworkManager, glib); without one — or for a back
// office on this machine (loopback) — it always says "available" and the
// uploader's backoff does the work.
class NetworkStatusWatcher : public QObject {
    Q_OBJECT
public:
    explicit NetworkStatusWatcher(const QUrl &backOffice, QObject *parent = nullptr);

    bool isAvailable() const { return m_available; }
    // Whether a QNetworkInformation backend is in use.
    bool hasBackend() const { return m_hasBackend; }

signals:
    void availabilityChanged(bool available);

private:
    void update();

    bool m_available = true;
    bool m_hasBackend = false;
};

} // namespace kakanai
