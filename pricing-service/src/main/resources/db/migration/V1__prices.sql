create table prices (
    product_id  uuid           not null,
    currency    char(3)        not null,
    amount      numeric(19, 4) not null check (amount >= 0),
    updated_at  timestamptz    not null default now(),
    updated_by  uuid,
    version     bigint         not null default 0,
    primary key (product_id, currency)
);
