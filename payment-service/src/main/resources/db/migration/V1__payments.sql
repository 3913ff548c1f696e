create table payments (
    id                   uuid primary key,
    order_id             uuid           not null,
    provider             varchar(16)    not null default 'PAYPAL',
    status               varchar(16)    not null,
    amount               numeric(19, 4) not null check (amount >= 0),
    currency             char(3)        not null,
    provider_order_id    text,
    created_at           timestamptz    not null default now(),
    updated_at           timestamptz    not null default now(),
    deleted_at           timestamptz,
    version              bigint         not null default 0
);

comment on column payments.provider_order_id is 'PayPal order id, AES-256-GCM encrypted';

create unique index payments_order_uq on payments (order_id) where deleted_at is null;
