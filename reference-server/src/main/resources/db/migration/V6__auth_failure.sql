-- 2.0: failed authentications per client address, counted in the database so that servers sharing
-- it share the limit (an attacker spreading guesses over N servers got N times the guesses).
-- Times are epoch milliseconds; rows of windows that ended are deleted as new addresses come.
CREATE TABLE auth_failure (
    address      VARCHAR(64) PRIMARY KEY,
    window_start BIGINT      NOT NULL,
    failures     INTEGER     NOT NULL
);
CREATE INDEX auth_failure_window_start ON auth_failure (window_start);
