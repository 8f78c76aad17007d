-- Table ownership (issue 13): crossing registration takes its biographic snapshot of a holdings
-- identity (sex besides name, birth date and nationality, and one of its documents) from holdings'
-- published views, in the same insert ... select as before, so that it names neither
-- holding_identity nor holding_document. Plain views, expanded into the caller's plan
-- (PublishedViewsIT); columns only ever added at the end.
create or replace view holdings_identities as
    select i.id, i.family_name, i.given_names, i.date_of_birth, i.nationality, i.sex
      from holding_identity i;

-- The travel documents of each reference identity.
create view holdings_identity_documents as
    select d.identity_id, d.type, d.number, d.issuing_country
      from holding_document d;
