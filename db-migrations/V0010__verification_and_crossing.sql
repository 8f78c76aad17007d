-- Every touchpoint verification: what the reports need (CONOPS 1.1.3 "Generate Metrics").
create table verification (
    id              uuid primary key,
    at              timestamptz not null,
    touchpoint      varchar(20) not null,
    port            varchar(5) not null,
    terminal        varchar(10),
    gate            varchar(10),
    lane            varchar(10),
    carrier         varchar(3),
    flight_number   varchar(8),
    flight_date     date,
    gallery_id      uuid,
    device_id       varchar(64) not null,
    device_type     varchar(40),
    device_make     varchar(60),
    device_model    varchar(60),
    vehicle_plate   varchar(16),
    vehicle_region  varchar(8),
    occupant        integer,
    decision        varchar(16) not null,
    instruction     varchar(16) not null,
    score           real,
    threshold       real,
    algorithm       varchar(40),
    traveler_id     uuid,
    us_citizen      boolean not null default false,
    in_scope        boolean,
    capture_quality real,
    attempt         integer not null,
    elapsed_micros  integer not null,
    caller          varchar(200) not null
);
create index verification_at on verification (at);
create index verification_gallery on verification (gallery_id);
create index verification_device on verification (device_id, at);

-- Live captures of non-US-citizens, sealed; kept for the retention period, then purged.
create table live_capture (
    verification_id uuid primary key references verification (id) on delete cascade deferrable initially deferred,
    captured_at     timestamptz not null,
    algorithm       varchar(40),
    sealed          bytea not null
);
create index live_capture_captured_at on live_capture (captured_at);

-- Entries and exits, confirmed biometrically (a match at the touchpoint) or biographically (manifest).
create table crossing (
    id               uuid primary key,
    traveler_id      uuid,
    identity_id      uuid,
    verification_id  uuid,
    direction        varchar(6) not null,
    confirmation     varchar(12) not null,
    touchpoint       varchar(20),
    port             varchar(5),
    device_id        varchar(64),
    gallery_id       uuid,
    score            real,
    carrier          varchar(3),
    flight_number    varchar(8),
    flight_date      date,
    family_name      varchar(100),
    given_names      varchar(200),
    date_of_birth    date,
    sex              varchar(1),
    nationality      varchar(3),
    document_number  varchar(35),
    document_country varchar(3),
    occurred_at      timestamptz not null,
    recorded_at      timestamptz not null,
    elapsed_micros   integer
);
create unique index crossing_once_per_traveler on crossing (traveler_id, direction) where traveler_id is not null;
create index crossing_occurred_at on crossing (occurred_at);
create index crossing_port on crossing (port, occurred_at);

-- Transactional outbox towards IDENT/HART, TECS and ADIS: at-least-once, idempotent keys.
create table outbox (
    id              bigserial primary key,
    destination     varchar(20) not null,
    idempotency_key varchar(100) not null,
    payload         text not null,
    created_at      timestamptz not null,
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    batch_id        bigint,
    delivered_at    timestamptz,
    last_error      varchar(500),
    unique (destination, idempotency_key)
);
create index outbox_pending on outbox (next_attempt_at) where delivered_at is null;
create sequence outbox_batch_seq;
