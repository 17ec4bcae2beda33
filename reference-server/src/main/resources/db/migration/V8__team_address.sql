-- 2.0: a team is addressed by its id or its namespace wherever a team id goes in a path (Paperspace's
-- CLI uses the namespace). Every address a team answers to is a row here, so the primary key keeps
-- one team's namespace from ever being another team's id or namespace, on H2 and PostgreSQL alike
-- and across servers sharing a database.
CREATE TABLE team_address (
    address VARCHAR(256) PRIMARY KEY,
    team_id VARCHAR(128) NOT NULL REFERENCES team (id) ON DELETE CASCADE
);

INSERT INTO team_address (address, team_id) SELECT id, id FROM team;
-- A namespace that is already another team's id stays unaddressable rather than ambiguous (no
-- release ever allowed it on purpose; `admin create-team` can give that team a new namespace).
INSERT INTO team_address (address, team_id)
    SELECT namespace, id FROM team WHERE namespace NOT IN (SELECT id FROM team);
