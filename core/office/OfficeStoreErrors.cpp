#include "OfficeStore.h"

#include "store/Database.h"

#include <QSqlError>

#include <sqlite3.h>

// How the office store's failures are told apart for people and callers:
// the SQLite codes as the local store's (Database::classify), PostgreSQL's
// SQLSTATEs and libpq's words (docs/admin/office.md, "Errors, classified").
namespace kakanai {

namespace {

bool isSerializationFailure(const QString &sqlState)
{
    return sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01");
}

} // namespace

Error OfficeStore::classify(const QSqlError &error) const
{
    if (dialect() == SqlDialect::Sqlite) {
        // A key, CHECK or trigger that refused the change is an invariant
        // holding, on SQLite as on PostgreSQL (SQLSTATE 23…), not an internal error.
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (ok && (code & 0xFF) == SQLITE_CONSTRAINT)
            return constraintRefused(QStringLiteral("%1 (%2)").arg(error.text().simplified(), location()));
        return Database::classify(error, m_options.location.path());
    }
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    // A connection that is gone has no SQLSTATE: libpq says so in words.
    QString state = error.nativeErrorCode();
    if (state.isEmpty() && connectionLost())
        state = QStringLiteral("08006");
    return classifyPostgres(state, text, location());
}

Error OfficeStore::constraintRefused(const QString &detail)
{
    return Error(ErrorCode::StoreConstraint,
                 tr("The office store refused the change because it would break one of its rules."), detail);
}

Error OfficeStore::classifyPostgres(const QString &sqlState, const QString &text, const QString &where)
{
    const QString detail = QStringLiteral("%1 %2 (%3)").arg(sqlState, text.simplified(), where);
    const QString lower = text.toLower();
    const auto unreachable = [&] {
        return Error(ErrorCode::StoreUnreachable,
                     tr("The office store cannot be reached (server stopped or network cut). Work that needs it "
                        "waits; the program keeps trying."),
                     detail);
    };
    // Connecting as a role the server does not have (with certificate or
    // trust authentication the server says so; with a password it does not):
    // libpq gives the words, without SQLSTATE. In a statement (GRANT …) the
    // same words are no sign-in failure.
    const bool connecting = sqlState.isEmpty() || sqlState.startsWith(QLatin1String("08"));
    const bool unknownRole =
        lower.contains(QLatin1String("role \"")) && lower.contains(QLatin1String("does not exist"));
    if (sqlState == QLatin1String("28P01") || sqlState == QLatin1String("28000") || (connecting && unknownRole)
        || lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied"))
        || lower.contains(QLatin1String("authentication failed")) || lower.contains(QLatin1String("no pg_hba.conf entry")))
        return Error(ErrorCode::StoreCredentialsRefused,
                     tr("The office store refused this PC's role or password. Ask the administrator to check "
                        "office/url and the password file."),
                     detail);
    if (sqlState == QLatin1String("3D000")
        || (lower.contains(QLatin1String("does not exist")) && lower.contains(QLatin1String("database"))))
        return Error(ErrorCode::NotFound, tr("The office database named in office/url does not exist on the server."),
                     detail);
    if (isSerializationFailure(sqlState))
        return Error(ErrorCode::StoreConflict, tr("Another counter changed the same data at the same moment."), detail);
    if (sqlState == QLatin1String("57014") || sqlState == QLatin1String("55P03") || lower.contains(QLatin1String("timeout expired")))
        return Error(ErrorCode::StoreTimeout,
                     tr("The office store did not answer in time. Nothing was changed; try again."), detail);
    if (sqlState.startsWith(QLatin1String("23")))
        return constraintRefused(detail);
    if (sqlState == QLatin1String("53100"))
        return Error(ErrorCode::DiskFull, tr("The office store's disk is full. Nothing was changed."), detail);
    if (sqlState == QLatin1String("42501"))
        return Error(ErrorCode::PermissionDenied, tr("This PC's role may not do this in the office store."), detail);
    // Before the connection failures below: libpq reports a certificate it
    // cannot verify as a failed connection (no SQLSTATE, so 08006), and the
    // administrator needs to hear that it is TLS. An "SSL SYSCALL error" or
    // an EOF is a cut connection, not a TLS problem.
    const bool tlsRefused = lower.contains(QLatin1String("certificate"))
                            || lower.contains(QLatin1String("does not support ssl"))
                            || (lower.contains(QLatin1String("ssl error:")) && !lower.contains(QLatin1String("eof")));
    if (tlsRefused)
        return Error(ErrorCode::StoreUnreachable,
                     tr("The office store's TLS connection failed: the server's certificate could not be verified "
                        "or TLS is not offered. Check sslmode and sslrootcert in office/url."),
                     detail);
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P"))
        || lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("server closed the connection"))
        || lower.contains(QLatin1String("no connection to the server"))
        || lower.contains(QLatin1String("could not translate host name")))
        return unreachable();
    return Error(ErrorCode::ServerError, tr("The office store reported an error. Nothing was changed."), detail);
}

} // namespace kakanai
