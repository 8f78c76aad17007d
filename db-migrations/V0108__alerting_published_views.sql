-- Table ownership (issue 13): alerting publishes its hotlist hits for other contexts' set-based
-- queries (stay's boarding check asks, for each traveler a carrier names, whether a validated
-- watch-list hit of a blocking category is on them), so that no other context names hotlist_entry.
-- A plain view without a filter of its own: PostgreSQL expands it into the caller, whose plan stays
-- the one it had on the table, conjunct for conjunct (PublishedViewsIT). The columns are the contract:
-- subject (a manifest traveler or a holdings identity, by subject_kind), kind (WATCHLIST, ...),
-- watch-list category and workflow status (PENDING, VALIDATED, DISMISSED, WITHDRAWN).
create view alerting_hotlist_hits as
    select h.subject_id, h.subject_kind, h.kind, h.category, h.status
      from hotlist_entry h;
