create table carts (
    id          uuid primary key,
    user_id     uuid         not null,
    status      varchar(16)  not null check (status in ('OPEN', 'LOCKED', 'CHECKED_OUT', 'EXPIRED')),
    locked_by   uuid,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    deleted_at  timestamptz,
    version     bigint       not null default 0
);

create unique index carts_one_active_per_user_uq on carts (user_id)
    where deleted_at is null and status in ('OPEN', 'LOCKED');
