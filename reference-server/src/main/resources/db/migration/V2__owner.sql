-- 1.3: the team's owner (its creator), who cannot be demoted or removed. Teams from 1.x data
-- dirs keep no owner: which admin created them was never recorded.
ALTER TABLE member ADD COLUMN is_owner BOOLEAN DEFAULT FALSE NOT NULL;
