#include "QtHttpTransport.h"

#include "common/LogCategories.h"
#include "common/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace kakanai {

namespace {
const char kTimedOut[] = "kakanai_timedOut";
const char kPinFailed[] = "kakanai_pinFailed";
const char kAborted[] = "kakanai_aborted";
} // namespace

HttpTransportConfig HttpTransportConfig::fromSettings(const Settings &settings)
{
    HttpTransportConfig c;
    c.baseUrl = QUrl(settings.string(SettingKey::BackOfficeUrl), QUrl::StrictMode);
    c.caBundleFile = settings.string(SettingKey::BackOfficeCaBundle);
    c.publicKeyPin = decodePin(settings.string(SettingKey::BackOfficePublicKeyPin));
    c.bearerToken = settings.string(SettingKey::BackOfficeToken).toLatin1();
    return c;
}

QByteArray HttpTransportConfig::decodePin(const QString &text)
{
    const QString b64 = text.startsWith(QLatin1String("sha256/")) ? text.mid(7) : text;
    const auto decoded = QByteArray::fromBase64Encoding(b64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return decoded.decoded;
}

QString HttpTransportConfig::pinOf(const QByteArray &spkiDer)
{
    return QStringLiteral("sha256/")
           + QString::fromLatin1(QCryptographicHash::hash(spkiDer, QCryptographicHash::Sha256).toBase64());
}

QtHttpTransport::QtHttpTransport(HttpTransportConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(this), m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Result<std::unique_ptr<QtHttpTransport>> QtHttpTransport::create(const HttpTransportConfig &config, QObject *parent)
{
    const QString scheme = config.baseUrl.scheme();
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return fail(ErrorCode::InvalidArgument, tr("The back-office address is not an http:// or https:// address."),
                    config.baseUrl.toDisplayString());
    }
    std::unique_ptr<QtHttpTransport> transport(new QtHttpTransport(config, parent));
    if (!config.caBundleFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(config.caBundleFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (cas.isEmpty()) {
            return fail(ErrorCode::InvalidArgument,
                        tr("The CA bundle for the back office cannot be read or holds no certificate."),
                        QDir::toNativeSeparators(config.caBundleFile));
        }
        transport->m_ssl.setCaCertificates(cas);
    }
    if (scheme == QLatin1String("https"))
        qCInfo(lcOutbox) << "back office over HTTPS" << (config.caBundleFile.isEmpty() ? "with the system CAs" : "with the office CA bundle")
                         << (config.publicKeyPin.isEmpty() ? "without a pin" : "with a public-key pin");
    return transport;
}

QtHttpTransport::~QtHttpTransport()
{
    // Callbacks are not called from here: their owners may already be gone.
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->disconnect();
        reply->abort();
        delete reply;
    }
}

QUrl QtHttpTransport::urlFor(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void QtHttpTransport::send(const HttpRequest &request, Callback done)
{
    QNetworkRequest req(urlFor(request.path));
    for (const auto &h : request.headers)
        req.setRawHeader(h.first, h.second);
    if (!m_config.bearerToken.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.bearerToken);
    req.setTransferTimeout(request.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (req.url().scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_ssl);

    QNetworkReply *reply = request.body.isEmpty() && request.method == "GET"
                               ? m_nam.get(req)
                               : m_nam.sendCustomRequest(req, request.method, request.body);
    m_replies.insert(reply);
    qCDebug(lcOutbox).noquote() << request.method << req.url().path() << "(Authorization" << (m_config.bearerToken.isEmpty() ? "none)" : "[redacted])");

    if (!m_config.publicKeyPin.isEmpty()) {
        // Emitted after the handshake and before any request byte is sent.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply]() {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QByteArray spki = peer.publicKey().toDer();
            const QByteArray hash = QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
            if (spki.isEmpty() || hash != m_config.publicKeyPin) {
                qCWarning(lcOutbox) << "the back office's public key does not match the configured pin; nothing was sent";
                reply->setProperty(kPinFailed, true);
                reply->abort();
            }
        });
    }
    // setTransferTimeout ends a transfer that stalls; this ends one that
    // trickles for too long in total.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply]() {
        reply->setProperty(kTimedOut, true);
        reply->abort();
    });
    deadline->start(request.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)]() { finished(reply, done); });
}

void QtHttpTransport::abortAll()
{
    const QSet<QNetworkReply *> replies = m_replies;
    for (QNetworkReply *reply : replies) {
        reply->setProperty(kAborted, true);
        reply->abort(); // emits finished() -> the callback runs now
    }
}

void QtHttpTransport::finished(QNetworkReply *reply, const Callback &done)
{
    if (!m_replies.remove(reply))
        return;
    reply->deleteLater();
    HttpResponse response;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    using E = HttpResponse::NetworkError;
    const QNetworkReply::NetworkError error = reply->error();
    if (reply->property(kPinFailed).toBool()) {
        response = HttpResponse::networkError(E::PinMismatch, QStringLiteral("public key pin mismatch"));
    } else if (reply->property(kTimedOut).toBool()) {
        response = HttpResponse::networkError(E::Timeout, QStringLiteral("no complete answer in time"));
    } else if (reply->property(kAborted).toBool()) {
        response = HttpResponse::networkError(E::Cancelled, QStringLiteral("aborted"));
    } else if (status.isValid() && error != QNetworkReply::OperationCanceledError && error != QNetworkReply::TimeoutError
               && error != QNetworkReply::RemoteHostClosedError) {
        // An HTTP answer, whatever its status (4xx/5xx come with error() set too).
        response.status = status.toInt();
        response.body = reply->readAll();
        for (const auto &h : reply->rawHeaderPairs())
            response.headers.append(h);
    } else {
        E kind = E::Other;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError: kind = E::ConnectionRefused; break;
        case QNetworkReply::HostNotFoundError: kind = E::HostNotFound; break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces
            kind = E::Timeout;
            break;
        case QNetworkReply::RemoteHostClosedError: kind = E::ConnectionClosed; break;
        case QNetworkReply::SslHandshakeFailedError: kind = E::Tls; break;
        default: break;
        }
        if (error == QNetworkReply::NoError)
            kind = E::Other; // no status and no error: treat as an incomplete answer
        response = HttpResponse::networkError(kind, reply->errorString());
    }
    done(response);
}

} // namespace kakanai
