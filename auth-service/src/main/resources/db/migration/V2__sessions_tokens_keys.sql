-- Sessions: one per login. Ending a session (logout, refresh-token reuse, roles revoked)
-- is a soft delete: deleted_at set, the row kept so that a later check can tell
-- "ended" from "never existed".
create table sessions (
    id            uuid primary key,
    user_id       uuid        not null references users (id),
    created_at    timestamptz not null,
    refreshed_at  timestamptz not null,
    deleted_at    timestamptz,
    end_reason    varchar(32)
);

create index sessions_user_active_idx on sessions (user_id) where deleted_at is null;

-- Refresh tokens are opaque random values; only their SHA-256 is stored. A used token
-- stays until it expires, so that presenting it again is recognised as theft.
create table refresh_tokens (
    token_hash  varchar(64) primary key,
    session_id  uuid        not null references sessions (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);

create index refresh_tokens_session_idx on refresh_tokens (session_id);
create index refresh_tokens_expires_idx on refresh_tokens (expires_at);

-- Access-token signing keys. The private key is AES-256-GCM encrypted with the field
-- encryption keys; at most one key signs (retired_at is null), retired keys stay
-- published in the JWKS until the tokens they signed have expired.
create table signing_keys (
    kid          varchar(64) primary key,
    algorithm    varchar(16) not null,
    public_key   text        not null,
    private_key  text        not null,
    created_at   timestamptz not null,
    retired_at   timestamptz
);

create unique index signing_keys_one_active_uq on signing_keys ((true)) where retired_at is null;

comment on column signing_keys.public_key is 'X.509 SubjectPublicKeyInfo, base64';
comment on column signing_keys.private_key is 'PKCS#8 private key, base64, AES-256-GCM encrypted';

-- Failed logins per account (blind index of the email) and per client address, in a
-- fixed window that starts with the first failure.
create table login_throttles (
    throttle_key       varchar(128) primary key,
    failures           integer     not null,
    window_started_at  timestamptz not null
);

create index login_throttles_window_idx on login_throttles (window_started_at);
