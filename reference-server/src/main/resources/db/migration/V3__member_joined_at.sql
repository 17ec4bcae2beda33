-- 2.0: when a user joined the team (the official `dtConfirmed`), the order of the member list.
-- Memberships from 1.x data dirs keep NULL: when they began was never recorded, and inventing a
-- date would be a lie the API then repeats. Lists order them first (as if joined at the epoch).
ALTER TABLE member ADD COLUMN joined_at TIMESTAMP WITH TIME ZONE;

-- Keyset pages read these in order, from any position.
CREATE INDEX member_page ON member (team_id, joined_at, user_id);
CREATE INDEX secret_page ON secret (team_id, created_at, name);
