#!/bin/sh
# Regenerates tests/data/store_v1.sqlite: a database as schema 1 left it,
# with one record, for the upgrade test. Kept in git so the test exercises a
# file that was really written by the old schema, not one the test builds.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/store_v1.sqlite"
rm -f "$out"
sqlite3 "$out" <<SQL
$(cat "$here/../../core/store/migrations/0001_initial.sql")
INSERT INTO meta (key, value) VALUES ('created_at', '2026-04-01T00:00:00.000Z');
INSERT INTO record (uuid, created_at, kind, payload)
  VALUES ('7d9f3c2e-1111-4a2b-9c3d-000000000001', '2026-04-01T01:02:03.000Z', 'visit', X'7B7D');
PRAGMA user_version = 1;
SQL
