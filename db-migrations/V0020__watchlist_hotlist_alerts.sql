-- Watch lists (alerting context): biographic entries (names with variants, date of birth, nationality,
-- documents) and biometric entries (face templates, encrypted with the data key). Removal is soft so
-- the hotlist entries that came from an entry keep their origin.
create table watchlist_entry (
    id            uuid primary key,
    category      varchar(30) not null,
    family_name   varchar(100),
    given_names   varchar(200),
    name_variants varchar(2000) not null default '',
    date_of_birth date,
    nationality   varchar(3),
    external_ref  varchar(64),
    created_at    timestamptz not null,
    created_by    varchar(200) not null,
    removed_at    timestamptz,
    removed_by    varchar(200)
);
create index watchlist_entry_active on watchlist_entry (created_at) where removed_at is null;

create table watchlist_document (
    entry_id        uuid not null references watchlist_entry (id) on delete cascade,
    number          varchar(35) not null,
    issuing_country varchar(3)
);
create index watchlist_document_entry on watchlist_document (entry_id);

create table watchlist_face (
    id         uuid primary key,
    entry_id   uuid not null references watchlist_entry (id) on delete cascade,
    algorithm  varchar(40) not null,
    dimension  integer not null,
    template   bytea not null
);
create index watchlist_face_entry on watchlist_face (entry_id);

-- The PAU hotlist: candidate hits (watch list, probable EWI) on a traveler of a flight or sailing, or
-- on a holdings identity of a land port's gallery; pending until an analyst validates or dismisses.
create table hotlist_entry (
    id                   uuid primary key,
    kind                 varchar(20) not null check (kind in ('WATCHLIST', 'PROBABLE_EWI')),
    watchlist_entry_id   uuid references watchlist_entry (id),
    subject_id           uuid not null,
    subject_kind         varchar(10) not null check (subject_kind in ('TRAVELER', 'IDENTITY')),
    flight_id            uuid,
    category             varchar(30) not null,
    basis                varchar(30) not null,
    high_priority        boolean not null,
    name_score           real,
    biometric_score      real,
    biographic_agreement varchar(400),
    status               varchar(10) not null default 'PENDING'
                         check (status in ('PENDING', 'VALIDATED', 'DISMISSED', 'WITHDRAWN')),
    reason               varchar(500),
    decided_by           varchar(200),
    decided_at           timestamptz,
    created_at           timestamptz not null
);
create unique index hotlist_once on hotlist_entry
    (subject_id, kind, coalesce(watchlist_entry_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index hotlist_status on hotlist_entry (status, created_at);
create index hotlist_watchlist_entry on hotlist_entry (watchlist_entry_id);

-- Officer notifications: what, where, which flight or sailing, who, and why (both scores).
alter table alert add column touchpoint           varchar(20);
alter table alert add column terminal             varchar(10);
alter table alert add column gate                 varchar(10);
alter table alert add column lane                 varchar(10);
alter table alert add column vehicle_plate        varchar(16);
alter table alert add column carrier              varchar(3);
alter table alert add column flight_number        varchar(8);
alter table alert add column flight_date          date;
alter table alert add column device_id            varchar(64);
alter table alert add column verification_id      uuid;
alter table alert add column traveler_id          uuid;
alter table alert add column hotlist_entry_id     uuid references hotlist_entry (id);
alter table alert add column category             varchar(30);
alter table alert add column biometric_score      real;
alter table alert add column watchlist_score      real;
alter table alert add column biographic_agreement varchar(400);
alter table alert add column acknowledged_by      varchar(200);
alter table alert add column acknowledged_at      timestamptz;
alter table alert add column resolved_by          varchar(200);
alter table alert add column resolved_at          timestamptz;
alter table alert add column resolution           varchar(500);
create index alert_seq_port on alert (seq, port);
