-- 2.0: a counter that every change ending or narrowing a key's access increments in the same transaction
-- (revoking the key, removing its member, changing a member). Servers cache key lookups together with the value
-- they were read at and compare it with the current value in the same statement as the request's data, so a
-- change made through any server is seen by every server on its next request.
CREATE TABLE auth_epoch (
    id    SMALLINT PRIMARY KEY,
    epoch BIGINT   NOT NULL
);
INSERT INTO auth_epoch (id, epoch) VALUES (1, 0);
