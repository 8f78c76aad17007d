-- People who log in to the portal or call /api/v1/admin with HTTP Basic.
create table app_user (
    id            uuid primary key,
    username      varchar(100) not null unique,
    password_hash varchar(400) not null,
    roles         varchar(400) not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

-- Machine clients (carriers, cameras, feeds) with hashed bearer tokens, roles and scope.
create table api_client (
    id          uuid primary key,
    name        varchar(200) not null,
    token_hash  char(64) not null unique,
    roles       varchar(400) not null,
    carriers    varchar(1000) not null default '',
    airports    varchar(1000) not null default '',
    ports       varchar(1000) not null default '',
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);

-- Who read or changed personal data: append-only (updates refused; deletes only by the retention job).
create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       varchar(200) not null,
    action      varchar(60) not null,
    object_type varchar(60) not null,
    object_id   varchar(100),
    detail      varchar(2000)
);
create index audit_event_at on audit_event (at);
create index audit_event_object on audit_event (object_type, object_id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit_event is append-only';
    end if;
    if coalesce(current_setting('opentvs.retention_purge', true), '') <> 'on' then
        raise exception 'audit_event rows are deleted only by the retention purge';
    end if;
    return old;
end $$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
