-- 2.0: a check value of the master key the secrets are written under (an HMAC of a fixed text,
-- never the key), so that a server started with another key, or a lost key file replaced by a
-- fresh one, refuses to start instead of writing secrets under two keys.
CREATE TABLE master_key_check (
    id          SMALLINT    PRIMARY KEY,
    check_value VARCHAR(64) NOT NULL
);
