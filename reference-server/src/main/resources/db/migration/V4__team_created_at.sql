-- 2.0: when a team was created (the session's teamMemberships[].team.dtCreated, which the
-- official API always answers). Teams from 1.x data dirs get the creation time of their first
-- API key, the earliest moment they are known to have existed, else the time of this upgrade.
ALTER TABLE team ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

UPDATE team SET created_at = (SELECT MIN(k.created_at) FROM api_key k WHERE k.team_id = team.id)
    WHERE EXISTS (SELECT 1 FROM api_key k WHERE k.team_id = team.id);
