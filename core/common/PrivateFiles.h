#pragma once

#include <QString>

class QFileDevice;

namespace kakanai {

// Files and folders that hold personal data (the database and its WAL, PDFs,
// CSV exports, backups, keys) are the user's alone: 0600 and 0700, whatever
// umask the process was started with (docs/security.md, "Files").
namespace PrivateFiles {

// umask 077 for everything the process creates from now on, so that a file a
// library makes (SQLite's -wal and -shm, a temporary file) is private too.
// Called first thing in main() of the GUI and the CLI.
void restrictUmask();

// QDir::mkpath, and every folder it had to create gets 0700. Folders that
// were there already are left as they are (a shared parent such as ~/Documents
// is not ours to change). False when a folder could not be made.
bool makePath(const QString &folder);

// 0600 for a file that exists; false when that cannot be done.
bool restrictFile(const QString &path);
// 0600 for an open file (a QSaveFile's temporary file before commit).
bool restrictFile(QFileDevice &file);

// 0600 (a file) / 0700 (a folder) exactly; the tests check what the product made.
bool isOwnerOnly(const QString &path);

} // namespace PrivateFiles
} // namespace kakanai
