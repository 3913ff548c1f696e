create table users (
    id             uuid primary key,
    email_hash     varchar(64)  not null,
    email_cipher   text         not null,
    password_hash  varchar(255) not null,
    pii            jsonb        not null,
    roles          text[]       not null default '{CUSTOMER}',
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    deleted_at     timestamptz,
    version        bigint       not null default 0
);

comment on column users.email_hash is 'HMAC-SHA256 blind index of the normalised email';
comment on column users.pii is 'name, phone and addresses, each value AES-256-GCM encrypted';

create unique index users_email_hash_uq on users (email_hash) where deleted_at is null;
