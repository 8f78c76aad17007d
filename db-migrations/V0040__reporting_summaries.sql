-- Reporting read side (CONOPS 1.1.3 "Generate Metrics and Reports"): summary tables the portal
-- reads instead of scanning a year of verifications. Maintained incrementally by ReportRollup:
-- every run recomputes the hours (and days, and flights) touched since its high-water mark, set-based.
-- Only the reporting context writes these tables; every other context's tables are read only.

-- Where the rollup has got to.
create table report_rollup_state (
    name         varchar(20) primary key,
    rolled_until timestamptz not null,
    updated_at   timestamptz not null
);

-- Verifications per UTC hour and segment. Empty strings stand for "not given" so groups stay simple.
create table report_hour (
    hour             timestamptz not null,
    port             varchar(5) not null,
    terminal         varchar(10) not null,
    gate             varchar(10) not null,
    touchpoint       varchar(20) not null,
    carrier          varchar(3) not null,
    flight_number    varchar(8) not null,
    flight_date      date,
    algorithm        varchar(40) not null,
    verifications    integer not null,
    matches          integer not null,
    no_matches       integer not null,
    capture_failures integer not null,
    see_officer      integer not null,
    us_citizens      integer not null
);
create index report_hour_hour on report_hour (hour);

-- Response-time histogram per hour, port and touchpoint: bucket b holds elapsed times in
-- [2^(b/8), 2^((b+1)/8)) microseconds (about 9% wide), so percentiles merge across any period.
create table report_latency (
    hour       timestamptz not null,
    port       varchar(5) not null,
    touchpoint varchar(20) not null,
    bucket     smallint not null,
    n          integer not null
);
create index report_latency_hour on report_latency (hour);

-- Capture devices per UTC day.
create table report_device_day (
    day              date not null,
    device_id        varchar(64) not null,
    device_type      varchar(40) not null,
    device_make      varchar(60) not null,
    device_model     varchar(60) not null,
    port             varchar(5) not null,
    verifications    integer not null,
    capture_failures integer not null,
    quality_sum      double precision not null,
    quality_n        integer not null,
    last_seen        timestamptz not null
);
create index report_device_day_day on report_device_day (day);

-- Per flight (touchpoint '*' = all touchpoints of the flight together) and per touchpoint: who was
-- expected on the manifest and what happened. port/terminal/gate are where most of its captures were.
create table report_flight (
    flight_id            uuid not null,
    touchpoint           varchar(20) not null,
    carrier              varchar(3) not null,
    flight_number        varchar(8) not null,
    flight_date          date not null,
    direction            varchar(10) not null,
    port                 varchar(5) not null,
    terminal             varchar(10) not null,
    gate                 varchar(10) not null,
    algorithm            varchar(40) not null,
    expected             integer not null,
    in_scope             integer not null,
    photographed         integer not null,
    matched              integer not null,
    see_officer          integer not null,
    biometric_confirmed  integer not null,
    biographic_confirmed integer not null,
    primary key (flight_id, touchpoint)
);
create index report_flight_date on report_flight (flight_date);

-- Manifest travelers per flight and demographic group (non-US in-scope and US citizens alike).
create table report_demographic (
    flight_id           uuid not null,
    flight_date         date not null,
    port                varchar(5) not null,
    carrier             varchar(3) not null,
    age_band            varchar(8) not null,
    sex                 varchar(1) not null,
    nationality         varchar(3) not null,
    us_citizen          boolean not null,
    expected            integer not null,
    matched             integer not null,
    biometric_confirmed integer not null
);
create index report_demographic_flight on report_demographic (flight_id);
create index report_demographic_date on report_demographic (flight_date);

-- ISO/IEC 19795 ground truth for evaluations: whether a verification's subject was in the gallery
-- (mated) and who it really was. Loaded from labelled evaluation runs; FPIR/FNIR are computed on it.
create table report_ground_truth (
    verification_id  uuid primary key,
    mated            boolean not null,
    true_traveler_id uuid,
    source           varchar(60) not null,
    recorded_at      timestamptz not null
);
