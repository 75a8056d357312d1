-- Schema 2: the procedure categories used for queue tickets, the calling
-- board and statistics, with the office's usual starting set.
CREATE TABLE procedure_category (
    code        TEXT PRIMARY KEY NOT NULL,
    name_ja     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    ticket_prefix TEXT NOT NULL CHECK (length(ticket_prefix) = 1),
    sort_order  INTEGER NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

INSERT INTO procedure_category (code, name_ja, name_en, ticket_prefix, sort_order) VALUES
    ('moving',      '住所変更（転入・転出・転居）', 'Change of address',          'A', 10),
    ('certificate', '証明書の発行',                 'Certificates',               'B', 20),
    ('insurance',   '国民健康保険・年金',           'Health insurance & pension', 'C', 30),
    ('welfare',     '福祉・子育て',                 'Welfare & childcare',        'D', 40),
    ('mynumber',    'マイナンバーカード',           'My Number card',             'E', 50);

CREATE INDEX record_created_at ON record (created_at);
