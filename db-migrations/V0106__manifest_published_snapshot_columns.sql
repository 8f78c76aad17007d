-- Table ownership (issue 13): crossing registration takes its biographic snapshot of a manifest
-- traveler (sex besides name, birth date and nationality) and, for biographic departures, the
-- traveler's boarding (status, in scope) and the flight's closing time from manifest's published
-- views, in the same insert ... select as before, so that it names neither traveler nor flight.
-- Columns are only ever added at the end (create or replace keeps the ones others read); the views
-- stay plain, expanded into the caller's plan (PublishedViewsIT).
create or replace view manifest_flights as
    select f.id, f.carrier, f.number, f.departure_date, f.departure_airport, f.arrival_airport, f.direction, f.status,
           f.closed_at
      from flight f;

create or replace view manifest_travelers as
    select t.id, t.flight_id, t.holding_id, t.family_name, t.given_names, t.date_of_birth, t.nationality, t.us_citizen, t.status,
           t.sex, t.in_scope
      from traveler t;
