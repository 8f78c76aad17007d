-- Table ownership (issue 13): the manifest context publishes the flight and traveler facts other
-- contexts' set-based queries join (alerting's hotlist list, its stale-hit withdrawal and its
-- lawful-arrival screening of a flight), so that no other context names flight, traveler or
-- traveler_document. Plain views, not functions: PostgreSQL expands a view into the calling query
-- before planning, so the caller gets the plan it had on the tables, including EXISTS turned into a
-- semi or anti join (a set-returning function taking the outer row's column as its argument stays a
-- SubPlan run per row there). The columns are the contract: the owner may change its tables and
-- redefine a view, never drop a column another context reads (alerting.control.PublishedViewsIT compares the plans).

-- Flights and sailings: designator, date, route, direction (INBOUND, OUTBOUND, ...) and status (OPEN, CLOSED).
create view manifest_flights as
    select f.id, f.carrier, f.number, f.departure_date, f.departure_airport, f.arrival_airport, f.direction, f.status
      from flight f;

-- Manifest travelers: flight, linked holdings identity, biographic data, US citizen, status (REMOVED, ...).
create view manifest_travelers as
    select t.id, t.flight_id, t.holding_id, t.family_name, t.given_names, t.date_of_birth, t.nationality, t.us_citizen, t.status
      from traveler t;

-- The travel documents manifest travelers declared.
create view manifest_traveler_documents as
    select d.traveler_id, d.type, d.number, d.issuing_country
      from traveler_document d;
