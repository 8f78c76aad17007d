-- Table ownership (issue 13): the gallery context keeps the flight facts it shows and scopes by
-- (designator, date, airports) on its own rows instead of joining the manifest context's flight
-- table. Written by every (re)build from the manifest's gallery request; filled once here.
alter table gallery
    add column carrier           varchar(3),
    add column flight_number     varchar(8),
    add column departure_date    date,
    add column departure_airport varchar(5),
    add column arrival_airport   varchar(5);

update gallery g
   set carrier = f.carrier, flight_number = f.number, departure_date = f.departure_date,
       departure_airport = f.departure_airport, arrival_airport = f.arrival_airport
  from flight f
 where f.id = g.flight_id;

create index gallery_flight_designator on gallery (carrier, flight_number, departure_date) where flight_id is not null;
