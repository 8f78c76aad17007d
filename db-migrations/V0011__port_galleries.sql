-- Frequent-crosser programmes (e.g. trusted-traveler enrolment) name the land ports a person uses.
create table holding_port (
    identity_id uuid not null references holding_identity (id) on delete cascade deferrable initially deferred,
    port        varchar(5) not null,
    primary key (identity_id, port)
);
create index holding_port_port on holding_port (port);

-- One standing gallery per land port.
create unique index gallery_one_per_port on gallery (port) where kind = 'LAND_PORT';
create index crossing_identity_port on crossing (identity_id, port, occurred_at) where identity_id is not null;
