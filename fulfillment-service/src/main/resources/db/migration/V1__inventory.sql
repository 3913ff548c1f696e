create table inventory (
    product_id           uuid primary key,
    on_hand              integer     not null check (on_hand >= 0),
    reserved             integer     not null default 0 check (reserved >= 0),
    low_stock_threshold  integer     not null default 5 check (low_stock_threshold >= 0),
    updated_at           timestamptz not null default now(),
    deleted_at           timestamptz,
    version              bigint      not null default 0,
    constraint inventory_reserved_within_on_hand check (reserved <= on_hand)
);
