-- Table ownership (issue 13): the holdings context publishes reference identities' biographic data
-- for other contexts' set-based queries (alerting's hotlist list), so that no other context names
-- holding_identity. A plain view: PostgreSQL expands it into the caller, whose plan stays the one it
-- had on the table (PublishedViewsIT). The columns are the contract.
create view holdings_identities as
    select i.id, i.family_name, i.given_names, i.date_of_birth, i.nationality
      from holding_identity i;
