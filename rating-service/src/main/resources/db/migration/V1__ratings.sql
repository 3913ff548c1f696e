create table ratings (
    id          uuid primary key,
    order_id    uuid        not null,
    product_id  uuid        not null,
    user_id     uuid        not null,
    stars       smallint    not null check (stars between 1 and 5),
    comment     text,
    created_at  timestamptz not null default now(),
    constraint ratings_one_per_order_product_uq unique (order_id, product_id)
);

create index ratings_product_newest_idx on ratings (product_id, created_at desc);
