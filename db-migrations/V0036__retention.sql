-- Retention (org.opentvs.retention): how long each category of personal data is kept, changeable
-- with SQL or PUT /api/v1/admin/retention/policies/{category} without a rebuild.
create table retention_policy (
    category    varchar(30) primary key,
    period      interval not null check (period >= interval '0'),
    enabled     boolean not null default true,
    description varchar(300) not null,
    changed_at  timestamptz not null default now(),
    changed_by  varchar(200) not null default 'migration'
);

insert into retention_policy (category, period, enabled, description) values
    ('US_CITIZEN_FACE', interval '12 hours', true,
     'Reference photos and templates of US citizens, after arrival/departure processing (their gallery closed)'),
    ('GALLERY_MEMBER', interval '14 days', true,
     'Gallery photos and templates of everyone else, after the gallery closed; the gallery becomes PURGED'),
    ('LIVE_CAPTURE', interval '14 days', true,
     'Sealed live captures of non-US-citizens, after capture and after their flight gallery closed'),
    ('QUARANTINED_MESSAGE', interval '90 days', true,
     'Raw messages that failed and stayed in quarantine, after receipt'),
    ('AUDIT_EVENT', interval '7 years', true,
     'Audit trail entries, after they were written'),
    ('CROSSING', interval '75 years', true,
     'Entry and exit records (with their IDENT determinations), after the crossing');

-- One receipt per deleted chunk, chained by SHA-256 so that an auditor can show none was altered,
-- removed or inserted: hash = sha256(canonical text of the receipt including prev_hash).
create table retention_receipt (
    id          bigint primary key,
    run_id      bigint not null,
    category    varchar(30) not null,
    deleted     integer not null,
    first_key   varchar(100) not null,
    last_key    varchar(100) not null,
    cutoff      timestamptz not null,
    deleted_at  timestamptz not null,
    prev_hash   char(64) not null,
    hash        char(64) not null unique
);
create index retention_receipt_run on retention_receipt (run_id);

create function retention_receipt_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'retention receipts are append-only';
end $$;

create trigger retention_receipt_no_change before update or delete on retention_receipt
    for each row execute function retention_receipt_append_only();

-- Which galleries still hold a face (the US-citizen purge asks this per face).
create index gallery_member_face on gallery_member (face_id);
