-- Table ownership (issue 13): the crossing context publishes the entries on record, by document and
-- by holdings identity, for other contexts' set-based queries (alerting's lawful-arrival screening of
-- a flight), so that no other context names crossing. A plain view: PostgreSQL expands it into the
-- caller, which keeps its index lookups (crossing_entry_document, crossing_identity_port;
-- PublishedViewsIT). The columns are the contract.
create view crossing_entries as
    select c.id, c.identity_id, c.document_number, c.document_country
      from crossing c
     where c.direction = 'ENTRY';
