-- Reconciliation context (issue 5 part A): arrivals (admission) linked to departures (crossing EXIT rows
-- and partner entries), overstay classification, discrepancy queue and run reports.

-- Blocking key for fuzzy matching: the consonant skeleton of a family name (diacritics folded, common
-- transliteration variants merged, repeats collapsed), 4 letters at most. MOHAMMED/MUHAMMAD -> MHMD.
create or replace function recon_name_key(name text) returns varchar language sql immutable parallel safe as $$
    select left(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        translate(upper(coalesce(name, '')), 'ÀÁÂÃÄÅĀÇČĆÈÉÊËĒĚÌÍÎÏĪÑŃŇÒÓÔÕÖØŌŘŠŚŞÙÚÛÜŪŮÝŸŽŹŻ',
                                             'AAAAAAACCCEEEEEEIIIIINNNOOOOOOORSSSUUUUUUYYZZZ'),
        '[^A-Z]', '', 'g'),
        'PH', 'F', 'g'),
        '(.)[AEIOUYHW]+', '\1', 'g'),
        '(.)\1+', '\1', 'g'), 4)
$$;

-- Partner exchange: a partner's entry file (an entry into Canada is an exit from the US).
create table partner_file (
    id          uuid primary key,
    partner     varchar(3) not null,
    format      varchar(10) not null,
    received_at timestamptz not null,
    received_by varchar(200) not null,
    lines       integer not null,
    accepted    integer not null,
    duplicates  integer not null,
    rejected    integer not null
);

create table partner_entry (
    id               uuid primary key,
    file_id          uuid not null references partner_file (id),
    line_no          integer not null,
    digest           varchar(64) not null unique,
    partner          varchar(3) not null,
    family_name      varchar(100) not null,
    given_names      varchar(200),
    date_of_birth    date not null,
    nationality      varchar(3),
    document_number  varchar(35),
    document_country varchar(3),
    entry_date       date not null,
    port             varchar(10)
);
create index partner_entry_file on partner_entry (file_id);

-- Bad lines are kept with their number and reason (never fatal to the file).
create table partner_reject (
    file_id uuid not null references partner_file (id),
    line_no integer not null,
    reason  varchar(300) not null,
    line    text not null,
    primary key (file_id, line_no)
);

-- Every departure the job can link, from both sources, with its blocking keys.
create table recon_departure (
    id               uuid primary key,
    source           varchar(8) not null check (source in ('CROSSING', 'PARTNER')),
    occurred_at      timestamptz not null,
    identity_id      uuid,
    family_name      varchar(100),
    given_names      varchar(200),
    date_of_birth    date,
    nationality      varchar(3),
    document_number  varchar(35),
    document_country varchar(3),
    port             varchar(10),
    name_key         varchar(4)
);
create index recon_departure_document on recon_departure (document_number, document_country, occurred_at);
create index recon_departure_identity on recon_departure (identity_id) where identity_id is not null;
create index recon_departure_dob on recon_departure (date_of_birth, nationality);
create index recon_departure_name on recon_departure (name_key, nationality);

create index admission_admitted_key on admission (admitted_at, id);

-- One departure per admission and one admission per departure; never overwritten by a rerun.
create table recon_link (
    admission_id   uuid primary key,
    departure_id   uuid not null unique,
    method         varchar(16) not null check (method in ('EXACT_DOCUMENT', 'EXACT_IDENTITY', 'FUZZY', 'REVIEWED')),
    confidence     real not null,
    departed_at    timestamptz not null,
    execution_id   bigint,
    linked_at      timestamptz not null
);

create table recon_classification (
    admission_id     uuid primary key,
    status           varchar(32) not null check (status in ('ON_TIME', 'OUT_OF_COUNTRY_OVERSTAY', 'SUSPECTED_IN_COUNTRY_OVERSTAY', 'PENDING')),
    admit_until      date,
    departed_on      date,
    days_over        integer,
    under_review     boolean not null default false,
    as_of            date not null,
    execution_id     bigint,
    classified_at    timestamptz not null
);
create index recon_classification_status on recon_classification (status);

-- Ambiguous candidate links, for a person to decide: never merged silently.
create table recon_discrepancy (
    id            uuid primary key,
    admission_id  uuid not null,
    departure_id  uuid not null,
    confidence    real not null,
    reason        varchar(40) not null,
    status        varchar(10) not null default 'OPEN' check (status in ('OPEN', 'LINKED', 'REJECTED')),
    execution_id  bigint,
    raised_at     timestamptz not null,
    resolved_by   varchar(200),
    resolved_at   timestamptz,
    resolution    varchar(500),
    unique (admission_id, departure_id)
);
create index recon_discrepancy_open on recon_discrepancy (status, raised_at);

-- Run reports, also written into job_run.summary.
create table recon_run (
    execution_id bigint primary key,
    finished_at  timestamptz not null,
    summary      jsonb not null
);
