-- 2.0: a value that every change ending or narrowing a key's access replaces with a new random one in the same
-- transaction (revoking the key, removing its member, changing a member). Servers cache key lookups together with
-- the value they were read at and compare it with the current one in the same statement as the request's data, so a
-- change made through any server is seen by every server on its next request. Random rather than a count: a database
-- restored from a backup, or created anew, never shows a server a value it cached under other data.
CREATE TABLE auth_epoch (
    id    SMALLINT PRIMARY KEY,
    epoch BIGINT   NOT NULL
);
INSERT INTO auth_epoch (id, epoch) VALUES (1, 0);
