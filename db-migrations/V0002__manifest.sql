-- Every received message, archived (encrypted) before it is parsed; failures stay here in quarantine.
create table raw_message (
    id                   uuid primary key,
    received_at          timestamptz not null,
    channel              varchar(10) not null,
    submitted_by         varchar(200) not null,
    size_bytes           integer not null,
    content_sha256       char(64) not null,
    normalized_sha256    char(64),
    body                 bytea not null,
    status               varchar(12) not null,
    error_code           varchar(40),
    error_message        varchar(1000),
    error_segment        varchar(10),
    error_segment_number integer,
    duplicate_of         uuid,
    processed_at         timestamptz
);
create index raw_message_status on raw_message (status, received_at);
create unique index raw_message_accepted_once on raw_message (normalized_sha256) where status = 'ACCEPTED';

create table flight (
    id                  uuid primary key,
    carrier             varchar(3) not null,
    number              varchar(8) not null,
    departure_date      date not null,
    departure_airport   varchar(5),
    scheduled_departure timestamp,
    arrival_airport     varchar(5),
    scheduled_arrival   timestamp,
    direction           varchar(10) not null,
    status              varchar(10) not null,
    closed_at           timestamptz,
    created_at          timestamptz not null,
    unique (carrier, number, departure_date)
);

create table manifest (
    id                      uuid primary key,
    flight_id               uuid not null references flight (id),
    raw_message_id          uuid not null references raw_message (id),
    message_reference       varchar(35),
    common_access_reference varchar(70),
    message_type            varchar(40),
    kind                    varchar(20) not null,
    document_code           varchar(6),
    document_qualifier      varchar(10),
    part_number             integer not null,
    last_part               boolean not null,
    traveler_count          integer not null,
    declared_total          integer,
    received_at             timestamptz not null,
    submitted_by            varchar(200) not null,
    warnings                varchar(4000)
);
create index manifest_flight on manifest (flight_id);

create table traveler (
    id                uuid primary key,
    flight_id         uuid not null references flight (id),
    manifest_id       uuid not null references manifest (id) deferrable initially deferred,
    dedup_key         varchar(200) not null,
    role              varchar(10) not null,
    in_transit        boolean not null,
    family_name       varchar(100) not null,
    given_names       varchar(200),
    date_of_birth     date,
    sex               varchar(1),
    nationality       varchar(3),
    residence_country varchar(3),
    birth_place       varchar(100),
    embarkation       varchar(5),
    debarkation       varchar(5),
    reference         varchar(70),
    reservation       varchar(35),
    seat              varchar(8),
    us_citizen        boolean not null,
    in_scope          boolean not null,
    status            varchar(12) not null,
    holding_id        uuid,
    updated_at        timestamptz not null,
    unique (flight_id, dedup_key)
);

create table traveler_document (
    traveler_id     uuid not null references traveler (id) on delete cascade,
    type            varchar(3),
    number          varchar(35),
    issuing_country varchar(3),
    expiry          date,
    issued          date
);
create index traveler_document_traveler on traveler_document (traveler_id);
create index traveler_document_number on traveler_document (number, issuing_country);
