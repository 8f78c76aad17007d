-- Machine clients: an optional expiry (an expired token is refused like a revoked one) and the
-- last time a token was used, written at most once a minute per token.
alter table api_client add column expires_at timestamptz;
alter table api_client add column last_used_at timestamptz;
