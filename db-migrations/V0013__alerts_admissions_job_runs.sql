-- Shared ground for the alerting, reconciliation, retention and reporting contexts: each context
-- adds its own columns and tables in its own migrations (alerting V0020-V0029, reconciliation and
-- retention V0030-V0039, reporting V0040-V0049).

-- Officer notifications (alerting context). seq orders the stream (SSE event ids, Last-Event-ID).
create table alert (
    id         uuid primary key,
    seq        bigserial not null unique,
    kind       varchar(20) not null check (kind in ('WATCHLIST_HIT', 'PROBABLE_EWI', 'NO_MATCH')),
    status     varchar(14) not null default 'OPEN' check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    port       varchar(5),
    raised_at  timestamptz not null
);
create index alert_port_raised on alert (port, raised_at);
create index alert_raised on alert (raised_at);

-- Admissions: the lawful arrival of a non-immigrant, with its class of admission and admit-until
-- date (I-94 style). Written at entry or imported; read by probable-EWI detection and reconciliation.
create table admission (
    id                 uuid primary key,
    identity_id        uuid,
    crossing_id        uuid,
    family_name        varchar(100) not null,
    given_names        varchar(200),
    date_of_birth      date,
    sex                varchar(1),
    nationality        varchar(3),
    document_number    varchar(35),
    document_country   varchar(3),
    class_of_admission varchar(8) not null,
    port               varchar(5),
    admitted_at        timestamptz not null,
    admit_until        date,
    source             varchar(20) not null,
    recorded_at        timestamptz not null
);
create index admission_document on admission (document_number, document_country);
create index admission_identity on admission (identity_id);
create index admission_admitted_at on admission (admitted_at);

-- One row per batch job execution, written by the job itself: what an operator and the reports read.
create table job_run (
    execution_id bigint primary key,
    job          varchar(60) not null,
    started_at   timestamptz not null,
    ended_at     timestamptz,
    batch_status varchar(20) not null,
    exit_status  varchar(60),
    parameters   jsonb not null default '{}'::jsonb,
    summary      jsonb not null default '{}'::jsonb
);
create index job_run_job_started on job_run (job, started_at desc);
