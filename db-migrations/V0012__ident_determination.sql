-- OBIM/IDENT's own determination for a crossing we exported; a mismatch with ours is kept for review.
create table ident_determination (
    crossing_id    uuid primary key references crossing (id) on delete cascade,
    determination  varchar(12) not null,
    ident_record   varchar(64),
    mismatch       boolean not null,
    received_at    timestamptz not null,
    received_from  varchar(200) not null
);
create index ident_determination_mismatch on ident_determination (received_at) where mismatch;
