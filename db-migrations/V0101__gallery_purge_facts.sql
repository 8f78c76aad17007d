-- Table ownership (issue 13): the gallery context publishes the gallery facts other contexts' purge
-- rules ask for, so that holdings and verification never name gallery or gallery_member. Both are
-- SQL functions returning a table, stable, not strict: PostgreSQL inlines such a function into the
-- query that calls it, so the caller's per-row scalar subquery keeps the plan it had on the tables
-- (index lookups per candidate row, never a join that scans from the start on every chunk). Making
-- one strict, volatile, security definer or plpgsql would stop the inlining (RetentionPurgeIT checks).

-- The galleries that hold a face, one row each: in service (building or ready), closed (closed or
-- since purged) and when it closed. A failed gallery is neither in service nor closed.
create function gallery_holding_face(face uuid)
    returns table (in_service boolean, closed boolean, closed_at timestamptz)
    language sql stable
as $$
    select g.status not in ('CLOSED', 'PURGED', 'FAILED'), g.status in ('CLOSED', 'PURGED'), g.closed_at
      from gallery_member m join gallery g on g.id = m.gallery_id
     where m.face_id = gallery_holding_face.face
$$;

-- A gallery's state: standing (a land port's, never closed) or targeted (a flight's or sailing's),
-- and when it closed (null while open).
create function gallery_state(gallery uuid)
    returns table (standing boolean, closed_at timestamptz)
    language sql stable
as $$
    select g.kind = 'LAND_PORT', g.closed_at
      from gallery g
     where g.id = gallery_state.gallery
$$;
