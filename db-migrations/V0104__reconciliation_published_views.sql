-- Table ownership (issue 13): reconciliation publishes the admissions on record, by document and by
-- holdings identity, for other contexts' set-based queries (alerting's lawful-arrival screening of a
-- flight), so that no other context names admission. A plain view: PostgreSQL expands it into the
-- caller, which keeps its index lookups (admission_document, admission_identity; PublishedViewsIT).
-- The columns are the contract.
create view reconciliation_admissions as
    select a.id, a.identity_id, a.document_number, a.document_country
      from admission a;
