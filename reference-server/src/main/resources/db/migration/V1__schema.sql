-- Portable across H2 and PostgreSQL. Keys are stored as SHA-256 hashes, secret values as
-- AES-256-GCM ciphertext (base64); neither appears here in plaintext.
CREATE TABLE team (
    id        VARCHAR(128) PRIMARY KEY,
    name      VARCHAR(256) NOT NULL,
    namespace VARCHAR(256) NOT NULL UNIQUE
);

CREATE TABLE member (
    team_id    VARCHAR(128) NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    user_id    VARCHAR(128) NOT NULL,
    email      VARCHAR(320) NOT NULL,
    first_name VARCHAR(256),
    last_name  VARCHAR(256),
    is_admin   BOOLEAN      NOT NULL,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE api_key (
    id         VARCHAR(64)              PRIMARY KEY,
    key_hash   VARCHAR(64)              NOT NULL UNIQUE,
    team_id    VARCHAR(128)             NOT NULL,
    user_id    VARCHAR(128)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (team_id, user_id) REFERENCES member (team_id, user_id) ON DELETE CASCADE
);

CREATE TABLE secret (
    team_id    VARCHAR(128)             NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    name       VARCHAR(128)             NOT NULL,
    ciphertext VARCHAR(65536)           NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (team_id, name)
);
