-- Reference holdings: the built-in stand-in for IDENT/HART and Department of State photo sources.
create table holding_identity (
    id            uuid primary key,
    source        varchar(30) not null,
    family_name   varchar(100) not null,
    given_names   varchar(200),
    date_of_birth date,
    sex           varchar(1),
    nationality   varchar(3),
    us_citizen    boolean not null,
    name_key      varchar(400) not null,
    created_at    timestamptz not null,
    created_by    varchar(200) not null
);
create index holding_identity_name_key on holding_identity (name_key);

create table holding_document (
    identity_id     uuid not null references holding_identity (id) on delete cascade,
    type            varchar(3),
    number          varchar(35) not null,
    issuing_country varchar(3) not null,
    expiry          date
);
create index holding_document_key on holding_document (number, issuing_country);
create index holding_document_identity on holding_document (identity_id);

-- Face references: template and/or image, encrypted (AES-GCM) with the data key.
create table holding_face (
    id           uuid primary key,
    identity_id  uuid not null references holding_identity (id) on delete cascade deferrable initially deferred,
    algorithm    varchar(40),
    dimension    integer,
    template     bytea,
    image_format varchar(10),
    image        bytea,
    created_at   timestamptz not null
);
create index holding_face_identity on holding_face (identity_id);

create table gallery (
    id                   uuid primary key,
    kind                 varchar(12) not null,
    flight_id            uuid unique references flight (id),
    port                 varchar(5),
    status               varchar(10) not null,
    algorithm            varchar(40),
    dimension            integer,
    expected             integer not null default 0,
    with_reference       integer not null default 0,
    without_reference    integer not null default 0,
    manifest_received_at timestamptz,
    ready_at             timestamptz,
    build_millis         integer,
    closed_at            timestamptz,
    created_at           timestamptz not null
);
create index gallery_status on gallery (status);

-- A row of a gallery: member_id is the manifest traveler (flight/sailing galleries) or the
-- holdings identity (standing land-port galleries).
create table gallery_member (
    gallery_id  uuid not null references gallery (id) on delete cascade,
    member_id   uuid not null,
    face_id     uuid not null references holding_face (id) on delete cascade,
    reference   varchar(70),
    us_citizen  boolean not null,
    in_scope    boolean not null,
    primary key (gallery_id, member_id, face_id)
);
