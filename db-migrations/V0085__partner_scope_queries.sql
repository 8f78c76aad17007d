-- Partner agencies (role partner) are scoped to the partner countries they query as (ISO 3166
-- alpha-3, comma-separated like the other scope lists); people get the same column for one Grant.
alter table api_client add column partners varchar(1000) not null default '';
alter table app_user add column partners varchar(1000) not null default '';

-- Every partner query, answered or refused (asked as a partner outside the client's scope, or for a
-- partner without an agreement), for the auditors' per-partner access report: who asked, as which
-- partner, about which document, and what was disclosed. Written by the query itself.
create table partner_query (
    id               uuid primary key,
    at               timestamptz not null,
    partner          varchar(3) not null,
    client           varchar(200) not null,
    outcome          varchar(16) not null check (outcome in ('ANSWERED', 'OUTSIDE_SCOPE', 'NO_AGREEMENT')),
    document_number  varchar(35) not null,
    document_country varchar(3) not null,
    found            boolean not null,
    records          integer not null,
    fields           varchar(200) not null
);
create index partner_query_partner_at on partner_query (partner, at);
create index partner_query_at on partner_query (at);

-- The stay service, boarding checks and partner queries look up exits and partner entries by document.
create index crossing_exit_document on crossing (document_number, document_country) where direction = 'EXIT';
create index partner_entry_document on partner_entry (document_number, document_country);
