-- Two-way partner exchange (issue 16): the nightly partner-exchange job sends each partner a file of our
-- entry records of third-country nationals and reads the partner's files as the partner-entries import does.

-- One row per file exchanged, either direction. OUTBOUND: PREPARED (its records chosen, in partner_sent)
-- -> WRITTEN (file and manifest renamed into the outbound directory). INBOUND: IMPORTED (its entries in
-- partner_entry through partner_file_id) or QUARANTINED (moved aside with its error, nothing stored).
create table partner_exchange_file (
    id              uuid primary key,
    partner         varchar(3) not null,
    direction       varchar(8) not null check (direction in ('OUTBOUND', 'INBOUND')),
    file_name       varchar(255) not null,
    records         integer not null,
    sha256          varchar(64),
    status          varchar(12) not null check (status in ('PREPARED', 'WRITTEN', 'IMPORTED', 'QUARANTINED')),
    error           varchar(500),
    partner_file_id uuid references partner_file (id),
    execution_id    bigint,
    created_at      timestamptz not null,
    done_at         timestamptz
);
create unique index partner_exchange_outbound_name on partner_exchange_file (partner, file_name) where direction = 'OUTBOUND';
-- the same inbound content is imported once (a file left behind by a crash is recognised and only moved)
create unique index partner_exchange_imported on partner_exchange_file (partner, sha256) where direction = 'INBOUND' and status = 'IMPORTED';
create index partner_exchange_status on partner_exchange_file (partner, direction, status);

-- Every admission sent to a partner, once: the file it went in and its line (1 = first record after the header).
create table partner_sent (
    partner      varchar(3) not null,
    admission_id uuid not null,
    file_id      uuid not null references partner_exchange_file (id),
    line_no      integer not null,
    primary key (partner, admission_id)
);
create index partner_sent_file on partner_sent (file_id, line_no);

-- Where the last successful selection of each partner stood (admissions recorded since then are looked at).
create table partner_exchange_state (
    partner      varchar(3) primary key,
    selected_at  timestamptz not null
);

create index admission_recorded_at on admission (recorded_at);
create index partner_entry_partner on partner_entry (partner);
