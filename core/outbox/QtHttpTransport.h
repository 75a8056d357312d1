#pragma once

#include "HttpTransport.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace kakanai {

class Settings;

struct HttpTransportConfig {
    QUrl baseUrl;
    QString caBundleFile;       // PEM; empty = the system's CA certificates
    QByteArray publicKeyPin;    // raw SHA-256 of the server's SubjectPublicKeyInfo (32 bytes); empty = none
    QByteArray bearerToken;     // empty = no Authorization header

    // From the BackOffice* settings.
    static HttpTransportConfig fromSettings(const Settings &settings);
    // "sha256/BASE64" or "BASE64" -> 32 raw bytes; empty on anything else.
    static QByteArray decodePin(const QString &text);
    // The pin of a PEM/DER certificate, as configured ("sha256/…").
    static QString pinOf(const QByteArray &spkiDer);
};

// HTTP(S) over QNetworkAccessManager, asynchronous, on the calling thread.
// HTTPS uses the configured CA bundle instead of the system's, and, when a
// pin is set, refuses (before sending anything) a server whose public key
// hash differs. Redirects are not followed. The bearer token is added to
// every request and never logged.
class QtHttpTransport final : public QObject, public HttpTransport {
    Q_OBJECT
public:
    // Fails when the base URL is not http(s) or the CA bundle cannot be read.
    static Result<std::unique_ptr<QtHttpTransport>> create(const HttpTransportConfig &config, QObject *parent = nullptr);
    ~QtHttpTransport() override;

    void send(const HttpRequest &request, Callback done) override;
    void abortAll() override;

    const QUrl &baseUrl() const { return m_config.baseUrl; }

private:
    QtHttpTransport(HttpTransportConfig config, QObject *parent);
    QUrl urlFor(const QString &path) const;
    void finished(QNetworkReply *reply, const Callback &done);

    HttpTransportConfig m_config;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QSet<QNetworkReply *> m_replies;
};

} // namespace kakanai
