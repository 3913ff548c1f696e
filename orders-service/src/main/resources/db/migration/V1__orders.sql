create table orders (
    id             uuid primary key,
    user_id        uuid           not null,
    status         varchar(24)    not null,
    snapshot       jsonb          not null,
    items_total    numeric(19, 4) not null,
    shipping_total numeric(19, 4) not null,
    grand_total    numeric(19, 4) not null,
    currency       char(3)        not null,
    delivery_date  date,
    created_at     timestamptz    not null default now(),
    updated_at     timestamptz    not null default now(),
    version        bigint         not null default 0
);

comment on column orders.snapshot is 'items, address and user as they were at order time';

create index orders_user_delivery_idx on orders (user_id, delivery_date desc, created_at desc);
